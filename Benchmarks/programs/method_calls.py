# Method calls and attribute access on instances.
class Counter:
    def __init__(self):
        self.value = 0

    def add(self, n):
        self.value += n
        return self

    def get(self):
        return self.value

c = Counter()
for i in range(1_000_000):
    c.add(i)
print(c.get())
