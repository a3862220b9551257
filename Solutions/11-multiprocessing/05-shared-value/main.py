import multiprocessing


def deposit(balance, times):
    for _ in range(times):
        with balance.get_lock():                 # one process at a time
            balance.value += 1


if __name__ == "__main__":
    balance = multiprocessing.Value('i', 0)      # an int in shared memory
    processes = [multiprocessing.Process(target=deposit, args=(balance, 2500))
                 for _ in range(4)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print("balance =", balance.value)
