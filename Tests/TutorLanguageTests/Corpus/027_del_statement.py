# del of names, items, slices and attributes.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
for name in ("a", "b"):
    try:
        eval(name)
    except NameError as e:
        print("deleted:", e)
items = [0, 1, 2, 3, 4, 5, 6]
del items[0]
print(items)
del items[-1]
print(items)
del items[1:3]
print(items)
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    cls_attr = "class"
o = Obj()
o.field = 5
o.other = 6
print(o.field, o.other)
del o.field
print(hasattr(o, "field"), hasattr(o, "other"))
try:
    del o.field
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))
nested = {"k": [1, 2, {"inner": 3}]}
del nested["k"][2]["inner"]
print(nested)
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
pair = [[1, 2], [3, 4]]
del pair[0][1], pair[1]
print(pair)
lst = [1, 2, 3]
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
