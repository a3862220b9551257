/// Parts of `asyncio` kept in files of their own, named and laid out (`#@line`) so
/// that the lines tracebacks show from them are where CPython 3.11 has them:
/// a coroutine cancelled in `sleep`, a `wait_for` timing out, an exception from a
/// `to_thread` function (whose worker frame comes from `concurrent.futures.thread`,
/// the one thread pool, which asyncio's default executor is). Each part sees the core module's names as globals (and
/// the core module as `events`, `exceptions` and `futures`); its exports are copied
/// into the core module.
enum AsyncioPartsSource {
    struct Part {
        let module: String
        let filename: String
        let exports: [String]
        let text: String
    }

    static let parts: [Part] = [
        Part(module: "asyncio.threads", filename: "/usr/lib/python3.11/asyncio/threads.py",
             exports: ["to_thread"], text: threads),
        Part(module: "asyncio.tasks", filename: "/usr/lib/python3.11/asyncio/tasks.py",
             exports: ["wait", "wait_for", "as_completed", "sleep"], text: tasks),
        Part(module: "asyncio.timeouts", filename: "/usr/lib/python3.11/asyncio/timeouts.py",
             exports: ["Timeout", "timeout", "timeout_at"], text: timeouts),
    ]

    static let threads = #"""
"""High-level support for working with threads in asyncio"""

__all__ = ('to_thread',)


#@line 12
async def to_thread(func, /, *args, **kwargs):
    """Run *func* in a separate thread and return the coroutine to await."""
    loop = events.get_running_loop()
    func_call = _Call(func, args, kwargs)
#@line 25
    return await loop.run_in_executor(None, func_call)
"""#

    static let tasks = #"""
"""Waiting for tasks and futures, and sleeping."""


#@line 399
async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks in fs; returns (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
#@line 428
    return await _wait(fs, timeout, return_when, loop)


#@line 436
async def wait_for(fut, timeout):
    """Wait for fut to complete, cancelling it and raising TimeoutError after timeout."""
    loop = events.get_running_loop()
    if timeout is None:
#@line 452
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
#@line 458
            return fut.result()
#@line 460
        await _cancel_and_wait(fut, loop=loop)
        try:
#@line 462
            return fut.result()
        except exceptions.CancelledError as exc:
#@line 464
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
#@line 476
            await waiter
        except exceptions.CancelledError:
            if fut.done():
#@line 479
                return fut.result()
            else:
                fut.remove_done_callback(cb)
#@line 485
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
#@line 489
            return fut.result()
        else:
            fut.remove_done_callback(cb)
#@line 495
            await _cancel_and_wait(fut, loop=loop)
            try:
#@line 500
                return fut.result()
            except exceptions.CancelledError as exc:
#@line 502
                raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


#@line 507
async def _wait(fs, timeout, return_when, loop):
    """The body of wait(): fs is a non-empty set of futures."""
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
#@line 535
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


#@line 551
async def _cancel_and_wait(fut, loop):
    """Cancel fut and wait until it is done."""
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
#@line 562
        await waiter
    finally:
        fut.remove_done_callback(cb)


#@line 568
def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give the results of fs as they complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    handle = [None]

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and handle[0] is not None:
            handle[0].cancel()

#@line 610
    async def _wait_for_one():
        f = await done.get()
        if f is None:
            # Dummy value from _on_timeout().
            raise exceptions.TimeoutError
        return f.result()  # May raise f.exception().

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        handle[0] = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


#@line 626
def __sleep0():
    """Skip one event loop run cycle (the bare yield sleep(0) awaits)."""
#@line 634
    yield


#@line 637
async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await __sleep0()
        return result

    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
#@line 649
        return await future
    finally:
        h.cancel()


# `await __sleep0()` needs an awaitable: the class gives the generator above one.
_sleep0_generator = __sleep0


class __sleep0:
    def __await__(self):
        return _sleep0_generator()
"""#

    static let timeouts = #"""
"""Timeouts as asynchronous context managers."""

__all__ = ('Timeout', 'timeout', 'timeout_at')


#@line 25
class Timeout:
    """An async context manager that cancels the task inside it at a deadline."""

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'entered':
            if self._state == 'created':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        self._when = when
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'entered':
            info.append(f'when={self._when!r}')
        return f"<Timeout [{self._state}]{' '.join(info)}>"

#@line 85
    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'entered'
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

#@line 97
    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
#@line 115
                raise TimeoutError from exc_val
        elif self._state == 'entered':
            self._state = 'exited'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


#@line 129
def timeout(delay):
    """Timeout after delay seconds (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


#@line 149
def timeout_at(when):
    """Timeout at the loop time when (None: never)."""
    return Timeout(when)
"""#
}
