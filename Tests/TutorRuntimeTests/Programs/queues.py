import queue
import threading

def tryit(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", repr(e))

# Workers square numbers; results come back through a second queue.
tasks = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        results.put((n, n * n))
        tasks.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(10):
    tasks.put(n)
tasks.join()
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print(sorted(results.get() for _ in range(10)))
print(results.empty(), tasks.qsize(), tasks.unfinished_tasks)

# A bounded queue makes the producer wait for the consumer.
bounded = queue.Queue(maxsize=1)
order = []
def producer():
    for i in range(3):
        bounded.put(i)
        order.append("put %d" % i)
p = threading.Thread(target=producer)
p.start()
got = [bounded.get(timeout=5) for _ in range(3)]
p.join()
print(got, len(order))

tryit("get timeout", lambda: queue.Queue().get(timeout=0.01))
tryit("get nowait", lambda: queue.Queue().get_nowait())
tryit("negative timeout", lambda: queue.Queue().get(timeout=-1))
full = queue.Queue(1)
full.put("x")
tryit("put nowait", lambda: full.put_nowait("y"))
tryit("put timeout", lambda: full.put("y", timeout=0.01))
tryit("task_done", full.task_done)
tryit("task_done again", full.task_done)
tryit("simple get timeout", lambda: queue.SimpleQueue().get(timeout=0.01))
tryit("simple negative timeout", lambda: queue.SimpleQueue().get(timeout=-1))

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
simple = queue.SimpleQueue()
for v in [5, 1, 4, 2, 3]:
    lifo.put(v)
    prio.put((v, "job %d" % v))
    simple.put(v)
print([lifo.get() for _ in range(5)])
print([prio.get()[1] for _ in range(5)])
print([simple.get() for _ in range(5)], simple.empty(), simple.qsize())
print(queue.Empty.__mro__)
print(queue.Full.__mro__)
print(type(queue.Queue()).__name__, queue.SimpleQueue)
