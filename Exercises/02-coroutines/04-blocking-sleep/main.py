import asyncio
import time


async def blocking_sleep(seconds):
    time.sleep(seconds)


async def sleep3():
    await asyncio.gather(
        blocking_sleep(2),
        blocking_sleep(2),
        blocking_sleep(2),
    )


asyncio.run(sleep3())
