# KeyboardInterrupt and other BaseExceptions are not caught by `except Exception`.
def interrupted():
    raise KeyboardInterrupt("simulated ctrl-c")
try:
    try:
        interrupted()
    except Exception:
        print("not reached: Exception does not catch KeyboardInterrupt")
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt:", e, e.args)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("BaseException caught", type(e).__name__, repr(str(e)))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit caught, code =", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit caught, code =", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught, code =", e.code)
try:
    raise SystemExit(2)
except Exception:
    print("not reached")
except BaseException as e:
    print("bare SystemExit", e.code)
def cleanup_demo():
    try:
        raise KeyboardInterrupt
    finally:
        print("finally runs for KeyboardInterrupt too")
try:
    cleanup_demo()
except KeyboardInterrupt:
    print("then caught")
try:
    try:
        raise KeyboardInterrupt
    except:
        print("bare except catches everything")
        raise
except KeyboardInterrupt:
    print("re-raised and caught again")
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("custom base")
    except Exception:
        print("not reached")
except MyBase as e:
    print("custom BaseException subclass:", e)
