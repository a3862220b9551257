import Foundation
import Glibc
import TutorLanguage
import XCTest
@testable import TutorRuntime

/// `multiprocessing` by real fork(): each program's output was recorded with
/// CPython 3.11 (`python3`, fork start method); programs join before printing so
/// their output is deterministic.
final class MultiprocessingTests: XCTestCase {
    /// After a run every child has been reaped: the test process has no child left.
    private func assertNoZombies(file: StaticString = #filePath, line: UInt = #line) {
        var status: Int32 = 0
        let r = waitpid(-1, &status, WNOHANG)
        XCTAssertTrue(r <= 0, "a child process was left unreaped (pid \(r))", file: file, line: line)
    }

    private func check(_ source: String, stdout: String, status: Int32 = 0,
                       file: StaticString = #filePath, line: UInt = #line) -> Outcome {
        let outcome = runPython(source, timeLimit: 20)
        XCTAssertEqual(outcome.stdout, stdout, file: file, line: line)
        XCTAssertEqual(outcome.status, status, "stderr: \(outcome.stderr)", file: file, line: line)
        assertNoZombies(file: file, line: line)
        return outcome
    }

    func testLectureWorkerLoop() {
        let o = check("""
        import multiprocessing

        def worker(i):
            print(f'Worker {i}')

        if __name__ == '__main__':
            for i in range(3):
                p = multiprocessing.Process(target=worker, args=(i,))
                p.start()
                p.join()
            print(p.name, p.exitcode, p.is_alive(), multiprocessing.current_process().name)
        """, stdout: "Worker 0\nWorker 1\nWorker 2\nProcess-3 0 False MainProcess\n")
        XCTAssertEqual(o.stderr, "")
    }

    func testChildMemoryIsACopy() {
        _ = check("""
        import multiprocessing, os
        data = [1, 2, 3]

        def mutate():
            data.append(99)
            print("child sees", data, multiprocessing.current_process().name, os.getppid() == parent)

        parent = os.getpid()
        p = multiprocessing.Process(target=mutate)
        p.start()
        p.join()
        print("parent sees", data, p.exitcode, p.pid != os.getpid())
        """, stdout: "child sees [1, 2, 3, 99] Process-1 True\nparent sees [1, 2, 3] 0 True\n")
    }

    func testRaisingChildExitsWithOneAndPrintsItsTraceback() {
        let o = check("""
        import multiprocessing, sys

        def boom():
            raise ValueError("bad value")

        def quit_with(code):
            sys.exit(code)

        p = multiprocessing.Process(target=boom)
        p.start()
        p.join()
        print("exitcode", p.exitcode)
        p = multiprocessing.Process(target=quit_with, args=(3,))
        p.start()
        p.join()
        print("exitcode", p.exitcode)
        p = multiprocessing.Process(target=quit_with, args=(None,))
        p.start()
        p.join()
        print("exitcode", p.exitcode)
        """, stdout: "exitcode 1\nexitcode 3\nexitcode 0\n")
        let lines = o.stderr.split(separator: "\n")
        XCTAssertEqual(lines.first, "Process Process-1:")
        XCTAssertEqual(lines.last, "ValueError: bad value")
        XCTAssertTrue(o.stderr.contains("line 314, in _bootstrap"), o.stderr)
    }

    func testTerminateKillAndTimeouts() {
        _ = check("""
        import multiprocessing, time

        def spin():
            while True:
                pass

        p = multiprocessing.Process(target=spin)
        p.start()
        p.join(0.1)
        print(p.is_alive(), p.exitcode)
        p.terminate()
        p.join()
        print(p.is_alive(), p.exitcode)
        p = multiprocessing.Process(target=spin, daemon=True)
        p.start()
        p.kill()
        p.join()
        print(p.exitcode)
        d = multiprocessing.Process(target=time.sleep, args=(30,), daemon=True)
        d.start()
        n = multiprocessing.Process(target=print, args=("non-daemon ran",))
        n.start()
        print("main done")
        """, stdout: "True None\nFalse -15\n-9\nmain done\nnon-daemon ran\n")
    }

