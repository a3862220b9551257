import asyncio


async def make_drink(drink):
    await asyncio.sleep(1)          # every drink takes 1 second
    return drink


async def serve(orders, baristas):
    """Make every drink in `orders` with `baristas` baristas working concurrently.

    Each barista makes one drink at a time. Return the list of drinks made
    (in the order they were finished).
    """
    # TODO: put the orders in an asyncio.Queue and start `baristas` worker tasks
    served = []
    for drink in orders:
        served.append(await make_drink(drink))
    return served


if __name__ == "__main__":
    orders = ["latte", "tea", "espresso", "mocha", "flat white", "chai"]
    print(asyncio.run(serve(orders, 2)))
