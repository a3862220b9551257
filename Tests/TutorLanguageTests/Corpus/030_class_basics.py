# Classes: __init__, class vs instance attributes, __repr__/__str__.
class Dog:
    species = "canis"
    count = 0
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1
    def add_trick(self, trick):
        self.own_tricks.append(trick)
        self.tricks.append(trick)
    def __repr__(self):
        return f"Dog({self.name!r})"
    def __str__(self):
        return f"a dog named {self.name}"
rex = Dog("Rex")
fido = Dog("Fido")
print(rex, repr(rex), [rex, fido])
print(str(fido), f"{fido}", f"{fido!r}")
print(Dog.count, rex.count, rex.species, Dog.species)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
rex.add_trick("sit")
fido.add_trick("roll")
print(rex.own_tricks, fido.own_tricks, Dog.tricks)
Dog.species = "changed"
print(fido.species)
print(type(rex).__name__, type(rex) is Dog, Dog.__name__)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, type(e).__name__)
class OnlyStr:
    def __str__(self):
        return "str only"
class OnlyRepr:
    def __repr__(self):
        return "repr only"
print(OnlyStr(), OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2).move(2, 2).move(-1, 0)
print(p.x, p.y, p.dist2())
method = p.move
method(1, 1)
print(p.x, p.y, method.__name__)
print(Point.dist2(p))
class Temperature:
    unit = "C"
    def describe(self):
        return "%d%s" % (self.value, self.unit)
t = Temperature()
t.value = 21
print(t.describe())
Temperature.unit = "F"
print(t.describe())
