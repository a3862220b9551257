# async def / await driven by hand, without asyncio.
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    print("inside compute:", x, y)
    return x * y
coro = compute()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result:", e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def greet(name):
    return "hello " + name
async def greet_all(names):
    out = []
    for n in names:
        out.append(await greet(n))
    return out
print(run(greet_all(["ann", "bob"])))
async def fails():
    raise ValueError("async failure")
async def handles():
    try:
        await fails()
    except ValueError as e:
        return "handled: " + str(e)
print(run(handles()))
async def no_return():
    pass
print(run(no_return()))
async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)
print(run(depth(50)))
c = add(2, 3)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def with_try_finally():
    try:
        return await add(5, 5)
    finally:
        print("async finally")
print(run(with_try_finally()))
unused = greet("x")
unused.close()
print("closed unused coroutine")
async def lam_like(f):
    return f(3)
print(run(lam_like(lambda v: v ** 3)))
