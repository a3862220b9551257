import threading

balance = 100
lock = threading.Lock()


def withdraw(amount):
    global balance
    with lock:
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount


def customer(name, amounts):
    for amount in amounts:
        try:
            withdraw(amount)
            print(name, "withdrew", amount)
        except ValueError:
            print(name, "could not withdraw", amount)


alice = threading.Thread(target=customer, args=("Alice", [50, 80, 10]), name="Alice")
bob = threading.Thread(target=customer, args=("Bob", [30, 10]), name="Bob")
alice.start()
bob.start()
alice.join()
bob.join()
print("balance =", balance)
