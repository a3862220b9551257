import asyncio
import time

async def step(n, seconds):
    print("Start of step", n)
    await asyncio.sleep(seconds)
    print("End of step", n)
    return n * 10

async def main():
    t1 = asyncio.create_task(step(1, 0.12))
    t2 = asyncio.create_task(step(2, 0.2))
    t3 = asyncio.create_task(step(3, 0.04))
    print(t1.get_name(), t2.get_name(), t3.done())
    done, pending = await asyncio.wait([t1, t2, t3])
    print(len(done), len(pending), sorted(t.result() for t in done))
    print(await asyncio.sleep(0.04, result="slept"))
    r = await asyncio.gather(step(4, 0.08), step(5, 0.04), asyncio.sleep(0, "x"))
    print(r)
    t = asyncio.ensure_future(step(6, 0))
    print(type(t).__name__, t.get_name())
    t.set_name("renamed")
    print(t.get_name(), await t, t.done(), t.result(), t.exception(), t.cancelled())
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
    c = step(7, 0)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(main))
    await c
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
    print(asyncio.current_task().get_name())
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    loop.call_soon(fut.set_result, 42)
    print(await fut, fut.result())
    order = []
    loop.call_later(0.08, order.append, "later")
    loop.call_soon(order.append, "soon1")
    loop.call_at(loop.time() + 0.04, order.append, "at")
    loop.call_soon(order.append, "soon2")
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.2)
    print(order)
    return "main result"

print(asyncio.run(main()))
print(asyncio.run(step(8, 0)))
