# *args, keyword-only, **kwargs and positional-only parameters.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, kwargs)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=7, g=8))
def pos_only(x, y, /):
    return x * 10 + y
print(pos_only(1, 2))
try:
    pos_only(1, y=2)
except TypeError as e:
    print("TypeError:", e)
def kw(x, /, **kwargs):
    return x, kwargs
print(kw(1, x=2))
def varargs(*args):
    print(type(args).__name__, len(args), args)
varargs()
varargs(1)
varargs(1, "two", [3])
def kwonly(*, key, flag=False):
    return key, flag
print(kwonly(key="k"))
try:
    kwonly()
except TypeError as e:
    print("TypeError:", e)
def catch_all(**kwargs):
    for k, v in kwargs.items():
        print(" ", k, "=", v)
    return len(kwargs)
print(catch_all(z=1, a=2, m=3))
def mixed(first, *rest, sep=", "):
    return sep.join([first, *rest])
print(mixed("a", "b", "c"), mixed("x", sep="|"), mixed("p", "q", sep=""))
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def returns_nothing():
    pass
def returns_bare():
    return
def returns_many():
    return 1, 2, 3
print(returns_nothing(), returns_bare(), returns_many())
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(early(10), early(0))
