# enumerate, zip, map, filter, reversed, iter/next.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)))
print(list(enumerate(names, start=1)), list(enumerate("ab", 10)))
for i, n in enumerate(names, 1):
    print(i, n)
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3, 4], "ab")), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
keys, vals = zip(*[("a", 1), ("b", 2), ("c", 3)])
print(keys, vals)
print(dict(zip("xyz", range(3))))
print(list(map(str.upper, names)), list(map(len, names)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda n: n % 3 == 0, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), "".join(reversed("stressed")))
print(list(reversed((1, 2))))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z))
e = enumerate("x")
print(type(e).__name__, next(e))
f = filter(None, [0, 7])
print(type(f).__name__, list(f))
r = reversed([1])
print(list(r), list(r))
si = iter("hi")
print(next(si), list(si))
total = 0
for idx, (a, b) in enumerate(zip("xyz", [3, 2, 1])):
    total += idx * b
    print(idx, a, b)
print(total)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1: 2}.items() if False else 5)
except TypeError as e:
    print("TypeError:", e)
