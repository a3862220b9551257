/// `concurrent.futures._base`: futures, `wait`, `as_completed`, `Executor`, written
/// for the tutor and laid out (`#@line`) so that the lines tracebacks show from it
/// are where CPython 3.11's `_base.py` has them.
enum FuturesBaseSource {
    static let filename = "/usr/lib/python3.11/concurrent/futures/_base.py"

    static let text = #"""
"""Futures, and waiting for them."""

import sys as _sys
import threading
import time
import _thread

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """Raised when an executor can no longer run the work given to it."""
    __module__ = 'concurrent.futures._base'


class _Waiter:
    """Collects the futures that complete while wait() or as_completed() waits.

    Futures call add_result/add_exception/add_cancelled holding their own
    condition; the waiter's lock is taken after it, never before."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished_futures = []

    def _add(self, future, stops):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode == _AS_COMPLETED or self.mode == FIRST_COMPLETED or stops
                    or self.pending <= 0):
                self.event.set()

    def add_result(self, future):
        self._add(future, False)

    def add_exception(self, future):
        self._add(future, self.mode == FIRST_EXCEPTION)

    def add_cancelled(self, future):
        self._add(future, False)


def _notify_waiter(waiter, f):
    """Tells waiter about f, which is done; the caller holds f's condition."""
    if f._state == FINISHED:
        if f._exception is None:
            waiter.add_result(f)
        else:
            waiter.add_exception(f)
    else:
        waiter.add_cancelled(f)


def _install_waiter(fs, mode):
    """Registers one waiter on every future of fs that is not yet complete; those
    already complete are reported to it at once."""
    waiter = _Waiter(mode, len(fs))
    for f in fs:
        with f._condition:
            if f._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                _notify_waiter(waiter, f)
            else:
                f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def _is_complete(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


#@line 199
def as_completed(fs, timeout=None):
    """Yields the futures of fs as they complete (finished or cancelled)."""
    if timeout is not None:
        end_time = timeout + time.monotonic()

    # Distinct futures in the caller's order, not a set's (address) order, so that a
    # scheduled run replays.
    fs = list(dict.fromkeys(fs))
    total_futures = len(fs)
    waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        with waiter.lock:
            finished = waiter.finished_futures
            waiter.finished_futures = []
            waiter.event.clear()
        pending = set(fs) - set(finished)
        while finished:
            f = finished.pop(0)
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
#@line 239
                    raise TimeoutError(
                            '%d (of %d) futures unfinished' % (
                            len(pending), total_futures))

            waiter.event.wait(wait_timeout)

            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()

            while finished:
                f = finished.pop(0)
                pending.discard(f)
                yield f
    finally:
        _remove_waiter(fs, waiter)


class DoneAndNotDoneFutures(object):
    """wait()'s result, a named pair of sets: (done, not_done).

    CPython's is a namedtuple; the tutor's behaves as one for the uses programs make
    of it: the two fields, unpacking, indexing, len, == and repr."""
    __module__ = 'concurrent.futures._base'
    __slots__ = ('done', 'not_done')

    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __getitem__(self, index):
        return (self.done, self.not_done)[index]

    def __len__(self):
        return 2

    def __eq__(self, other):
        if isinstance(other, (DoneAndNotDoneFutures, tuple)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self.done, self.not_done)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until return_when holds for fs, or timeout; returns (done, not_done)."""
    # Iterated in the caller's order (see as_completed); the results are sets.
    fs = list(dict.fromkeys(fs))
    done = set(f for f in fs if _is_complete(f))
    not_done = set(fs) - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    elif return_when == FIRST_EXCEPTION and done:
        if any(f for f in done if not f.cancelled() and f.exception() is not None):
            return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)

    waiting = [f for f in fs if f in not_done]
    waiter = _install_waiter(waiting, return_when)
    try:
        waiter.event.wait(timeout)
    finally:
        _remove_waiter(waiting, waiter)
    done = set(f for f in fs if _is_complete(f))
    return DoneAndNotDoneFutures(done, set(fs) - done)


#@line 314
def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Future(object):
    """The result of a call that may not have completed yet."""
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_callback_error(self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancels the future unless it is running or done; True if it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

#@line 398
    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future completes (now, if it already has)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_callback_error(self)

#@line 428
    def result(self, timeout=None):
        """The call's result, waiting up to timeout seconds (None: forever)."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
#@line 447
                    raise CancelledError()
                elif self._state == FINISHED:
#@line 449
                    return self.__get_result()

                self._condition.wait(timeout)

                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
#@line 454
                    raise CancelledError()
                elif self._state == FINISHED:
#@line 456
                    return self.__get_result()
                else:
#@line 458
                    raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The call's exception (None if it returned), waiting up to timeout seconds."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
#@line 483
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
#@line 490
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
#@line 494
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """Marks the future running (True), or, if it was cancelled, tells its waiters (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Completes the future with result."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Completes the future with exception."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


def _log_callback_error(future):
    # CPython logs "exception calling callback for <Future ...>" with the traceback.
    exc = _sys.exc_info()[1]
    stderr = _sys.stderr
    if stderr is not None:
        stderr.write('exception calling callback for %r\n' % (future,))
        stderr.write(_thread._format_exception(exc))


class Executor(object):
    """Base class of executors: submit(), map(), shutdown() and `with`."""
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run concurrently; results in order."""
        if timeout is not None:
            end_time = timeout + time.monotonic()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
#@line 619
                        yield _result_or_cancel(fs.pop())
                    else:
#@line 621
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
"""#
}
