# Custom awaitables with __await__ that yield, driven by a hand-written loop.
class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        print("suspending at", self.label)
        reply = yield self.label
        print("resumed", self.label, "with", reply)
        return "woke:" + self.label
async def task(name, steps):
    results = []
    for i in range(steps):
        r = await Sleep(f"{name}{i}")
        results.append(r)
    return results
coro = task("a", 2)
print("first yield:", coro.send(None))
print("second yield:", coro.send("r1"))
try:
    coro.send("r2")
except StopIteration as e:
    print("done:", e.value)
def round_robin(coros):
    pending = list(coros)
    finished = {}
    values = {}
    tick = 0
    while pending:
        name, c = pending.pop(0)
        try:
            yielded = c.send(values.get(name))
            print(f"tick {tick}: {name} yielded {yielded!r}")
            values[name] = tick
            pending.append((name, c))
        except StopIteration as e:
            print(f"tick {tick}: {name} finished")
            finished[name] = e.value
        tick += 1
    return finished
print(round_robin([("A", task("A", 2)), ("B", task("B", 1)), ("C", task("C", 0))]))
class Immediate:
    def __await__(self):
        return
        yield
async def quick():
    v = await Immediate()
    return ("immediate", v)
try:
    quick().send(None)
except StopIteration as e:
    print(e.value)
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "tick"
        return self.v * 2
async def chain():
    a = await Value(5)
    b = await Value(a)
    return a + b
c = chain()
steps = 0
while True:
    try:
        c.send(None)
        steps += 1
    except StopIteration as e:
        print("chain result", e.value, "after", steps, "suspensions")
        break
async def inner():
    return await Value(1)
async def outer():
    return await inner() + await inner()
o = outer()
print(o.send(None), o.send(None))
try:
    o.send(None)
except StopIteration as e:
    print("outer:", e.value)
try:
    async def bad():
        await 5
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
