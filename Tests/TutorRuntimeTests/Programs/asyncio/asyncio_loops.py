import asyncio

async def inner():
    return 1

async def nested():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(e)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print(e)
    await coro

asyncio.run(nested())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(inner()))
calls = []
def tick(n):
    calls.append(n)
    if n == 3:
        loop.stop()
    else:
        loop.call_soon(tick, n + 1)
loop.call_soon(tick, 1)
loop.run_forever()
print(calls, loop.is_running())
loop.close()
print(loop.is_closed())
coro = inner()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print(e)
coro.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
loop.close()

def blocking(x):
    import time
    time.sleep(0.05)
    return x * 2

async def threads():
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(asyncio.to_thread(blocking, 1), loop.run_in_executor(None, blocking, 2), asyncio.sleep(0.05, "s"))
    print(r)

asyncio.run(threads())
