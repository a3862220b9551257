import asyncio

async def fail(n):
    await asyncio.sleep(0.04 * n)
    raise ValueError(f"bad {n}")

async def ok(n):
    await asyncio.sleep(0.04 * n)
    print("ok finished", n)
    return n

async def main():
    print(await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), fail(2), ok(4))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.2)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", type(e).__name__, issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result raised CancelledError")

    async def catcher():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("catcher saw cancel")
            raise
        finally:
            print("catcher finally")
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0.04)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args", e.args)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.08)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(ok(1), timeout=1))
    try:
        async with asyncio.timeout(0.08):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout block expired")
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f.set_exception(KeyError("k"))
    print(repr(f.exception()))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    t = asyncio.create_task(fail(0))
    done, pending = await asyncio.wait([t, asyncio.create_task(ok(5))], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), repr(t.exception()))
    for p in pending:
        p.cancel()
    t2 = asyncio.create_task(ok(2))
    t3 = asyncio.create_task(ok(20))
    done, pending = await asyncio.wait([t2, t3], return_when=asyncio.FIRST_COMPLETED)
    print([x.result() for x in done], len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.04)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    for coro in asyncio.as_completed([ok(3), ok(1), ok(2)]):
        print("as_completed", await coro)
    c = ok(1)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()

asyncio.run(main())
try:
    asyncio.run(fail(0))
except ValueError as e:
    print("run raised", e)