    func testForkWhileOtherThreadsRun() {
        // Busy threads hold or want the GIL at the fork; the child has only the
        // forking thread, no GIL, and can start threads of its own.
        _ = check("""
        import multiprocessing, threading

        def busy(stop):
            x = 0
            while not stop:
                x += 1

        def child():
            t = threading.Thread(target=print, args=("thread in child",))
            t.start()
            t.join()
            print("child threads", threading.active_count())

        stop = []
        ts = [threading.Thread(target=busy, args=(stop,)) for _ in range(2)]
        for t in ts:
            t.start()
        for i in range(3):
            p = multiprocessing.Process(target=child)
            p.start()
            p.join()
            print("exit", p.exitcode)
        stop.append(1)
        for t in ts:
            t.join()
        """, stdout: String(repeating: "thread in child\nchild threads 1\nexit 0\n", count: 3))
    }

    func testPoolApplyApplyAsyncAndMap() {
        _ = check("""
        import multiprocessing
        import time

        def add(x, y):
            return x + y

        def square(x):
            return x * x

        def fail(x):
            raise KeyError(x)

        def echo(v):
            return v

        if __name__ == '__main__':
            p = multiprocessing.Pool()
            r = p.apply(add, (3, 4))
            print(r)
            r = p.apply_async(add, (3, 4))
            while not r.ready():
                time.sleep(0.01)
            print(r.ready())
            print(r.successful())
            print(r.get())
            with multiprocessing.Pool(2) as pool:
                print(pool.map(square, range(10)))
                print(pool.starmap(add, [(1, 2), (3, 4)]))
                print(list(pool.imap(square, [5, 6, 7])))
                r = pool.apply_async(fail, (5,))
                r.wait()
                print(r.successful())
                try:
                    r.get()
                except KeyError as e:
                    print("KeyError", e)
                v = [None, True, 2**100, -3, 1.5, "é", b"x\\x00", (1, [2, {3: 4}]), {1, 2}, frozenset({3}), ValueError("a", 1)]
                out = pool.apply(echo, (v,))
                print(out[:-1], type(out[-1]).__name__, out[-1].args)
                try:
                    pool.apply(lambda: 1)
                except Exception as e:
                    print(type(e).__name__, str(e).split(' at ')[0])
                print(pool.apply(echo, (echo,)) is echo)
            pool = multiprocessing.Pool(2)
            res = pool.map_async(square, [1, 2, 3])
            pool.close()
            pool.join()
            print(res.get(timeout=1))
        """, stdout: """
        7
        True
        True
        7
        [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
        [3, 7]
        [25, 36, 49]
        False
        KeyError 5
        [None, True, 1267650600228229401496703205376, -3, 1.5, 'é', b'x\\x00', (1, [2, {3: 4}]), {1, 2}, frozenset({3})] ValueError ('a', 1)
        PicklingError Can't pickle <function <lambda>
        True
        [1, 4, 9]

        """)
    }

    func testQueueAndPipe() {
        _ = check("""
        import multiprocessing

        def producer(q, n):
            for i in range(n):
                q.put(i * i)
            q.put(None)

        def talk(conn):
            conn.send(["hello", conn.recv() + 1])
            conn.close()

        if __name__ == '__main__':
            q = multiprocessing.Queue()
            p = multiprocessing.Process(target=producer, args=(q, 5))
            p.start()
            out = []
            while True:
                v = q.get()
                if v is None:
                    break
                out.append(v)
            p.join()
            print(out, q.empty())
            a, b = multiprocessing.Pipe()
            p = multiprocessing.Process(target=talk, args=(b,))
            p.start()
            a.send(41)
            print(a.recv(), a.poll())
            p.join()
            print(p.exitcode)
        """, stdout: "[0, 1, 4, 9, 16] True\n['hello', 42] False\n0\n")
    }

