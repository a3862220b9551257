# Generators: send(), yield from and delegation of return values.
def echo():
    received = None
    while True:
        received = yield f"echo {received}"
        if received == "stop":
            return "stopped"
e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
try:
    e.send("stop")
except StopIteration as stop:
    print("StopIteration value:", stop.value)
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
for v in [10, 20, 60]:
    print("average", avg.send(v))
def delegate():
    result = yield from averager()
    print("sub-generator returned", result)
    yield "after"
d = delegate()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    yield r
    yield from [10, 20]
    yield from range(3)
print(list(outer()))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def accumulate():
    total = 0
    while True:
        x = yield total
        total += x
acc = accumulate()
print(acc.send(None), acc.send(5), acc.send(7))
try:
    fresh = accumulate()
    fresh.send(1)
except TypeError as err:
    print("TypeError:", err)
def tree(n, depth=0):
    yield "  " * depth + str(n)
    for child in range(n):
        yield from tree(child, depth + 1)
for line in tree(3):
    print(line)
def thrower():
    try:
        yield 1
    except KeyError as e:
        yield "caught " + repr(e)
t = thrower()
next(t)
print(t.throw(KeyError("k")))
