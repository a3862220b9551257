# isinstance / issubclass with classes, builtins and tuples.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, D)), isinstance(o, ()))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)), issubclass(A, A))
print(issubclass(C, object), isinstance(C, type), isinstance(C(), object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(1, (float, str)), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", str), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(range(3), range), isinstance(len, type(len)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(isinstance(ValueError("x"), Exception), isinstance(ValueError, Exception))
print(isinstance(5, (str, (list, (int,)))))
try:
    isinstance(5, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, int)
except TypeError as e:
    print("TypeError:", e)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "string"
    if isinstance(x, (list, tuple)):
        return "sequence of %d" % len(x)
    return "other:" + type(x).__name__
for v in [True, 3, 2.5, "hi", [1, 2], (1,), {}, None]:
    print(repr(v), "->", describe(v))
print(type(3) == int, type(True) == int, type(True) is bool)
print(type(type(3)).__name__, type(A).__name__)
