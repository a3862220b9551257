import threading
import time

def tryit(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)

def nothing():
    pass

t = threading.Thread(target=nothing)
print(repr(t))
tryit("join before start", t.join)
t.start()
tryit("start twice", t.start)
t.join()
print(repr(t))
print(t.is_alive(), type(t.ident), type(t.native_id), t.daemon)
tryit("join self", threading.current_thread().join)
tryit("set daemon after start", lambda: setattr(t, "daemon", True))
tryit("group", lambda: threading.Thread(group=1))
print(threading.Thread(target=print, name=5).name)
print(threading.Thread(target=lambda: 0).name)
print(threading.Thread().name)
print(threading.Timer(1, print).name)
print(threading.Thread(name="").name)

class Callable:
    def __call__(self):
        pass
print(threading.Thread(target=Callable()).name)

class Greeter(threading.Thread):
    def __init__(self, greeting):
        super().__init__(daemon=True)
        self.greeting = greeting
        self.result = None

    def run(self):
        self.result = self.greeting + ", " + self.name

g = Greeter("hello")
print(g.daemon, repr(g))
g.start()
g.join()
print(g.result, g.is_alive(), repr(g))
g.name = "renamed"
print(g.name, g.daemon)

class Forgot(threading.Thread):
    def __init__(self):
        pass

tryit("start without __init__", Forgot().start)

def args_and_kwargs(a, b, *, c):
    print("got", a, b, c)

t = threading.Thread(target=args_and_kwargs, args=(1, 2), kwargs={"c": 3})
t.start()
t.join()
t = threading.Thread(target=nothing)
t.start()
print("join timeout returns", t.join(timeout=5))
d = threading.Thread(target=time.sleep, args=(0.2,), daemon=True)
d.start()
d.join(0.01)
print("daemon alive after short join:", d.is_alive(), repr(d).split(",")[1].split()[:2])
d.join()
print(threading.main_thread().is_alive(), threading.current_thread().daemon)

L = threading.Lock()
tryit("timeout -2", lambda: L.acquire(timeout=-2))
tryit("non-blocking timeout", lambda: L.acquire(False, 1))
tryit("huge timeout", lambda: L.acquire(timeout=1e20))
tryit("str timeout", lambda: L.acquire(timeout="a"))
tryit("three arguments", lambda: L.acquire(1, 2, 3))
tryit("bad keyword", lambda: L.acquire(x=1))
tryit("release unlocked", L.release)
print(L, L.acquire(), L, L.locked(), L.acquire(False), L.acquire(timeout=0.01))
L.release()
with L:
    print("in with:", L.locked())
print("after with:", L.locked())
tryit("lock attribute", lambda: setattr(L, "x", 1))
R = threading.RLock()
tryit("release unowned rlock", R.release)
print(R.acquire(), R.acquire(), R)
R.release(); R.release()
print(R)
print(type(L), type(R), threading.Lock, threading.ThreadError, threading.TIMEOUT_MAX)

tryit("sleep -1", lambda: time.sleep(-1))
tryit("sleep str", lambda: time.sleep("a"))
tryit("sleep None", lambda: time.sleep(None))
tryit("sleep nan", lambda: time.sleep(float("nan")))
tryit("sleep huge", lambda: time.sleep(1e300))
tryit("sleep no args", lambda: time.sleep())
tryit("sleep 0", lambda: time.sleep(0))
tryit("semaphore -1", lambda: threading.Semaphore(-1))
tryit("semaphore non-blocking timeout", lambda: threading.Semaphore(1).acquire(False, 1))
tryit("semaphore release 0", lambda: threading.Semaphore(1).release(0))
tryit("wait unowned", lambda: threading.Condition().wait())
tryit("notify unowned", lambda: threading.Condition().notify())
tryit("local args", lambda: threading.local(1))
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
tryit("switch interval 0", lambda: sys.setswitchinterval(0))
tryit("switch interval str", lambda: sys.setswitchinterval("a"))
