# Exception hierarchy: catching via base classes; e.args; type(e).__name__.
def risky(kind):
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "zero":
        return 1 // 0
    if kind == "overflow":
        return float(2 ** 2000)
    if kind == "value":
        return int("x")
    if kind == "type":
        return len(5)
    if kind == "attr":
        return (1).nope
    if kind == "name":
        return nope
    if kind == "stop":
        return next(iter([]))
    return "ok"
for kind in ["index", "key"]:
    try:
        risky(kind)
    except LookupError as e:
        print("LookupError caught", type(e).__name__, e.args)
for kind in ["zero", "overflow"]:
    try:
        risky(kind)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__, e.args)
for kind in ["index", "key", "zero", "overflow", "value", "type", "attr", "name", "stop", "none"]:
    try:
        result = risky(kind)
    except Exception as e:
        print(f"{kind:>8}: {type(e).__name__}: {e}")
    else:
        print(f"{kind:>8}: no exception, got {result}")
chain = []
for cls in [IndexError, KeyError, ZeroDivisionError, OverflowError, ValueError, TypeError, AttributeError, NameError, UnboundLocalError, StopIteration, RuntimeError, RecursionError, NotImplementedError, TimeoutError, AssertionError, KeyboardInterrupt, SystemExit, Exception]:
    names = []
    k = cls
    while k is not object:
        names.append(k.__name__)
        k = k.__bases__[0]
    print(" -> ".join(names))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(TimeoutError, OSError), issubclass(NotImplementedError, RuntimeError))
try:
    raise IndexError("specific first")
except IndexError:
    print("first matching clause wins (IndexError)")
except LookupError:
    print("not reached")
try:
    raise KeyError("k")
except (ValueError, LookupError) as e:
    print("tuple clause caught", repr(e))
e = ValueError("a", 2, None)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(ValueError("one")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not reached")
except TypeError as e:
    print("propagated past non-matching handler:", e)
