# raise, raise from, bare re-raise, __context__ and __cause__.
class ConfigError(Exception):
    pass
def load(key):
    settings = {"a": 1}
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("missing setting " + key) from e
try:
    load("b")
except ConfigError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress_context:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__)
    print("suppress_context:", e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print("from None -> cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("context still set:", type(e.__context__).__name__)
def reraise():
    try:
        [].pop()
    except IndexError as e:
        print("logging:", e)
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised:", e)
try:
    raise TypeError
except TypeError as e:
    print("class raised -> instance:", type(e).__name__, e.args, repr(str(e)))
try:
    raise KeyError("k1", "k2")
except KeyError as e:
    print(e.args, e)
err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e is err)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            raise KeyError("third")
except KeyError as third:
    chain = []
    cur = third
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
