import asyncio


async def fetch_midterm(student, seconds):
    print("Fetching", student)
    await asyncio.sleep(seconds)      # waiting for the server
    return student + ": graded"


async def fetch_all():
    kay, john, skylar = await asyncio.gather(
        fetch_midterm("Kay", 1),
        fetch_midterm("John", 1),
        fetch_midterm("Skylar", 1),
    )
    return [kay, john, skylar]


results = asyncio.run(fetch_all())
for line in results:
    print(line)
