import XCTest
import TutorLanguage
@testable import TutorRuntime

/// Virtual time spans processes: a child starts at its parent's virtual time, and
/// the parent sees it end only when its own clock reaches the child's end.
final class ScheduledProcessTests: XCTestCase {
    private func scheduled(_ source: String, seed: UInt64) -> ProgramRunResult {
        var run = ProgramRun(source: source, filename: "procs.py")
        run.timing = .scheduled(ScheduleOptions(seed: seed))
        run.timeLimit = 30
        return run.run()
    }

    func testThreeProcessesSleepingOneSecondTakeOneSecond() {
        let source = """
        import multiprocessing, time
        def work():
            time.sleep(1)
        if __name__ == "__main__":
            start = time.monotonic()
            ps = [multiprocessing.Process(target=work) for _ in range(3)]
            for p in ps:
                p.start()
            for p in ps:
                p.join()
            print("took", time.monotonic() - start, [p.exitcode for p in ps])
        """
        for seed: UInt64 in 0..<4 {
            let r = scheduled(source, seed: seed)
            XCTAssertEqual(r.stdout, "took 1.0 [0, 0, 0]\n", "seed \(seed): \(r.stderr)")
            XCTAssertEqual(r.programSeconds, 1, accuracy: 1e-9)
            XCTAssertLessThan(r.wallSeconds, 5)
        }
    }

    func testAChildIsAliveUntilTheParentsClockReachesItsEnd() {
        let r = scheduled("""
        import multiprocessing, time
        def work():
            time.sleep(2)
        if __name__ == "__main__":
            p = multiprocessing.Process(target=work)
            p.start()
            time.sleep(0.5)
            print(p.is_alive(), time.monotonic())
            p.join(timeout=1)
            print(p.is_alive(), p.exitcode, time.monotonic())
            p.join()
            print(p.is_alive(), p.exitcode, time.monotonic())
        """, seed: 3)
        XCTAssertEqual(r.stdout, "True 0.5\nTrue None 1.5\nFalse 0 2.0\n", r.stderr)
    }
}

/// concurrent.futures workers run on Dispatch queues in real-time runs.
final class DispatchExecutorTests: XCTestCase {
    func testWorkersAreNamedDispatchThreadsAndOverlap() {
        var run = ProgramRun(source: """
        import concurrent.futures, threading, time
        def job(n):
            time.sleep(0.3)
            return threading.current_thread().name, n * n
        start = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="pool") as ex:
            results = list(ex.map(job, range(4)))
        print(sorted(results))
        print(time.monotonic() - start < 1.0)
        def deep(n):
            return 0 if n == 0 else 1 + deep(n - 1)
        with concurrent.futures.ThreadPoolExecutor() as ex:
            print(ex.submit(deep, 900).result())
        """, filename: "pool.py")
        run.timeLimit = 20
        let r = run.run()
        XCTAssertEqual(r.stdout, "[('pool_0', 0), ('pool_1', 1), ('pool_2', 4), ('pool_3', 9)]\nTrue\n900\n", r.stderr)
    }
}

/// ProcessPoolExecutor: calls run in forked workers; results, exceptions and
/// as_completed behave as CPython's.
final class ProcessPoolExecutorTests: XCTestCase {
    func testMapSubmitExceptionsAndAsCompleted() {
        var run = ProgramRun(source: """
        import concurrent.futures, os
        def square(n):
            return n * n
        def where(_):
            return os.getpid() != parent
        def boom(n):
            raise ValueError(f"bad {n}")
        parent = os.getpid()
        if __name__ == "__main__":
            with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
                print(list(ex.map(square, range(5))))
                print(all(ex.map(where, range(4))))
                try:
                    ex.submit(boom, 7).result()
                except ValueError as e:
                    print("error:", e)
                fs = [ex.submit(square, i) for i in range(3)]
                print(sorted(f.result() for f in concurrent.futures.as_completed(fs)))
            try:
                ex.submit(square, 1)
            except RuntimeError as e:
                print(e)
            from concurrent.futures import ProcessPoolExecutor
            print(ProcessPoolExecutor is concurrent.futures.process.ProcessPoolExecutor)
        """, filename: "ppe.py")
        run.timeLimit = 30
        let r = run.run()
        XCTAssertEqual(r.stdout, """
        [0, 1, 4, 9, 16]
        True
        error: bad 7
        [0, 1, 4]
        cannot schedule new futures after shutdown
        True

        """, r.stderr)
        XCTAssertEqual(r.status, 0)
    }
}

