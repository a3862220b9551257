import asyncio


async def sleep1():
    await asyncio.sleep(2)
    await asyncio.sleep(2)
    await asyncio.sleep(2)


asyncio.run(sleep1())
