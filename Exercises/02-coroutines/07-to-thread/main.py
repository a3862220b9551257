import asyncio
import time


def grade(student):
    """An old, blocking function: it takes 1 second. Do not change it."""
    time.sleep(1)
    return student + ": A"


async def grade_all(students):
    """Grade every student concurrently; return the results in the order of `students`."""
    # TODO: run grade(student) for every student without blocking the event loop
    return []


if __name__ == "__main__":
    print(asyncio.run(grade_all(["Kay", "John", "Skylar"])))
