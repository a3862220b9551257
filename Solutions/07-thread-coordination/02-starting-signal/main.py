import threading
import time


def runner(name, go):
    """Print that `name` is ready, wait for the starting signal `go`, then run."""
    print(name, "is ready")
    go.wait()
    print(name, "runs")


def race(names):
    """Start one runner thread per name, give the signal after 1 second,
    then wait for every runner to finish."""
    go = threading.Event()
    runners = [threading.Thread(target=runner, args=(name, go), name=name) for name in names]
    for r in runners:
        r.start()
    time.sleep(1)
    print("GO!")
    go.set()
    for r in runners:
        r.join()


if __name__ == "__main__":
    race(["Kay", "John", "Skylar"])
