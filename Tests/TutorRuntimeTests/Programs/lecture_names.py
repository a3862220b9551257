# Lecture 004, "Multithreading in Python": thread names, joined one at a time.
import threading

def task1():
    print("Task 1 assigned to thread: {}".format(threading.current_thread().name))

def task2():
    print("Task 2 assigned to thread: {}".format(threading.current_thread().name))

def print_cube(num):
    print("Cube: {}".format(num * num * num))

def print_square(num):
    print("Square: {}".format(num * num))

if __name__ == "__main__":
    print("Main thread name: {}".format(threading.current_thread().name))
    t1 = threading.Thread(target=task1, name='t1')
    t2 = threading.Thread(target=task2, name='t2')
    t1.start()
    t1.join()
    t2.start()
    t2.join()
    t1 = threading.Thread(target=print_square, args=(10,))
    t2 = threading.Thread(target=print_cube, args=(10,))
    t1.start()
    t1.join()
    t2.start()
    t2.join()
    print(t1.name, t2.name)
    print("Done!")
