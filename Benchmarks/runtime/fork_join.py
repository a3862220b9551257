# Median cost of starting and joining one process (fork + waitpid).
import multiprocessing, time
def work():
    pass
if __name__ == "__main__":
    times = []
    for _ in range(30):
        t = time.perf_counter()
        p = multiprocessing.Process(target=work)
        p.start()
        p.join()
        times.append(time.perf_counter() - t)
    times.sort()
    print(f"fork+join median {times[len(times)//2]*1000:.2f} ms")
