import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink


async def first_ready(orders):
    """Brew every (drink, seconds) in `orders` concurrently.

    Return the name of the first drink that is ready, as soon as it is ready,
    and cancel the others.
    """
    tasks = [asyncio.create_task(brew(drink, seconds)) for drink, seconds in orders]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    return done.pop().result()


if __name__ == "__main__":
    print(asyncio.run(first_ready([("latte", 3), ("espresso", 1), ("tea", 2)])))
