import queue
import threading
import time

q = queue.Queue()


def synchronized_consume():
    while True:
        item = q.get()
        time.sleep(0.1)             # working on the item
        print("got an item:", item)
        q.task_done()               # tell q.join() this item is processed


def synchronized_produce():
    consumer = threading.Thread(target=synchronized_consume, daemon=True)
    consumer.start()
    for i in range(10):
        q.put(i)
    q.join()                        # wait until every item has been processed
    print("all items processed")


synchronized_produce()
