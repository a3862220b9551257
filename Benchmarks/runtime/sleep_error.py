# How late time.sleep(0.1) returns: the median over 20 sleeps.
import time
errors = []
for _ in range(20):
    t = time.perf_counter()
    time.sleep(0.1)
    errors.append(time.perf_counter() - t - 0.1)
errors.sort()
print("time.sleep(0.1) median error %.0f us" % (errors[10] * 1e6))
