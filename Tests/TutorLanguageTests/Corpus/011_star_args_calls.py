# Star-args and **kwargs at call sites.
def show(a, b, c=0, *args, d=None, **kwargs):
    print("a=%r b=%r c=%r args=%r d=%r kwargs=%r" % (a, b, c, args, d, kwargs))
show(1, 2)
show(1, 2, 3, 4, 5)
show(*[1, 2, 3])
show(1, *(2, 3), *[4])
show(**{"a": 1, "b": 2})
show(1, b=2, d=4)
show(*"xy", e=5, **{"f": 6})
show(1, 2, 3, 4, d="D", z="Z")
args = (10, 20)
kwargs = {"d": "dee", "extra": True}
show(*args, **kwargs)
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*range(3), *range(3, 5))
def total(*nums):
    return sum(nums)
print(total(), total(1), total(*range(101)))
def kw_only(*, x, y=2):
    return x + y
print(kw_only(x=1), kw_only(y=10, x=1), kw_only(**{"x": 5}))
try:
    show(1, 2, a=3)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    show(1)
except TypeError as e:
    print("TypeError:", e)
try:
    total(x=1)
except TypeError as e:
    print("TypeError:", e)
def fn(a, b):
    return a - b
print(fn(b=1, a=10), fn(*[5], b=2))
print(max(*[3, 9, 2]), min(4, *[1, 8]))
