# dict: insertion order, access, KeyError, views, iteration.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d))
del d["b"]
d["b"] = 200
print(d)
print(d["a"], d.get("a"), d.get("zz"), d.get("zz", "default"))
print("a" in d, "zz" in d, "zz" not in d, 1 in d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    {1: 2}[1.5]
except KeyError as e:
    print("KeyError:", e)
print(d.keys(), d.values(), d.items())
keys = d.keys()
d["new"] = 0
print(keys, len(keys), "new" in keys)
print(list(d.items())[0], sorted(d.values()))
for k in d:
    print("key", k, "->", d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print({1: {"x": [1, 2]}, "t": (1,), None: None, 2.5: {}})
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict())
print({}, repr({}), str({"s": "q'"}))
print({1: "a", 1.0: "b", True: "c"})
e = {}
e[(1, 2)] = "tuple key"
e[None] = "none key"
e[-1] = "int key"
e["s"] = "str key"
print(e)
print(d == dict(d), {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    for k in d:
        d["during"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({"x": 1, "y": 2, "z": 3})))
