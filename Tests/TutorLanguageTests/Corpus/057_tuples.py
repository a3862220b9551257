# Tuples: repr, count, index, immutability, hashing, as dict keys.
t = (1, 2, 3, 2, 2)
print(t, (1,), (), tuple(), ((1, 2),), (1, (2, (3,))))
print(type((1)).__name__, type((1,)).__name__, 1,)
print(t.count(2), t.index(3), t.index(2, 2), len(t))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(t[1:3], t[::-1], t + (4,), (0,) * 3)
print((1, 2) == (1, 2), (1, 2) < (1, 2, 3), (2,) > (1, 9), () < (0,))
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid[0, 0], (0, 0) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {([1], 2): 3}
except TypeError as e:
    print("TypeError:", e)
holder = ([1, 2], "x")
holder[0].append(3)
print(holder)
try:
    holder[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(holder)
x, y = divmod(17, 5)
point = x, y
print(point, type(point).__name__)
print(tuple([1, 2]), tuple("hi"), tuple(range(3)), tuple({"a": 1}))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max([(1, "a"), (1, "b")]), min((3, 1), (2, 9)))
counts = {}
for pair in [(1, 2), (2, 1), (1, 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
print(("a", "b") * 2, len(((),)), bool(()), bool(((),)))
print(repr(("quote's",)), str((1.5, None, True)))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], sum(map(sum, nested)))
print(tuple(x * 2 for x in (1, 2, 3)))
