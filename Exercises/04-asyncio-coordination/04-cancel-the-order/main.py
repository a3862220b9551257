import asyncio


async def brew(drink):
    try:
        print("brewing", drink)
        await asyncio.sleep(5)
        print(drink, "ready")
    except asyncio.CancelledError:
        print("pouring away", drink)
        raise
    finally:
        print("cleaning the machine")


async def main():
    task = asyncio.create_task(brew("latte"))
    await asyncio.sleep(1)
    print("customer changed their mind")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("order cancelled")
    print("cancelled?", task.cancelled())


asyncio.run(main())
