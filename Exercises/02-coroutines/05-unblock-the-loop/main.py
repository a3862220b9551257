import asyncio
import time


async def boil_water():
    print("Boiling water")
    time.sleep(1)
    print("Water ready")


async def toast_bread():
    print("Toasting bread")
    time.sleep(1)
    print("Toast ready")


async def fry_egg():
    print("Frying an egg")
    time.sleep(1)
    print("Egg ready")


async def breakfast():
    await asyncio.gather(boil_water(), toast_bread(), fry_egg())
    print("Breakfast is served")


asyncio.run(breakfast())
