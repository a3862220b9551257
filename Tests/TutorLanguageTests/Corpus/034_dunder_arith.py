# Arithmetic dunders: __add__, __sub__, __mul__, __radd__, __iadd__, __neg__ and friends.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__ with", other)
        return self + other
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b))
print(a + 10, 10 + a)
print(sum([a, b, Vec(1, 1)]))
print(sum([a, b], Vec(0, 0)))
print(a == Vec(1, 2), a != b)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        print("__iadd__", item)
        self.items.append(item)
        return self
    def __repr__(self):
        return "Acc(%r)" % self.items
acc = Acc()
ref = acc
acc += 1
acc += "two"
print(acc, acc is ref)
c = Vec(0, 0)
d = c
c += Vec(5, 5)
print(c, d, c is d)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + o.cents)
    def __truediv__(self, n):
        return Money(self.cents // n)
    def __floordiv__(self, n):
        return self.cents // n
    def __mod__(self, n):
        return Money(self.cents % n)
    def __pow__(self, n):
        return Money(self.cents ** n)
    def __lt__(self, o):
        return self.cents < o.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
m = Money(1050)
print(m + Money(275), m / 3, m // 3, m % 100, Money(3) ** 3)
print(max(Money(5), Money(500), Money(50)))
class Num:
    def __init__(self, v):
        self.v = v
    def __sub__(self, other):
        return "Num.__sub__"
    def __rsub__(self, other):
        return "Num.__rsub__ with %r" % (other,)
print(Num(1) - 5, 5 - Num(1))
