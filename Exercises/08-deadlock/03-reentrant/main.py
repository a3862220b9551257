import threading


class Inventory:
    def __init__(self):
        self.lock = threading.Lock()
        self.items = {}

    def add(self, item, n):
        with self.lock:
            self.items[item] = self.items.get(item, 0) + n

    def add_delivery(self, delivery):
        """Add every (item, n) of a delivery at once: nobody may see half of it."""
        with self.lock:
            for item, n in delivery:
                self.add(item, n)


stock = Inventory()


def supplier(delivery):
    stock.add_delivery(delivery)


threads = [
    threading.Thread(target=supplier, args=([("milk", 2), ("beans", 1)],)),
    threading.Thread(target=stock.add, args=("milk", 3)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(stock.items.items()))
