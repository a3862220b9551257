# A model of CPU-bound work in processes on a laptop with 2 cores.
# Every process has its own interpreter and so its own GIL: a process never
# waits for another process's GIL. But a process can only compute while it
# has a core, and there are only 2 of them.
import threading
import time

cores = threading.Semaphore(2)      # the laptop's 2 cores


def compute(seconds, gil):
    """CPU-bound work: `seconds` of pure-Python computing in one process."""
    for _ in range(round(seconds * 10)):
        with cores:
            with gil:
                time.sleep(0.1)     # 0.1 s of computing on a core


def process(n):
    gil = threading.Lock()          # this process's own GIL
    compute(1, gil)
    print("process", n, "done")


# "Processes" are modelled as threads, each with a GIL of its own.
workers = [threading.Thread(target=process, args=(n,)) for n in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
