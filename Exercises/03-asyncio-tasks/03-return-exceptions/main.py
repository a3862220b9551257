import asyncio


async def fetch_grade(student):
    await asyncio.sleep(1)                   # asking the grading server
    if student == "Pratham":
        raise ValueError("no submission from " + student)
    return 90


async def main():
    students = ["Kay", "Pratham", "Skylar"]
    results = await asyncio.gather(*[fetch_grade(s) for s in students])
    for student, result in zip(students, results):
        if isinstance(result, Exception):
            print(student, "failed:", result)
        else:
            print(student, "got", result)


asyncio.run(main())
