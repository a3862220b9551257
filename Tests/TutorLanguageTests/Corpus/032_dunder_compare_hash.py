# __eq__, __lt__ with sorted(), __hash__ and use as dict keys / set members.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __repr__(self):
        return f"v{self.major}.{self.minor}"
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __hash__(self):
        return hash((self.major, self.minor))
vs = [Version(1, 10), Version(1, 2), Version(0, 9), Version(2, 0), Version(1, 2)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version(1, 2) == Version(1, 2), Version(1, 2) != Version(1, 3))
print(Version(1, 2) == "1.2", Version(1, 2) != "1.2")
print(Version(0, 1) < Version(0, 2), Version(3, 0) > Version(2, 9))
print(len(set(vs)), sorted(set(vs)))
lookup = {Version(1, 0): "first", Version(2, 0): "second"}
print(lookup[Version(2, 0)])
print(Version(1, 0) in lookup, Version(9, 9) in lookup)
print(hash(Version(1, 2)) == hash(Version(1, 2)))
print(Version(1, 2) in [Version(0, 0), Version(1, 2)])
try:
    Version(1, 0) <= Version(1, 0)
except TypeError as e:
    print("TypeError:", e)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash.__hash__)
class Plain:
    pass
a = Plain()
b = Plain()
print(a == a, a == b, a != b, len({a, b, a}))
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
class Reverse:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "R%d" % self.v
print(sorted([Reverse(1), Reverse(3), Reverse(2)]))
print(Reverse(1) > Reverse(5))
