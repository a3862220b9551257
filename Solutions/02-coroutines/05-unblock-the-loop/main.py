import asyncio


async def boil_water():
    print("Boiling water")
    await asyncio.sleep(1)
    print("Water ready")


async def toast_bread():
    print("Toasting bread")
    await asyncio.sleep(1)
    print("Toast ready")


async def fry_egg():
    print("Frying an egg")
    await asyncio.sleep(1)
    print("Egg ready")


async def breakfast():
    await asyncio.gather(boil_water(), toast_bread(), fry_egg())
    print("Breakfast is served")


asyncio.run(breakfast())
