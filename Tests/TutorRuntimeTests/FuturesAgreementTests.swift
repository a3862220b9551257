import XCTest

/// concurrent.futures programs compared with CPython 3.11 (expected outputs recorded
/// with `python3`; stderr paths and `^~~` markers normalised). Every program prints
/// only what does not depend on timing.
final class FuturesAgreementTests: XCTestCase {
    struct Case {
        let name: String
        let source: String
        let stdout: String
        let stderr: String
        let status: Int32
    }

    static let cases: [Case] = [
        Case(name: "basics", source: #"""
import threading, time
from concurrent.futures import ThreadPoolExecutor, Future, CancelledError, TimeoutError, BrokenExecutor
import concurrent.futures as cf

def square(x):
    return x * x

def boom(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x

def whoami(_):
    time.sleep(0.02)
    return threading.current_thread().name

print(cf.TimeoutError is TimeoutError, issubclass(CancelledError, cf._base.Error), issubclass(BrokenExecutor, RuntimeError))
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(square, i) for i in range(6)]
    print([f.result() for f in fs])
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    names = set(ex.map(whoami, range(9)))
    print(all(n.startswith("ThreadPoolExecutor-") for n in names), len(names) <= 3)
    f = ex.submit(boom, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("result raised", repr(e))
    it = ex.map(boom, range(6))
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print("map raised", e, "after", got)
    slow = ex.submit(time.sleep, 0.2)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("result timed out")
    try:
        slow.exception(timeout=0.01)
    except TimeoutError:
        print("exception timed out")
    print(slow.running(), slow.done(), slow.cancel())
try:
    ex.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
with ThreadPoolExecutor(2, thread_name_prefix="worker") as ex:
    print(sorted(set(ex.map(whoami, range(4)))))
ex2 = ThreadPoolExecutor(1)
print(ex2.submit(whoami, 0).result())
ex2.shutdown()
ex3 = ThreadPoolExecutor(1)
gate = threading.Event()
first = ex3.submit(gate.wait)
queued = [ex3.submit(square, i) for i in range(3)]
print([q.cancel() for q in queued[:1]], queued[0].cancelled(), queued[0].done())
gate.set()
ex3.shutdown(wait=True, cancel_futures=True)
print(first.result(), [q.cancelled() for q in queued])
try:
    queued[0].result()
except CancelledError:
    print("CancelledError")
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
f = Future()
print(f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: print("callback", fut.result()))
f.set_result(42)
f.add_done_callback(lambda fut: print("late callback", fut.result()))
try:
    f.set_result(1)
except cf._base.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
g = Future()
g.set_exception(KeyError("k"))
print(repr(g.exception()), g.done())
h = Future()
print(h.cancel(), h.cancelled(), h.done())
print(sorted(n for n in cf.__all__ if n != "ProcessPoolExecutor"))
"""#,
             stdout: #"""
True True True
[0, 1, 4, 9, 16, 25]
[0, 1, 4, 9, 16, 25, 36, 49]
[32, 9]
True True
ValueError bad 3
result raised ValueError('bad 3')
map raised bad 3 after [0, 1, 2]
result timed out
exception timed out
True False False
RuntimeError: cannot schedule new futures after shutdown
['worker_0', 'worker_1']
ThreadPoolExecutor-1_0
[True] True True
True [True, True, True]
CancelledError
ValueError: max_workers must be greater than 0
False False False
callback 42
late callback 42
InvalidStateError FINISHED
KeyError('k') True
True True True
['ALL_COMPLETED', 'BrokenExecutor', 'CancelledError', 'Executor', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'Future', 'ThreadPoolExecutor', 'TimeoutError', 'as_completed', 'wait']
"""#,
             stderr: "",
             status: 0),
        Case(name: "waiting", source: #"""
import time
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, Future)

def sleepy(t, v):
    time.sleep(t)
    return v

def fail_after(t):
    time.sleep(t)
    raise RuntimeError("failed")

with ThreadPoolExecutor(max_workers=4) as ex:
    fast = ex.submit(sleepy, 0.01, "fast")
    slow = ex.submit(sleepy, 0.2, "slow")
    done, not_done = wait([fast, slow], return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED", [f.result() for f in done], len(not_done))
    r = wait([fast, slow], return_when=ALL_COMPLETED)
    print("ALL_COMPLETED", sorted(f.result() for f in r.done), r.not_done)
    bad = ex.submit(fail_after, 0.01)
    slow2 = ex.submit(sleepy, 0.2, "slow2")
    done, not_done = wait([bad, slow2], return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", [repr(f.exception()) for f in done], [f is slow2 for f in not_done])
    ok = [ex.submit(sleepy, 0.01, i) for i in range(3)]
    done, not_done = wait(ok, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION no error", sorted(f.result() for f in done), len(not_done))
    pending = Future()
    done, not_done = wait([pending, fast], timeout=0.02)
    print("timeout", done == {fast}, not_done == {pending})
    print(len(wait([fast]) ), wait([fast])[0] == {fast})
    order = []
    fs = {ex.submit(sleepy, 0.03 * (3 - i), i): i for i in range(3)}
    for f in as_completed(fs):
        order.append((fs[f], f.result()))
    print("as_completed", sorted(order))
    print("already done", [f.result() for f in as_completed([fast])])
    never = Future()
    try:
        for f in as_completed([fast, never], timeout=0.02):
            print("got", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    try:
        list(ex.map(sleepy, [0.2], [1], timeout=0.01))
    except TimeoutError:
        print("map timed out")
"""#,
             stdout: #"""
FIRST_COMPLETED ['fast'] 1
ALL_COMPLETED ['fast', 'slow'] set()
FIRST_EXCEPTION ["RuntimeError('failed')"] [True]
FIRST_EXCEPTION no error [0, 1, 2] 0
timeout True True
2 True
as_completed [(0, 0), (1, 1), (2, 2)]
already done ['fast']
got fast
TimeoutError: 1 (of 2) futures unfinished
map timed out
"""#,
             stderr: "",
             status: 0),
        Case(name: "traceback_result", source: #"""
from concurrent.futures import ThreadPoolExecutor

def divide(a, b):
    return a / b

with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(divide, [4, 9], [2, 3])))
    results = ex.map(divide, [1, 2], [1, 0])
    for r in results:
        print(r)
"""#,
             stdout: #"""
[2.0, 3.0]
1.0
"""#,
             stderr: #"""
Traceback (most recent call last):
  File "/tmp/fp/traceback_result.py", line 9, in <module>
    for r in results:
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/concurrent/futures/_base.py", line 619, in result_iterator
    yield _result_or_cancel(fs.pop())
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/concurrent/futures/_base.py", line 317, in _result_or_cancel
    return fut.result(timeout)
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/concurrent/futures/_base.py", line 449, in result
    return self.__get_result()
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result
    raise self._exception
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/concurrent/futures/thread.py", line 58, in run
    result = self.fn(*self.args, **self.kwargs)
  File "/tmp/fp/traceback_result.py", line 4, in divide
    return a / b
ZeroDivisionError: division by zero
"""#,
             status: 1),
        Case(name: "traceback_timeout", source: #"""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
ex = ThreadPoolExecutor(1)
f = ex.submit(time.sleep, 0.1)
for g in as_completed([f], timeout=0.01):
    print(g)
"""#,
             stdout: "",
             stderr: #"""
Traceback (most recent call last):
  File "/tmp/fp/traceback_timeout.py", line 5, in <module>
    for g in as_completed([f], timeout=0.01):
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/concurrent/futures/_base.py", line 239, in as_completed
    raise TimeoutError(
TimeoutError: 1 (of 1) futures unfinished
"""#,
             status: 1),
        Case(name: "traceback_shutdown", source: #"""
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(1)
print(ex.submit(abs, -3).result())
ex.shutdown()
ex.submit(abs, -4)
"""#,
             stdout: #"""
3
"""#,
             stderr: #"""
Traceback (most recent call last):
  File "/tmp/fp/traceback_shutdown.py", line 5, in <module>
    ex.submit(abs, -4)
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/concurrent/futures/thread.py", line 167, in submit
    raise RuntimeError('cannot schedule new futures after shutdown')
RuntimeError: cannot schedule new futures after shutdown
"""#,
             status: 1),
        Case(name: "lecture", source: #"""
import concurrent.futures
import time

def worker():
    print("Worker thread running")

# create a thread pool with 2 threads
pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)

# submit tasks to the pool
pool.submit(worker)
pool.submit(worker)

# wait for all tasks to complete
pool.shutdown(wait=True)

print("Main thread continuing to run")

def fetch(n):
    time.sleep(0.2)
    return n * 10

start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
    print(list(executor.map(fetch, range(4))))
elapsed = time.perf_counter() - start
print("overlapped:", elapsed < 0.6)
"""#,
             stdout: #"""
Worker thread running
Worker thread running
Main thread continuing to run
[0, 10, 20, 30]
overlapped: True
"""#,
             stderr: "",
             status: 0),
        Case(name: "noshutdown", source: #"""
import time
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(2)
def job(i):
    time.sleep(0.05)
    print("job", i, "finished")
ex.submit(job, 1)
print("main done")
"""#,
             stdout: #"""
main done
job 1 finished
"""#,
             stderr: "",
             status: 0),
    ]

    func testProgramsAgreeWithCPython() {
        for c in Self.cases {
            let outcome = runPython(c.source + "\n", filename: c.name + ".py", timeLimit: 20)
            XCTAssertEqual(normalize(outcome.stdout).trimmingCharacters(in: .newlines), c.stdout, "stdout of \(c.name)")
            XCTAssertEqual(normalize(outcome.stderr).trimmingCharacters(in: .newlines),
                           normalize(c.stderr).trimmingCharacters(in: .newlines), "stderr of \(c.name)")
            XCTAssertEqual(outcome.status, c.status, "status of \(c.name)")
        }
    }
}
