import asyncio, threading, time
def name(x):
    time.sleep(0.01)
    return threading.current_thread().name
async def main():
    print(await asyncio.to_thread(name, 1))
    print(await asyncio.to_thread(name, 2))
    print(await asyncio.gather(*(asyncio.to_thread(name, i) for i in range(3))))
    def boom():
        raise ValueError("in thread")
    try:
        await asyncio.to_thread(boom)
    except ValueError as e:
        print("caught", e)
asyncio.run(main())
print(threading.active_count())
