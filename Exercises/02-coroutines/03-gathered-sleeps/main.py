import asyncio


async def sleep2():
    await asyncio.gather(
        asyncio.sleep(2),
        asyncio.sleep(2),
        asyncio.sleep(2),
    )


asyncio.run(sleep2())
