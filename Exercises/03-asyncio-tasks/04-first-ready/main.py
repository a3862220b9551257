import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink


async def first_ready(orders):
    """Brew every (drink, seconds) in `orders` concurrently.

    Return the name of the first drink that is ready, as soon as it is ready,
    and cancel the others.
    """
    # TODO
    return None


if __name__ == "__main__":
    print(asyncio.run(first_ready([("latte", 3), ("espresso", 1), ("tea", 2)])))
