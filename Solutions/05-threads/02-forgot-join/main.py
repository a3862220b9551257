import threading
import time


def print_square(num):
    time.sleep(1)                   # a slow calculation
    print("Square: {}".format(num * num))


def print_cube(num):
    time.sleep(1)                   # another slow calculation
    print("Cube: {}".format(num * num * num))


if __name__ == "__main__":
    t1 = threading.Thread(target=print_square, args=(10,))
    t2 = threading.Thread(target=print_cube, args=(10,))
    t1.start()
    t2.start()
    # wait until both threads are completely executed
    t1.join()
    t2.join()
    print("Done!")
