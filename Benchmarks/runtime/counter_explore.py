# The schedule search's workload: the lectures' counter at 2 threads x 1000
# unlocked increments. It prints x instead of asserting it, so every schedule
# counts as passing and `tutor run --explore N` runs all N and reports
# schedules per second.
import threading
x = 0
def increment():
    global x
    x += 1
def task():
    for _ in range(1000):
        increment()
t1 = threading.Thread(target=task)
t2 = threading.Thread(target=task)
t1.start(); t2.start(); t1.join(); t2.join()
print("x =", x)
