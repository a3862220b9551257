import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    print("ready:", drink)
    return drink


async def main():
    results = await asyncio.gather(
        brew("latte", 3),
        brew("espresso", 1),
        brew("tea", 2),
    )
    print(results)


asyncio.run(main())
