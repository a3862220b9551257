import multiprocessing


def square(n, queue):
    queue.put(n * n)                # send the result to the parent


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    processes = [multiprocessing.Process(target=square, args=(n, queue)) for n in range(5)]
    for p in processes:
        p.start()
    results = [queue.get() for _ in processes]
    for p in processes:
        p.join()
    print("squares:", sorted(results))
