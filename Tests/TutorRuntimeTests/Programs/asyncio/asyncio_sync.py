import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print("got", item)
        await asyncio.sleep(0.005)

async def locked(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.005)
        log.append(name + " out")

async def limited(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0.01)

async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "released")

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q))
    await q.join()
    print(q.empty(), q.full(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait())
    try:
        q2.task_done(); q2.task_done()
    except ValueError as e:
        print(e)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(sem, n, log) for n in "abcde"))
    print(log)
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0.01)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumed", items.pop())
    async def prod():
        await asyncio.sleep(0.01)
        async with cond:
            items.append("thing")
            cond.notify()
    await asyncio.gather(cons(), prod())

asyncio.run(main())
