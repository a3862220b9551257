# __len__, __iter__/__next__, __getitem__/__setitem__, __contains__, __call__, __bool__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
cd = Countdown(3)
for n in cd:
    print("tick", n)
print(list(cd))
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1])
print("@" in g, "%" in g, "%" not in g)
for row in g:
    print(row)
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for s in Squares():
    print("sq", s)
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
triple = Multiplier(3)
print(triple(4), triple(2, y=5), callable(triple), callable(5))
print(list(map(triple, [1, 2, 3])))
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
print(bool(Bag()), bool(Bag(1)), len(Bag(1, 2, 3)))
if Flag(False):
    print("no")
else:
    print("flag is off")
print(not Flag(True))
print(Flag(True) and "yes")
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Seq(self.data[index])
        return self.data[index]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return "Seq(%r)" % (self.data,)
s = Seq([10, 20, 30, 40])
print(s[1], s[-1], s[1:3], s[::-1], len(s))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
