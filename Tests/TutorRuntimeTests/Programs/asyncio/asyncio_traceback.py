import asyncio

async def fail():
    await asyncio.sleep(0)
    raise ValueError("went wrong")

async def main():
    print("main starts")
    task = asyncio.create_task(fail())
    await task

asyncio.run(main())
