# Two CPU-bound threads share the GIL. Each records the clock in a tight loop; a
# gap in one thread's readings is a stretch the other thread held the GIL, so
# the median gap is the switch interval (5 ms) plus the cost of a hand-off.
import threading, time
def spin(samples, stop):
    now = time.perf_counter
    while not stop:
        samples.append(now())
a, b, stop = [], [], []
ta = threading.Thread(target=spin, args=(a, stop))
tb = threading.Thread(target=spin, args=(b, stop))
ta.start(); tb.start()
time.sleep(1.0)
stop.append(True)
ta.join(); tb.join()
gaps = sorted(y - x for s in (a, b) for x, y in zip(s, s[1:]) if y - x > 0.0005)
print("GIL hand-offs: %d, median gap %.2f ms" % (len(gaps), gaps[len(gaps) // 2] * 1000 if gaps else 0))
