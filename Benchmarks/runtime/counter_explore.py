# The schedule search's workload: two threads x 1000 increments of a shared
# counter, under a lock, so every schedule passes and
# `tutor run --explore N` runs all N and reports schedules per second.
import threading
x = 0
lock = threading.Lock()
def task():
    global x
    for _ in range(1000):
        with lock:
            x += 1
t1 = threading.Thread(target=task)
t2 = threading.Thread(target=task)
t1.start(); t2.start(); t1.join(); t2.join()
assert x == 2000, x
