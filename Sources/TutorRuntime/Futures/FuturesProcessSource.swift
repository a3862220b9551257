/// `concurrent.futures.process`: `ProcessPoolExecutor`, written for the tutor over
/// `multiprocessing.Pool` (forked workers). One manager thread owns the pool:
/// `submit` hands it work through a queue, and it dispatches calls and collects
/// results, so the pool is only ever used from that thread. In a scheduled run the
/// manager polls without timed waits, so virtual time does not drift while the
/// forked workers compute in real time.
enum FuturesProcessSource {
    static let filename = "/usr/lib/python3.11/concurrent/futures/process.py"

    static let text = #"""
"""A pool of worker processes that run submitted calls."""

import threading
import queue
import multiprocessing

_STOP = object()
_executors = []


def _python_exit():
    for executor in list(_executors):
        executor.shutdown(wait=True)


threading._register_atexit(_python_exit)


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a worker process of a ProcessPoolExecutor ended abruptly."""


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = multiprocessing.cpu_count()
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._pool = multiprocessing.Pool(max_workers, initializer, initargs)
        self._work = queue.Queue()
        self._shutdown_lock = threading.Lock()
        self._shutdown_thread = False
        self._manager = threading.Thread(target=self._manage, name="QueueManagerThread")
        self._manager.start()
        _executors.append(self)

    def _manage(self):
        running = []
        stopping = False
        poll = 0 if _scheduled() else 0.002
        while True:
            try:
                if running or stopping:
                    item = self._work.get(timeout=poll) if poll else self._work.get_nowait()
                else:
                    item = self._work.get()
            except queue.Empty:
                item = None
            if item is _STOP:
                stopping = True
            elif item is not None and item.future.set_running_or_notify_cancel():
                try:
                    result = self._pool.apply_async(item.fn, item.args, item.kwargs)
                except BaseException as exc:
                    item.future.set_exception(exc)
                else:
                    running.append((item.future, result))
            still = []
            for future, result in running:
                if result.ready():
                    try:
                        future.set_result(result.get())
                    except BaseException as exc:
                        future.set_exception(exc)
                else:
                    still.append((future, result))
            running = still
            if stopping and not running and self._work.empty():
                break
        self._pool.close()
        self._pool.join()

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            self._work.put(_WorkItem(f, fn, args, kwargs))
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            if self._shutdown_thread:
                if wait:
                    self._manager.join()
                return
            self._shutdown_thread = True
            if cancel_futures:
                pending = []
                while True:
                    try:
                        item = self._work.get_nowait()
                    except queue.Empty:
                        break
                    if item is not _STOP:
                        item.future.cancel()
            self._work.put(_STOP)
        if self in _executors:
            _executors.remove(self)
        if wait:
            self._manager.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
"""#
}
