/// `Pool`, `AsyncResult`, `Pipe` and `Queue` of the bundled `multiprocessing`
/// (appended to `MultiprocessingSource`, so they share its globals). Pool workers
/// are forked daemon processes, each with a task pipe and a result pipe; values
/// cross them through the Swift serializer (`_send`/`_recv`). There is no
/// handler thread: the parent hands out tasks and collects results whenever the
/// program calls into the pool (`apply_async`, `ready`, `get`, `map`, `join`).
enum MultiprocessingPoolSource {
    static let text = #"""
class PicklingError(Exception):
    pass
PicklingError.__module__ = '_pickle'

class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

def _pool_worker(tasks, results, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            ok, task = _recv(tasks, None)
        except EOFError:
            break
        if task is None:
            break
        job, i, payload = task
        try:
            func, args, kwds = _loads(payload)
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            _send(results, (job, i, result))
        except Exception as e:
            _send(results, (job, i, (False, MaybeEncodingError(e, result[1]))))

class _Worker:
    def __init__(self, process, tasks, results):
        self.process = process
        self.tasks = tasks
        self.results = results
        self.busy = False

RUN = 0
CLOSE = 1
TERMINATE = 2

class ApplyResult:
    def __init__(self, pool, count, callback=None, error_callback=None):
        self._pool = pool
        self._values = [None] * count
        self._left = count
        self._error = None
        self._callback = callback
        self._error_callback = error_callback
        if count == 0:
            self._finish()

    def _set(self, i, ok, value):
        if ok:
            self._values[i] = value
        elif self._error is None:
            self._error = value
        self._left -= 1
        if self._left == 0:
            self._finish()

    def _finish(self):
        if self._error is None:
            if self._callback is not None:
                self._callback(self._value())
        elif self._error_callback is not None:
            self._error_callback(self._error)

    def _value(self):
        return self._values[0]

    def ready(self):
        if self._left > 0:
            self._pool._pump(0)
        return self._left == 0

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._error is None

    def wait(self, timeout=None):
        self._pool._wait_for(self, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._error is not None:
            raise self._error
        return self._value()

AsyncResult = ApplyResult

class MapResult(ApplyResult):
    def _value(self):
        return self._values

class Pool(object):
    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._state = RUN
        self._workers = []
        self._pending = []
        self._jobs = {}
        self._job_counter = 0
        if processes is None:
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        for _ in range(processes):
            task_r, task_w = _pipe()
            result_r, result_w = _pipe()
            p = Process(target=_pool_worker, args=(task_r, result_w, initializer, initargs))
            p.name = p.name.replace('Process', 'ForkPoolWorker')
            p.daemon = True
            p.start()
            _close(task_r)
            _close(result_w)
            self._workers.append(_Worker(p, task_w, result_r))

    def __repr__(self):
        state = ['RUN', 'CLOSE', 'TERMINATE'][self._state]
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (state, len(self._workers))

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, items):
        self._job_counter += 1
        job = self._job_counter
        self._jobs[job] = result
        for i, (func, args, kwds) in enumerate(items):
            try:
                payload = _dumps((func, args, kwds))
            except Exception as e:
                result._set(i, False, e)
                continue
            self._pending.append((job, i, payload))
        if result._left == 0:
            del self._jobs[job]
        self._dispatch()
        return result

    def _dispatch(self):
        for w in self._workers:
            if not self._pending:
                return
            if not w.busy:
                w.busy = True
                _send(w.tasks, self._pending.pop(0))

    def _pump(self, timeout):
        # Collects results that have arrived (waiting up to timeout for one).
        busy = [w for w in self._workers if w.busy]
        if not busy:
            return
        ready = _poll([w.results for w in busy], timeout)
        for w in busy:
            if w.results not in ready:
                continue
            try:
                ok, message = _recv(w.results, 0)
            except EOFError:
                raise RuntimeError("a pool worker died unexpectedly (exit code %s)" % w.process.exitcode)
            if not ok:
                continue
            w.busy = False
            job, i, (success, value) = message
            result = self._jobs.get(job)
            if result is not None:
                result._set(i, success, value)
                if result._left == 0:
                    del self._jobs[job]
        self._dispatch()

    def _wait_for(self, result, timeout):
        if timeout is None:
            while result._left > 0:
                self._pump(None)
            return
        import time
        end = time.monotonic() + timeout
        while result._left > 0:
            left = end - time.monotonic()
            if left <= 0:
                return
            self._pump(left)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, 1, callback, error_callback)
        return self._submit(result, [(func, tuple(args), dict(kwds))])

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        items = [(func, (x,), {}) for x in iterable]
        return self._submit(MapResult(self, len(items), callback, error_callback), items)

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        items = [(func, tuple(args), {}) for args in iterable]
        return self._submit(MapResult(self, len(items), callback, error_callback), items)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        results = [self.apply_async(func, (x,)) for x in iterable]
        def generate():
            for r in results:
                yield r.get()
        return generate()

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        results = [self.apply_async(func, (x,)) for x in iterable]
        def generate():
            left = list(results)
            while left:
                for r in left:
                    if r.ready():
                        left.remove(r)
                        yield r.get()
                        break
                else:
                    self._pump(None)
        return generate()

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE
        for w in self._workers:
            if w.process.exitcode is None:
                w.process.terminate()
        for w in self._workers:
            w.process.join()
            _close(w.tasks)
            _close(w.results)
        self._workers = []
        self._pending = []

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state == CLOSE:
            while self._jobs or self._pending:
                self._pump(None)
            for w in self._workers:
                try:
                    _send(w.tasks, None)
                except OSError:
                    pass
            for w in self._workers:
                w.process.join()
                _close(w.tasks)
                _close(w.results)
            self._workers = []

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

class Connection(object):
    def __init__(self, rfd, wfd):
        self._r = rfd
        self._w = wfd
        self.closed = False

