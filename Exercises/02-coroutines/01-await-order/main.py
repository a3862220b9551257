import asyncio


async def first():
    print("one")
    print(await other())
    print("three")


async def other():
    print("inside other")
    return "two"


asyncio.run(first())