    func testLectureStepsOverlapInProcesses() {
        let o = runPython("""
        import time
        import multiprocessing

        def step_1():
            print("Start of step 1")
            time.sleep(0.4)
            print("End of step 1")

        def step_2():
            print("Start of step 2")
            time.sleep(0.6)
            print("End of step 2")

        def step_3():
            print("Start of step 3")
            time.sleep(0.2)
            print("End of step 3")

        def main():
            t1 = multiprocessing.Process(target=step_1)
            t2 = multiprocessing.Process(target=step_2)
            t3 = multiprocessing.Process(target=step_3)

            t1.start(), t2.start(), t3.start()
            t1.join(), t2.join(), t3.join()

        if __name__ == "__main__":
            start = time.time()
            main()
            print(f"We spent {time.time()-start >= 0.6} s")
        """, timeLimit: 20)
        let lines = o.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "We spent True s")
        XCTAssertEqual(lines.dropLast().sorted(), ["End of step 1", "End of step 2", "End of step 3",
                                                   "Start of step 1", "Start of step 2", "Start of step 3"])
        // Sequential would take 1.2 s; overlapping takes about 0.6 s.
        XCTAssertLessThan(o.seconds, 1.15)
        assertNoZombies()
    }

    func testTimeLimitStopsTheJoinAndKillsTheChild() {
        let o = runPython("""
        import multiprocessing

        def spin():
            while True:
                pass

        p = multiprocessing.Process(target=spin)
        p.start()
        print("joining")
        p.join()
        """, timeLimit: 0.5)
        XCTAssertEqual(o.stdout, "joining\n")
        XCTAssertNotEqual(o.status, 0)
        XCTAssertLessThan(o.seconds, 5)
        assertNoZombies()
    }

    func testSharedValueArrayAndLocks() {
        _ = check("""
        import multiprocessing

        def add_many(counter, arr, n):
            for _ in range(n):
                with counter.get_lock():
                    counter.value += 1
            for i in range(len(arr)):
                arr[i] = arr[i] * 2

        def hold(lock, out):
            with lock:
                out.value = 7

        if __name__ == '__main__':
            counter = multiprocessing.Value('i', 0)
            arr = multiprocessing.Array('d', [1.0, 2.5, 3.0])
            ps = [multiprocessing.Process(target=add_many, args=(counter, arr, 300)) for _ in range(3)]
            for p in ps: p.start()
            for p in ps: p.join()
            print(counter.value, arr[:], len(arr))
            lock = multiprocessing.Lock()
            out = multiprocessing.Value('q', 0, lock=False)
            lock.acquire()
            p = multiprocessing.Process(target=hold, args=(lock, out))
            p.start()
            p.join(0.1)
            print(p.is_alive(), out.value)
            lock.release()
            p.join()
            print(p.is_alive(), out.value, lock.acquire(timeout=0.1), lock.acquire(False))
            r = multiprocessing.RLock()
            with r:
                with r:
                    print("reentrant")
            s = multiprocessing.Semaphore(2)
            print(s.acquire(), s.acquire(), s.acquire(timeout=0.05), s.get_value())
            a = multiprocessing.Array('i', 4)
            a[1:3] = [5, 6]
            print(list(a), a[-1])
        """, stdout: """
        900 [8.0, 20.0, 24.0] 3
        True 0
        False 7 True False
        reentrant
        True True False 0
        [0, 5, 6, 0] 0

        """)
    }

    func testOSModuleExposesOnlyProcessQueries() {
        _ = check("""
        import os
        print(os.getpid() > 0, os.getppid() > 0, os.cpu_count() >= 1)
        print(hasattr(os, "system"), hasattr(os, "fork"))
        """, stdout: "True True True\nFalse False\n")
    }
}
