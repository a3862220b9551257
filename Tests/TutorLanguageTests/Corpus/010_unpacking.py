# Iterable unpacking in assignments and loops.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
a, *rest = [1, 2, 3, 4]
print(a, rest)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
print(init, tail)
x, *empty, y = (10, 20)
print(x, empty, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, (n, o)], s = [[4, (5, 6)], 7]
print(m, n, o, s)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for head, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(head, others)
t = 1,
print(t, type(t).__name__)
one, = [99]
print(one)
u, v, w = "xyz"
print(u, v, w)
a, b, c = {3: "x", 1: "y", 2: "z"}
print(a, b, c)
combined = [*range(3), *"ab", *[None]]
print(combined)
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged)
tup = (*[1, 2], 3)
print(tup)
st = {*[3, 1], 2}
print(sorted(st))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
data = [1, 2, 3]
data[0], data[2] = data[2], data[0]
print(data)
