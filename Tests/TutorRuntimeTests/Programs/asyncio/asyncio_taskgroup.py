import asyncio

async def work(n, fail=False):
    try:
        await asyncio.sleep(0.01 * n)
        if fail:
            raise ValueError(f"task {n} failed")
        print("work done", n)
        return n
    except asyncio.CancelledError:
        print("work cancelled", n)
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work(1))
        b = tg.create_task(work(2))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1))
            tg.create_task(work(2, fail=True))
            tg.create_task(work(5))
    except ExceptionGroup as eg:
        print("group:", eg, [repr(e) for e in eg.exceptions])

asyncio.run(main())
