# return inside finally and interactions with break/continue.
def finally_overrides():
    try:
        return "from try"
    finally:
        return "from finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"
print(finally_swallows())
def finally_runs_after_return():
    try:
        print("in try")
        return "try value"
    finally:
        print("finally runs before caller sees value")
print(finally_runs_after_return())
def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_first())
def rebind_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebind_in_finally())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            print("finally", i)
            break
    return "loop exited"
print(break_in_finally())
def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except-return")
print(except_return())
def counter():
    log = []
    for i in range(4):
        try:
            if i % 2:
                continue
            log.append(i)
        finally:
            log.append("f%d" % i)
    return log
print(counter())
def nested_finally():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def else_and_finally():
    try:
        v = 5
    except Exception:
        return "except"
    else:
        return "else %d" % v
    finally:
        print("finally after else-return")
print(else_and_finally())
