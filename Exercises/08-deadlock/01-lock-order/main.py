import threading
import time

fork = threading.Lock()
knife = threading.Lock()


def alice():
    with fork:
        time.sleep(0.1)             # reaching for the other utensil
        with knife:
            print("Alice eats")


def bob():
    with knife:
        time.sleep(0.1)             # reaching for the other utensil
        with fork:
            print("Bob eats")


a = threading.Thread(target=alice, name="Alice")
b = threading.Thread(target=bob, name="Bob")
a.start()
b.start()
a.join()
b.join()
print("Dinner is over")
