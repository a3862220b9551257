/// `concurrent.futures.thread`: `ThreadPoolExecutor`, written for the tutor over
/// `threading` and `queue`, laid out (`#@line`) so that the lines tracebacks show
/// from it (a worker's call, `submit` after shutdown) are where CPython 3.11's
/// `thread.py` has them. Workers are ordinary `threading.Thread`s, so each is an
/// interpreter thread with its own ThreadState that takes the GIL, and a scheduled
/// run's seed decides when they run. asyncio's default executor is this class too.
enum FuturesThreadSource {
    static let filename = "/usr/lib/python3.11/concurrent/futures/thread.py"

    static let text = #"""
"""A pool of worker threads that run submitted calls."""

import threading
import queue

# Every worker thread and its executor's work queue, so that the interpreter's exit
# can tell idle workers to stop and wait for the busy ones.
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem(object):
    """One submitted call and the future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

#@line 53
    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return

        try:
#@line 58
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs, work_item=None):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            stderr = _base._sys.stderr
            if stderr is not None:
                stderr.write('Exception in initializer:\n')
                stderr.write(_base._thread._format_exception(exc))
            if work_item is not None:
                work_item.future.set_exception(BrokenThreadPool(
                    'A thread initializer failed, the thread pool is not usable anymore'))
            executor._initializer_failed()
            return
    while True:
        if work_item is None:
            work_item = work_queue.get(block=True)
        if work_item is None:
            # Shutdown: pass the signal on to the next idle worker.
            work_queue.put(None)
            return
        work_item.run()
        work_item = None
        executor._idle_semaphore.release()


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool can run nothing more."""
    __module__ = 'concurrent.futures.thread'


_pool_counter = [0]
_pool_counter_lock = threading.Lock()


def _next_pool_number():
    with _pool_counter_lock:
        n = _pool_counter[0]
        _pool_counter[0] = n + 1
        return n


class ThreadPoolExecutor(_base.Executor):
    """Runs submitted calls on up to max_workers threads, started as needed."""
    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._thread_list = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _next_pool_number()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) and returns its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
#@line 167
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            if not self._adjust_thread_count(w):
                self._work_queue.put(w)
            return f

    def _adjust_thread_count(self, work_item):
        # An idle worker will take the new item from the queue.
        if self._idle_semaphore.acquire(timeout=0):
            return False

        # Otherwise a new worker starts with the item in hand, so which worker runs
        # which item does not depend on which thread the OS wakes first.
        num_threads = len(self._thread_list)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs,
                                       work_item))
            t._dispatch_label = thread_name
            t.start()
            self._threads.add(t)
            self._thread_list.append(t)
            _threads_queues[t] = self._work_queue
            return True
        return False

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stops accepting work; optionally cancels queued calls and waits for the workers."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._thread_list:
                t.join()
                _threads_queues.pop(t, None)
"""#
}
