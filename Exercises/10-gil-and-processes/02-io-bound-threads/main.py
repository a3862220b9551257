# The same model of the GIL: only the thread holding `gil` runs Python code.
# This time the work is I/O-bound: a little Python code, then a long wait for
# the network. Waiting is not running Python code, so CPython releases the GIL
# while a thread waits for I/O (time.sleep here stands for the network).
import threading
import time

gil = threading.Lock()


def download(url):
    with gil:
        time.sleep(0.01)            # a few lines of Python to send the request
    time.sleep(1)                   # waiting for the server: the GIL is free
    with gil:
        time.sleep(0.01)            # a few lines of Python to read the answer
    return url


def worker(n):
    download("https://example.com/page%d" % n)
    print("worker", n, "done")


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
