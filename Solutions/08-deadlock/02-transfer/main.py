import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    """Move `amount` from `src` to `dst`.

    Hold the locks of *both* accounts while moving the money, so nobody ever
    sees the money in neither account (or in both). Must never deadlock, even
    when other threads transfer in the opposite direction at the same time.
    """
    # One global order for the locks (by account name): no circular wait.
    first, second = sorted([src, dst], key=lambda account: account.name)
    with first.lock:
        with second.lock:
            src.balance -= amount
            dst.balance += amount


if __name__ == "__main__":
    a = Account("a", 100)
    b = Account("b", 100)
    t1 = threading.Thread(target=lambda: [transfer(a, b, 1) for _ in range(50)])
    t2 = threading.Thread(target=lambda: [transfer(b, a, 1) for _ in range(50)])
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print(a.balance, b.balance)
