# try/except/else/finally ordering of effects.
def attempt(x):
    print("-- attempt", repr(x))
    try:
        print("try start")
        result = 10 / x
        print("try end")
    except ZeroDivisionError as e:
        print("except ZeroDivisionError:", e)
        result = None
    except TypeError:
        print("except TypeError")
        result = "bad"
    else:
        print("else runs, result", result)
    finally:
        print("finally always")
    print("after try")
    return result
print(attempt(2))
print(attempt(0))
print(attempt("s"))
def exception_in_except():
    try:
        try:
            [][1]
        except IndexError:
            print("handling IndexError")
            {}["k"]
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught KeyError", e)
        print("context is", type(e.__context__).__name__)
exception_in_except()
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally before propagation")
    except ValueError as e:
        print("outer got", e)
    else:
        print("no")
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
finally:
    print("finally without exception")
try:
    print("try with only finally")
finally:
    print("its finally")
def multiple(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
print(multiple(KeyError("a")), multiple(IndexError), multiple(ValueError()))
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("loop finally", i)
e = "outer name"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
