# A model of the GIL. One thread may run Python code at a time: the one that
# holds `gil`. One second of pure-Python computing is modelled as holding the
# GIL for 1 second; like CPython, a thread lets go of the GIL every so often
# (here every 0.1 s) so that the other threads get a turn.
import threading
import time

gil = threading.Lock()


def compute(seconds):
    """CPU-bound work: `seconds` of pure-Python computing."""
    for _ in range(round(seconds * 10)):
        with gil:
            time.sleep(0.1)         # 0.1 s of computing, holding the GIL


def worker(n):
    compute(1)
    print("worker", n, "done")


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
