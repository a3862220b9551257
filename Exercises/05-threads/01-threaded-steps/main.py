import threading
import time


def step_1():
    print("Start of step 1")
    time.sleep(3)
    print("End of step 1")


def step_2():
    print("Start of step 2")
    time.sleep(5)
    print("End of step 2")


def step_3():
    print("Start of step 3")
    time.sleep(1)
    print("End of step 3")


def main():
    t1 = threading.Thread(target=step_1)
    t2 = threading.Thread(target=step_2)
    t3 = threading.Thread(target=step_3)

    t1.start(), t2.start(), t3.start()

    t1.join(), t2.join(), t3.join()


if __name__ == "__main__":
    main()
