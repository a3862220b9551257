import threading

x = 0
go = threading.Event()


def increment():
    global x
    go.wait()          # both threads line up here...
    seen = x           # ...read x...
    x = seen + 1       # ...and write it back, plus one


t1 = threading.Thread(target=increment)
t2 = threading.Thread(target=increment)
t1.start()
t2.start()
go.set()               # ready, steady, go!
t1.join()
t2.join()
print("x =", x)
