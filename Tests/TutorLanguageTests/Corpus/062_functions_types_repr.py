# Functions, bound methods, type names and repr() of builtin types.
def square(x):
    return x * x
class Greeter:
    def hello(self):
        return "hi"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util():
        return "util"
g = Greeter()
print(square.__name__, Greeter.hello.__name__, g.hello.__name__, Greeter.__name__)
print((lambda: 0).__name__, len.__name__, print.__name__)
print(type(square).__name__, type(g.hello).__name__, type(len).__name__, type(Greeter.make).__name__)
print(type(Greeter.util).__name__, type(Greeter).__name__, type(g).__name__)
bound = g.hello
print(bound(), callable(bound), callable(Greeter), callable(g))
print(repr(len), repr(print), repr(abs))
values = [1, 1.5, "s", b"b", True, None, [1], (1,), {1: 2}, {1}, frozenset({2}), range(3), slice(1, 2), NotImplemented, Greeter, int, type, object]
for v in values:
    print(type(v).__name__, repr(v) if not isinstance(v, type) else v.__name__)
print(repr(Greeter), repr(int), repr(str), repr(type(None)))
print(type(Greeter.make()).__name__, Greeter.make().util())
funcs = {"sq": square, "abs": abs, "len": len}
print({k: f(-3) if k != "len" else f("abc") for k, f in funcs.items()})
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer()() is None)
print(str(1.0), str(-5), str(True), str(None), str(b"x"), str([None]))
print(repr("s"), repr(b"s"), repr(1e100), repr([1.0, "a", None]))
print(int, float, str, bool, list, tuple, dict, set, frozenset, range, type, object, bytes, BaseException)
print(ValueError, type(ValueError("x")), type(square))
