import asyncio
def work():
    raise ValueError("in thread")
async def main():
    await asyncio.to_thread(work)
asyncio.run(main())
