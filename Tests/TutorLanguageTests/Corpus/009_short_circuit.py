# Boolean short-circuit with visible side effects.
def t(label):
    print("t:", label)
    return True
def f(label):
    print("f:", label)
    return False
print("1", t("a") and f("b") and t("c"))
print("2", f("a") and t("b"))
print("3", t("a") or t("b"))
print("4", f("a") or f("b") or t("c"))
print("5", not f("x") and t("y"))
print("6", f("a") or t("b") and f("c"))
print("7", (f("a") or t("b")) and f("c"))
print(0 and 1 / 0)
print(1 or 1 / 0)
print([] or "default")
print("value" and "other")
print(None or 0 or "")
calls = []
def rec(v):
    calls.append(v)
    return v
r = rec(0) or rec(None) or rec([]) or rec(7) or rec(8)
print(r, calls)
d = {}
print(d and d["missing"])
items = [3, 0, 5]
print(all(rec(v) for v in items), calls)
print(any(rec(v) for v in [0, 0, 9, 1]), calls)
x = 0
result = x != 0 and 10 / x > 1
print(result)
print(t("if") if f("cond") else f("else"))
