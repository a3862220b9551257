import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink + " ready"


async def order(drink, seconds, patience):
    """Brew `drink` (it takes `seconds`), but wait at most `patience` seconds.

    Return what brew returns if it is ready in time, otherwise
    "gave up on " + drink (and stop brewing it).
    """
    # TODO
    return await brew(drink, seconds)


if __name__ == "__main__":
    async def main():
        print(await asyncio.gather(order("latte", 3, 2), order("tea", 1, 2)))
    asyncio.run(main())
