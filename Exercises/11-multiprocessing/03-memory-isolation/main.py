import multiprocessing

results = []


def square(n):
    results.append(n * n)


if __name__ == "__main__":
    processes = [multiprocessing.Process(target=square, args=(n,)) for n in range(5)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print("squares:", sorted(results))
