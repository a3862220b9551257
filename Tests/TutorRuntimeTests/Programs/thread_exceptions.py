import sys
import threading

def divide():
    return 1 / 0

def f():
    divide()

t = threading.Thread(target=f)
t.start()
t.join()
print("main continues", t.is_alive())

class Worker(threading.Thread):
    def run(self):
        raise ValueError("bad value in " + self.name)

w = Worker(name="worker")
w.start()
w.join()

def exits():
    sys.exit(3)

t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")

def not_callable_target():
    pass

t = threading.Thread(target=42)
t.start()
t.join()

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

threading.excepthook = hook
t = threading.Thread(target=f, name="hooked")
t.start()
t.join()
print(seen)

threading.excepthook = threading.__excepthook__
print("done")
raise KeyError("main fails after threads")
