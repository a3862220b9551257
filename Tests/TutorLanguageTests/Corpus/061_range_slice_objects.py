# range and slice objects.
r = range(10)
print(r, range(1, 10, 2), range(5, 0, -1), range(0))
print(len(r), len(range(1, 10, 3)), len(range(10, 0)), len(range(0, -10, -2)))
print(r[0], r[-1], range(1, 10, 2)[2], range(5, 0, -1)[-1])
print(r[2:5], r[::2], r[::-1], range(1, 10, 2)[1:3], r[-3:])
print(list(range(5, 0, -1)), list(range(-3, 3)), list(range(0, 10, 3)), list(range(3, 3)))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(range(0, 10, 2).index(6), range(10).count(3))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 2) == range(1, 3))
print(list(range(10 ** 18, 10 ** 18 + 3)), len(range(0, 10 ** 20, 10 ** 10)))
print(r.start, r.stop, r.step, range(2, 8, 3).stop)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
sl = slice(1, 8, 2)
print(sl, slice(3), slice(None, None, -1), slice(None, 5))
print(sl.start, sl.stop, sl.step, slice(4).start, slice(4).stop)
data = list("abcdefghij")
print(data[sl], "abcdefghij"[sl], data[slice(None, None, -3)])
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
first_three = slice(0, 3)
print(data[first_three], tuple(range(10))[first_three])
data[first_three] = ["X"]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
for i in range(3, -1, -1):
    print(i, end=" ")
print()
print(type(r).__name__, type(sl).__name__, repr(range(-5, 5, 3)))
print(list(reversed(range(4))), list(enumerate(range(10, 13))))
