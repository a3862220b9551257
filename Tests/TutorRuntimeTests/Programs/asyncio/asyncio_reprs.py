import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.set_result(3)
    print(f)
    g = loop.create_future()
    g.set_exception(ValueError("v"))
    print(g)
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(h, h.cancelled())
    t = asyncio.create_task(asyncio.sleep(0.01, "done"), name="sleeper")
    print(t.get_name(), t.done())
    print(await t, t.done())
    print(asyncio.current_task())
    print(repr(asyncio.CancelledError()), asyncio.CancelledError.__module__)
    print(asyncio.InvalidStateError.__mro__[1].__name__, asyncio.QueueEmpty.__module__)
    print(type(loop).__name__, loop.is_running())

asyncio.run(main())
