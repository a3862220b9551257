import asyncio


async def step_1():
    print("Start of step 1")
    await asyncio.sleep(3)
    print("End of step 1")


async def step_2():
    print("Start of step 2")
    await asyncio.sleep(5)
    print("End of step 2")


async def step_3():
    print("Start of step 3")
    await asyncio.sleep(1)
    print("End of step 3")


async def main():
    task_1 = asyncio.create_task(step_1())
    task_2 = asyncio.create_task(step_2())
    task_3 = asyncio.create_task(step_3())
    await asyncio.wait([task_1, task_2, task_3])
    print("All steps done")


if __name__ == "__main__":
    asyncio.run(main())
