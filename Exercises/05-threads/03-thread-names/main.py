import threading


def report(task):
    print(task, "runs in", threading.current_thread().name)


print("The main program runs in", threading.current_thread().name)

t1 = threading.Thread(target=report, args=("Task 1",), name="t1")
t1.start()
t1.join()

t2 = threading.Thread(target=report, args=("Task 2",))
t2.start()
t2.join()

report("Task 3")
