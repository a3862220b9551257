import threading


class VisitCounter:
    """Counts visits per page. Many threads call `visit` at the same time."""

    def __init__(self):
        self.counts = {}
        self.lock = threading.Lock()

    def visit(self, page):
        with self.lock:
            self.counts[page] = self.counts.get(page, 0) + 1

    def count(self, page):
        with self.lock:
            return self.counts.get(page, 0)


def crawler(counter, pages):
    for page in pages:
        counter.visit(page)


if __name__ == "__main__":
    counter = VisitCounter()
    threads = [threading.Thread(target=crawler, args=(counter, ["/", "/about"] * 100))
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(counter.count("/"), counter.count("/about"))
