# Default arguments, including the mutable default gotcha.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to(5, None or []))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
counter = 10
def snapshot(value=counter):
    return value
counter = 20
print(snapshot())
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def memo(n, cache={}):
    if n in cache:
        return cache[n]
    result = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = result
    return result
print(memo(50), memo(10))
def dict_default(key, d={}):
    d[key] = d.get(key, 0) + 1
    return d
dict_default("a")
dict_default("b")
print(dict_default("a"))
def evaluated():
    print("default evaluated")
    return 5
def uses(x=evaluated()):
    return x
print("defined")
print(uses(), uses(1), uses())
