# with statements: __enter__/__exit__, several items, suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc)
        return self.suppress
with Resource("a") as value:
    print("body got", value)
with Resource("outer") as o, Resource("inner") as i:
    print("body with", o, i)
with Resource("quiet", suppress=True):
    print("about to fail")
    raise ValueError("suppressed")
    print("not reached")
print("continued after suppression")
try:
    with Resource("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside:", e)
try:
    with Resource("first", suppress=False), Resource("second", suppress=True):
        1 / 0
    print("second suppressed it, first saw nothing")
except ZeroDivisionError:
    print("not reached")
class Tracker:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, *args):
        self.log.append("exit")
        return False
t = Tracker()
with t as same:
    print("same object:", same is t)
print(t.log)
def early_return():
    with Resource("fn"):
        return "returned from with"
print(early_return())
for n in range(3):
    with Resource("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class NoValue:
    def __enter__(self):
        pass
    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type)
with NoValue() as nothing:
    print("as target is", nothing)
with Resource("x") as (first_char):
    print(first_char)
