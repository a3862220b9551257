import multiprocessing
import time


def worker(i):
    time.sleep(0.5)                 # some work
    print(f'Worker {i} finished')


if __name__ == '__main__':
    for i in range(3):
        p = multiprocessing.Process(target=worker, args=(i,))
        p.start()
    print('All workers finished')
