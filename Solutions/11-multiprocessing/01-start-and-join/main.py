import multiprocessing
import time


def worker(i):
    time.sleep(0.5)                 # some work
    print(f'Worker {i} finished')


if __name__ == '__main__':
    processes = []
    for i in range(3):
        p = multiprocessing.Process(target=worker, args=(i,))
        p.start()
        processes.append(p)
    for p in processes:
        p.join()
    print('All workers finished')
