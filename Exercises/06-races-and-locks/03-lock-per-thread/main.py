import threading

x = 0


def increment():
    global x
    x += 1


def thread_task():
    lock = threading.Lock()
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
