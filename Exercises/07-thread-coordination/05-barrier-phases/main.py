import threading
import time

N = 3
partial = [None] * N           # phase 1: worker i writes partial[i]


def worker(i):
    # Phase 1: compute my part (workers take different times)
    time.sleep(0.5 * (i + 1))
    partial[i] = (i + 1) * 10
    # Phase 2: everyone uses the results of phase 1
    total = sum(p for p in partial if p is not None)
    print("worker", i, "sees total", total)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
