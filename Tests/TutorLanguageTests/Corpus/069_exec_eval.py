# exec and eval on source text, with globals dicts.
print(eval("1 + 2 * 3"))
print(eval("[x * x for x in range(4)]"))
x = 10
print(eval("x + 5"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("a * b", {"a": 3}, {"b": 4}))
g = {}
exec("z = 5\nw = z * 2", g)
print(g["z"], g["w"])
exec("def f(n):\n    return n + 100", g)
print(g["f"](1))
namespace = {"items": [3, 1, 2]}
exec("items.sort()\ntotal = sum(items)", namespace)
print(namespace["items"], namespace["total"])
code = """
result = []
for i in range(3):
    result.append(i * 10)
"""
ns = {}
print(exec(code, ns))
print(ns["result"])
exec("print('printed from exec')")
exec("counter = 1")
print(counter)
print(eval("len('hello')"), eval("'abc'.upper()"), eval("  42  "))
print(eval("(lambda q: q ** 2)(9)"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError caught:", type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    eval("x = 1")
except SyntaxError:
    print("assignment is not an expression")
env = {"__builtins__": {}}
try:
    eval("len([1])", env)
except NameError as e:
    print("NameError:", e)
calc = {"add": lambda a, b: a + b}
print(eval("add(2, 3)", calc))
exec("class K:\n    v = 7", ns)
print(ns["K"].v)
print(eval(repr([1, "two", 3.0, None])))
