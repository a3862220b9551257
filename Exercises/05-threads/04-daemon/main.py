import threading
import time


def ticker():
    for i in range(1, 6):
        print("tick", i)
        time.sleep(1)
    print("ticker finished")


t = threading.Thread(target=ticker, daemon=True)
t.start()
time.sleep(2.5)
print("main thread done")
