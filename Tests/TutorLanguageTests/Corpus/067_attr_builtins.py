# hasattr, getattr (with default), setattr, delattr, vars, callable.
class Config:
    debug = False
    def __init__(self):
        self.name = "app"
        self.level = 3
    def describe(self):
        return f"{self.name}@{self.level}"
c = Config()
print(hasattr(c, "name"), hasattr(c, "debug"), hasattr(c, "missing"), hasattr(c, "describe"))
print(getattr(c, "name"), getattr(c, "missing", "fallback"), getattr(c, "debug"))
print(getattr(c, "describe")())
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "level", 9)
setattr(c, "new_attr", [1, 2])
print(c.level, c.new_attr, c.describe())
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    delattr(c, "new_attr")
except AttributeError as e:
    print("AttributeError:", e)
print(vars(c))
for field in ["name", "level"]:
    setattr(c, field, getattr(c, field) * 2)
print(vars(c))
setattr(Config, "debug", True)
print(c.debug, Config.debug)
print(getattr("text", "upper")(), getattr([1, 2], "count")(1), hasattr(5, "real"))
print(getattr(5, "real"), (3).real, hasattr("", "nope"))
print(callable(len), callable(Config), callable(c), callable(c.describe), callable(None), callable(lambda: 0))
class Dynamic:
    def __getattr__(self, name):
        return "dynamic:" + name
dyn = Dynamic()
dyn.real_attr = 1
print(dyn.real_attr, dyn.anything, getattr(dyn, "other"), hasattr(dyn, "whatever"))
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