    def _check(self, fd, what):
        if self.closed:
            raise OSError("handle is closed")
        if fd is None:
            raise OSError("connection is " + what)

    def send(self, obj):
        self._check(self._w, "read-only")
        _send(self._w, obj)

    def recv(self):
        self._check(self._r, "write-only")
        return _recv(self._r, None)[1]

    def poll(self, timeout=0.0):
        self._check(self._r, "write-only")
        return bool(_poll([self._r], timeout))

    def close(self):
        if not self.closed:
            self.closed = True
            for fd in (self._r, self._w):
                if fd is not None:
                    _close(fd)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

def Pipe(duplex=True):
    if duplex:
        a_r, b_w = _pipe()
        b_r, a_w = _pipe()
        return Connection(a_r, a_w), Connection(b_r, b_w)
    r, w = _pipe()
    return Connection(r, None), Connection(None, w)

class Queue(object):
    # One pipe; each put writes one whole message. Messages up to the pipe buffer
    # (64 KiB) are never interleaved; a process that is killed mid-put may lose
    # the queue, as in CPython.
    def __init__(self, maxsize=0):
        self._r, self._w = _pipe()

    def put(self, obj, block=True, timeout=None):
        _send(self._w, obj)

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        import queue
        if not block:
            timeout = 0
        ok, value = _recv(self._r, timeout)
        if not ok:
            raise queue.Empty
        return value

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not _poll([self._r], 0)

    def close(self):
        pass

    def join_thread(self):
        pass

class Lock(object):
    # A POSIX semaphore in shared memory, so every process forked later shares it.
    def __init__(self):
        self._sem = _sem_new(1)

    def acquire(self, block=True, timeout=None):
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = 0
        return _sem_acquire(self._sem, timeout)

    def release(self):
        if _sem_value(self._sem) >= 1:
            raise ValueError('semaphore or lock released too many times')
        _sem_release(self._sem)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('None' if _sem_value(self._sem) else 'SomeOtherProcess')

class RLock(Lock):
    def __init__(self):
        Lock.__init__(self)
        self._state = _shm(24)

    def _owner(self):
        return (_shm_get(self._state, 'q', 0), _shm_get(self._state, 'q', 1))

    def acquire(self, block=True, timeout=None):
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = 0
        return _rlock_acquire(self._state, self._sem, timeout)

    def release(self):
        _rlock_release(self._state, self._sem)

    def __repr__(self):
        return '<RLock(%s, %s)>' % (self._owner()[0] or 'None', _shm_get(self._state, 'q', 2))

class Semaphore(Lock):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._sem = _sem_new(value)

    def release(self):
        _sem_release(self._sem)

    def get_value(self):
        return _sem_value(self._sem)

    def __repr__(self):
        return '<Semaphore(value=%s)>' % self.get_value()

class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._bound = value

