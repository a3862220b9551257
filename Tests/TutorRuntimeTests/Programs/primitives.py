import threading, time, queue

# Condition: producer/consumer in a deterministic order
items = []
cond = threading.Condition()
def consumer(n):
    with cond:
        while len(items) < n:
            cond.wait()
        print("consumer saw", items[:n])
c = threading.Thread(target=consumer, args=(3,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("alive after join:", c.is_alive())

# wait_for with timeout
with cond:
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.05))
    print("wait timeout:", cond.wait(0.01))

# Event
ev = threading.Event()
out = []
def waiter():
    out.append(("waiting", ev.is_set()))
    ev.wait()
    out.append(("woke", ev.is_set()))
w = threading.Thread(target=waiter)
w.start()
time.sleep(0.05)
ev.set()
w.join()
print(out, ev.wait(0), ev.is_set())
ev.clear(); print(ev.is_set(), ev.wait(0.01))

# Semaphore limits concurrency
sem = threading.Semaphore(2)
active = 0
peak = 0
lock = threading.Lock()
def worker():
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with lock:
            active -= 1
ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak", peak)
print(sem.acquire(False), sem.acquire(False), sem.acquire(False), sem.acquire(timeout=0.01))
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# Barrier
b = threading.Barrier(3, action=lambda: print("barrier tripped"))
idx = []
def party():
    idx.append(b.wait())
ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print(sorted(idx), b.n_waiting, b.broken, b.parties)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken after timeout:", b2.broken)
b2.reset(); print("reset:", b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("aborted", repr(e))

# RLock
r = threading.RLock()
with r:
    with r:
        print("nested rlock ok", r._is_owned())
print(r._is_owned())
def other():
    print("other acquire:", r.acquire(blocking=False))
with r:
    t = threading.Thread(target=other); t.start(); t.join()

# Condition with RLock held twice
rc = threading.Condition(threading.RLock())
flag = []
def setter():
    with rc:
        flag.append(1)
        rc.notify_all()
with rc:
    with rc:
        t = threading.Thread(target=setter); t.start()
        print("wait_for rlock:", rc.wait_for(lambda: flag, timeout=2))
t.join()

# Timer
fired = []
tm = threading.Timer(0.02, fired.append, args=["fired"])
tm.start(); tm.join()
tm2 = threading.Timer(5, fired.append, args=["never"])
tm2.start(); tm2.cancel(); tm2.join()
print(fired, tm.name.startswith("Thread-"))

# local
loc = threading.local()
loc.x = "main"
seen = []
def use_local(v):
    seen.append(hasattr(loc, "x"))
    loc.x = v
    time.sleep(0.01)
    seen.append(loc.x)
lts = [threading.Thread(target=use_local, args=(v,)) for v in "ab"]
for t in lts: t.start()
for t in lts: t.join()
print(sorted(map(str, seen)), loc.x)
class MyLocal(threading.local):
    def __init__(self, start):
        self.count = start
ml = MyLocal(10)
def bump():
    ml.count += 1
    seen2.append(ml.count)
seen2 = []
t = threading.Thread(target=bump); t.start(); t.join()
print(seen2, ml.count)
try:
    loc.missing
except AttributeError as e:
    print("AttributeError:", e)

# queue
q = queue.Queue()
results = []
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer2():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
threads = [threading.Thread(target=producer), threading.Thread(target=consumer2)]
for t in threads: t.start()
q.join()
for t in threads: t.join()
print(results, q.empty(), q.qsize())
lq = queue.LifoQueue(); pq = queue.PriorityQueue(); sq = queue.SimpleQueue()
for v in [3, 1, 2]:
    lq.put(v); pq.put((v, str(v))); sq.put(v)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)])
bq = queue.Queue(maxsize=2); bq.put(1); bq.put(2)
print(bq.full(), bq.qsize())
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full")
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty")
print(queue.Empty, queue.Full, queue.SimpleQueue)

print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(threading.get_ident() == threading.main_thread().ident, type(threading.get_native_id()))
