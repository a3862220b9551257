import threading
import time


class OrderBoard:
    """The cashier posts orders; baristas take them, oldest first."""

    def __init__(self):
        self.orders = []
        # TODO: a Condition

    def post(self, order):
        """Add an order and wake up a barista who is waiting for one."""
        self.orders.append(order)

    def take(self):
        """Wait until there is an order, then remove and return the oldest one."""
        # TODO: wait (without busy-waiting) until an order is posted
        return self.orders.pop(0)


def barista(name, board, how_many):
    for _ in range(how_many):
        order = board.take()
        print(name, "makes", order)


if __name__ == "__main__":
    board = OrderBoard()
    baristas = [threading.Thread(target=barista, args=(name, board, 2))
                for name in ["Ann", "Ben"]]
    for b in baristas:
        b.start()
    for order in ["latte", "tea", "mocha", "chai"]:
        time.sleep(0.5)
        board.post(order)
    for b in baristas:
        b.join()