    def release(self):
        if _sem_value(self._sem) >= self._bound:
            raise ValueError('semaphore or lock released too many times')
        _sem_release(self._sem)

class Event(object):
    # A flag in shared memory, and a semaphore that set() posts once; a waiter
    # that wakes posts it again, so every waiter (in any process) wakes, and the
    # semaphore stays posted while the flag is set.
    def __init__(self):
        self._state = _shm(8)
        self._sem = _sem_new(0)

    def is_set(self):
        return _shm_get(self._state, 'q', 0) == 1

    def set(self):
        if not self.is_set():
            _shm_set(self._state, 'q', 0, 1)
            _sem_release(self._sem)

    def clear(self):
        _shm_set(self._state, 'q', 0, 0)
        while _sem_acquire(self._sem, 0):
            pass

    def wait(self, timeout=None):
        if self.is_set():
            return True
        if timeout is not None and timeout < 0:
            timeout = 0
        if _sem_acquire(self._sem, timeout):
            _sem_release(self._sem)
        return self.is_set()

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), 'set' if self.is_set() else 'unset')

_sizes = {'b': 1, 'B': 1, 'c': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'q': 8, 'f': 4, 'd': 8}

def _size(typecode):
    if not isinstance(typecode, str) or typecode not in _sizes:
        raise TypeError('unsupported typecode %r (use one of %s)' % (typecode, ' '.join(_sizes)))
    return _sizes[typecode]

def _make_lock(lock):
    if lock is True or lock is None:
        return RLock()
    if lock is False:
        return None
    if hasattr(lock, 'acquire'):
        return lock
    raise AttributeError("%r has no method 'acquire'" % lock)

class _Shared(object):
    def get_lock(self):
        if self._lock is None:
            raise AttributeError("'%s' object has no attribute 'get_lock'" % type(self).__name__)
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self.get_lock().acquire(*args)

    def release(self):
        return self.get_lock().release()

    def __enter__(self):
        return self.get_lock().__enter__()

    def __exit__(self, *args):
        return self.get_lock().__exit__(*args)

class _Value(_Shared):
    def __init__(self, typecode, value, lock):
        _size(typecode)
        self._typecode = typecode
        self._address = _shm(8)
        self._lock = lock
        if value is not None:
            _shm_set(self._address, typecode, 0, value)
        elif typecode == 'c':
            _shm_set(self._address, typecode, 0, b'\x00')

    @property
    def value(self):
        return _shm_get(self._address, self._typecode, 0)

    @value.setter
    def value(self, v):
        _shm_set(self._address, self._typecode, 0, v)

    def __repr__(self):
        return '<Synchronized wrapper for c_%s(%r)>' % (self._typecode, self.value)

def Value(typecode_or_type, *args, lock=True):
    return _Value(typecode_or_type, args[0] if args else None, _make_lock(lock))

def RawValue(typecode_or_type, *args):
    return _Value(typecode_or_type, args[0] if args else None, None)

class _Array(_Shared):
    def __init__(self, typecode, size_or_initializer, lock):
        size = _size(typecode)
        if isinstance(size_or_initializer, int):
            items = None
            n = size_or_initializer
        else:
            items = list(size_or_initializer)
            n = len(items)
        self._typecode = typecode
        self._length = n
        self._address = _shm(size * n)
        self._lock = lock
        if items is not None:
            for i, v in enumerate(items):
                _shm_set(self._address, typecode, i, v)

    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._length))]
        return _shm_get(self._address, self._typecode, self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            indices = range(*i.indices(self._length))
            v = list(v)
            if len(v) != len(indices):
                raise ValueError('Can only assign sequence of same size')
            for j, x in zip(indices, v):
                _shm_set(self._address, self._typecode, j, x)
            return
        _shm_set(self._address, self._typecode, self._index(i), v)

    def __iter__(self):
        for i in range(self._length):
            yield self[i]

    def __repr__(self):
        return '<SynchronizedArray wrapper for c_%s_Array_%d>' % (self._typecode, self._length)

def Array(typecode_or_type, size_or_initializer, *, lock=True):
    return _Array(typecode_or_type, size_or_initializer, _make_lock(lock))

def RawArray(typecode_or_type, size_or_initializer):
    return _Array(typecode_or_type, size_or_initializer, None)
"""#
}