/// multiprocessing's private natives take addresses and pids from Python code;
/// none of them may reach memory or processes that are not the program's own.
final class MultiprocessingSandboxTests: XCTestCase {
    func testAddressesAndPidsAreChecked() {
        var run = ProgramRun(source: """
        import multiprocessing, os
        calls = [lambda: multiprocessing._shm_set(4096, 'q', 0, 1),
                 lambda: multiprocessing._shm_get(12345678, 'q', 0),
                 lambda: multiprocessing._sem_release(4096),
                 lambda: multiprocessing._sem_acquire(8192, None)]
        for call in calls:
            try:
                call()
            except ValueError as e:
                print("refused:", e)
        v = multiprocessing.Value('i', 7)
        try:
            multiprocessing._shm_get(v._address, 'q', 1)
        except ValueError as e:
            print("refused:", e)
        multiprocessing._kill(os.getppid(), 9)
        lock = multiprocessing.RLock()
        with lock:
            with lock:
                print("reentrant", v.value)
        try:
            lock.release()
        except AssertionError as e:
            print(e)
        """, filename: "evil.py")
        run.timeLimit = 20
        let r = run.run()
        XCTAssertEqual(r.stdout, """
        refused: invalid shared memory access
        refused: invalid shared memory access
        refused: invalid semaphore
        refused: invalid semaphore
        refused: invalid shared memory access
        reentrant 7
        attempt to release recursive lock not owned by thread

        """, r.stderr)
    }
}

/// `import name` finds `name.py` beside the main program, and nothing else.
final class SiblingImportTests: XCTestCase {
    func testSiblingModulesImportOnlyByPlainName() throws {
        let dir = "/tmp/tutor-sibling-\(getpid())"
        mkdir(dir, 0o755)
        defer { _ = unlink(dir + "/helper.py"); _ = rmdir(dir) }
        let f = fopen(dir + "/helper.py", "w")
        fputs("def answer():\n    return 42\n", f)
        fclose(f)
        var run = ProgramRun(source: """
        import helper
        from helper import answer
        print(answer(), helper.__name__)
        try:
            import nothere
        except ModuleNotFoundError as e:
            print(e)
        """, filename: dir + "/main.py")
        run.moduleSearchDirectory = dir
        let r = run.run()
        XCTAssertEqual(r.stdout, "42 helper\nNo module named 'nothere'\n", r.stderr)
        var isolated = ProgramRun(source: "import helper\n", filename: dir + "/main.py")
        isolated.timeLimit = 10
        XCTAssertTrue(isolated.run().stderr.hasSuffix("ModuleNotFoundError: No module named 'helper'\n"))
    }
}

final class ProcessEventTests: XCTestCase {
    /// multiprocessing.Event wakes waiters in every process, as CPython's does.
    func testEventWakesWaitersInChildren() {
        var run = ProgramRun(source: """
        import multiprocessing, time
        def waiter(ev, q, n):
            q.put((n, ev.wait(5)))
        if __name__ == "__main__":
            ev = multiprocessing.Event()
            print(ev.is_set(), ev.wait(0.05))
            q = multiprocessing.Queue()
            ps = [multiprocessing.Process(target=waiter, args=(ev, q, i)) for i in range(3)]
            for p in ps: p.start()
            time.sleep(0.1)
            ev.set()
            print(sorted(q.get() for _ in range(3)))
            for p in ps: p.join()
            ev.clear()
            print(ev.is_set(), ev.wait(0.01), repr(ev).endswith(" unset>"))
        """, filename: "ev.py")
        run.timeLimit = 20
        let r = run.run()
        XCTAssertEqual(r.stdout, "False False\n[(0, True), (1, True), (2, True)]\nFalse False True\n", r.stderr)
    }
}
