import asyncio

balance = 100


async def withdraw(amount):
    global balance
    current = balance
    await asyncio.sleep(1)          # ask the bank whether the card is valid
    balance = current - amount


async def main():
    await asyncio.gather(withdraw(30), withdraw(50))


asyncio.run(main())
print("balance =", balance)
