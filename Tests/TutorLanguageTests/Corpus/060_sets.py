# set and frozenset of small ints (deterministic order).
s = {3, 1, 2}
print(s, set(), type(set()).__name__, {1, 1, 1})
s.add(4)
s.add(1)
print(s, len(s))
s.discard(10)
s.discard(4)
print(s)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a.union(b), a.union([7], (8,)))
print(a & b, a.intersection(b, {4}))
print(a - b, a.difference(b), b - a)
print(a ^ b, a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > {1, 2, 3, 4})
print({1, 2}.issubset(a), a.issuperset({2, 3}), a.isdisjoint({9, 10}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 5}
print(sorted(c), c == {5, 10})
c.update([7, 8], {9})
print(c)
print(c.pop() in {5, 7, 8, 9, 10})
c.clear()
print(c, len(c), bool(c))
f = frozenset([3, 1, 2])
print(f, frozenset(), type(f).__name__)
print(f | {9}, f & {1, 5}, {1, 2, 3} == f, 2 in f)
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(set([5, 5, 4, 4]), set(range(5)), set((9, 8)))
print(sorted({"pear", "apple", "fig"}))
print(len({"x", "y", "x"}), "x" in {"x", "y"})
print({(1, 2), (1, 2)}, {frozenset({1}), frozenset({1})})
print(sorted({x % 5 for x in range(100)}), {1, 2} == {2, 1}, {1} != {1.0})
print(sum({1, 2, 3}), max({4, 9, 2}), sorted({5, -1, 3}, reverse=True))
print(set() == frozenset(), repr(set()), repr(frozenset()))
unique = []
seen = set()
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen)
