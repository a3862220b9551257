import asyncio

balance = 100


async def check_card(amount):
    await asyncio.sleep(1)          # the bank takes 1 second to answer
    return True


async def withdraw(amount):
    global balance
    if await check_card(amount):
        # No await between reading and writing: nothing can change in between.
        balance = balance - amount
        print("withdrew", amount)


async def main():
    await asyncio.gather(withdraw(30), withdraw(50))
    print("balance =", balance)


asyncio.run(main())
