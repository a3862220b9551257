import asyncio


async def make_drink(drink):
    await asyncio.sleep(1)          # every drink takes 1 second
    return drink


async def barista(queue, served):
    while True:
        drink = await queue.get()
        served.append(await make_drink(drink))
        queue.task_done()


async def serve(orders, baristas):
    """Make every drink in `orders` with `baristas` baristas working concurrently.

    Each barista makes one drink at a time. Return the list of drinks made
    (in the order they were finished).
    """
    queue = asyncio.Queue()
    for drink in orders:
        queue.put_nowait(drink)
    served = []
    workers = [asyncio.create_task(barista(queue, served)) for _ in range(baristas)]
    await queue.join()              # every order has been marked task_done
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return served


if __name__ == "__main__":
    orders = ["latte", "tea", "espresso", "mocha", "flat white", "chai"]
    print(asyncio.run(serve(orders, 2)))
