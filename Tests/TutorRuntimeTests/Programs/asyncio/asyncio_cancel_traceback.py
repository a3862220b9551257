import asyncio
async def child(n):
    try:
        await asyncio.sleep(0.04 * n)
        print("child", n, "finished")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def bad():
    await asyncio.sleep(0.06)
    raise RuntimeError("bad")
async def main():
    g = asyncio.gather(child(1), bad(), child(3))
    try:
        await g
    except RuntimeError as e:
        print("gather raised", e)
    await asyncio.sleep(0.2)
    g = asyncio.gather(child(1), child(5))
    await asyncio.sleep(0.08)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    t = asyncio.create_task(child(9))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print(t.cancelling())
    r = await asyncio.gather(t, return_exceptions=True)
    print(r)
    async def shielded():
        await asyncio.sleep(0.08)
        return "shielded done"
    inner = asyncio.create_task(shielded())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.02)
    except TimeoutError:
        print("timeout, inner cancelled?", inner.cancelled())
    print(await inner)
    async def ignores():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "ignored"
    t = asyncio.create_task(ignores())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("not reached")
asyncio.run(main())
