import threading

# global variable x
x = 0
# one lock, shared by every thread that touches x
lock = threading.Lock()


def increment():
    """Increment the global variable x."""
    global x
    x += 1


def thread_task():
    """Task for a thread: call increment 1000 times."""
    for i in range(1000):
        with lock:
            increment()


def main_task():
    global x
    x = 0
    t1 = threading.Thread(target=thread_task)
    t2 = threading.Thread(target=thread_task)
    t1.start()
    t2.start()
    t1.join()
    t2.join()


if __name__ == "__main__":
    main_task()
    print("x = {0}".format(x))
    assert x == 2000, "some increments were lost"
