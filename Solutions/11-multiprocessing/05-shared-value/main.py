import multiprocessing


def deposit(balance, start, times):
    start.wait()                                 # all begin at the same moment
    for _ in range(times):
        with balance.get_lock():                 # one process at a time
            balance.value += 1


if __name__ == "__main__":
    balance = multiprocessing.Value('i', 0)      # an int in shared memory
    start = multiprocessing.Event()
    processes = [multiprocessing.Process(target=deposit, args=(balance, start, 10000))
                 for _ in range(4)]
    for p in processes:
        p.start()
    start.set()
    for p in processes:
        p.join()
    print("balance =", balance.value)
