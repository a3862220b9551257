# Function decorators with and without arguments, stacked, class decorators.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"), greet.__name__)
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def tag(name):
    def decorator(fn):
        def wrapper():
            return "<%s>%s</%s>" % (name, fn(), name)
        return wrapper
    return decorator
@tag("b")
@tag("i")
def text():
    return "stacked"
print(text())
order = []
def trace(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@trace("top")
@trace("bottom")
def traced():
    pass
print(order)
calls = {"count": 0}
def counted(fn):
    def wrapper(*a, **k):
        calls["count"] += 1
        return fn(*a, **k)
    return wrapper
@counted
def add(a, b=1):
    return a + b
print(add(1), add(2, b=5), calls)
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Plugin:
    pass
@register
class Other:
    pass
print(registry, Plugin.registered)
def add_repr(cls):
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in vars(self).items()))
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2), [Point(0, "a")])
def identity(fn):
    return fn
@identity
def plain():
    return "plain"
print(plain(), plain.__name__)
def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@Counter
def square(n):
    return n * n
print(square(3), square(4), square.calls)
