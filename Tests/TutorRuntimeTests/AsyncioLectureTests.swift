import XCTest

/// The lectures' asyncio programs (with shorter sleeps): what they print, roughly
/// how long they take, and the messages students meet. Timing assertions are
/// loose: a loaded machine only makes runs slower, so upper bounds are generous
/// and only separate "overlapped" from "ran in sequence".
final class AsyncioLectureTests: XCTestCase {
    private func elapsed(_ outcome: Outcome, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        let last = outcome.stdout.split(separator: "\n").last ?? ""
        return try XCTUnwrap(Double(last.split(separator: " ").last ?? ""), outcome.stdout + outcome.stderr,
                             file: file, line: line)
    }

    /// Lecture 004: three tasks created with create_task, awaited with asyncio.wait.
    func testCreateTaskAndWaitInterleaveLikeCPython() throws {
        let source = """
            import time
            import asyncio

            async def step_1():
                print("Start of step 1")
                await asyncio.sleep(0.3)
                print("End of step 1")

            async def step_2():
                print("Start of step 2")
                await asyncio.sleep(0.5)
                print("End of step 2")

            async def step_3():
                print("Start of step 3")
                await asyncio.sleep(0.1)
                print("End of step 3")

            async def main():
                task_1 = asyncio.create_task(step_1())
                task_2 = asyncio.create_task(step_2())
                task_3 = asyncio.create_task(step_3())
                await asyncio.wait([task_1, task_2, task_3])

            if __name__ == "__main__":
                start = time.time()
                asyncio.run(main())
                print("elapsed", time.time() - start)
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stderr, "")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(6)), [
            "Start of step 1", "Start of step 2", "Start of step 3",
            "End of step 3", "End of step 1", "End of step 2",
        ])
        let seconds = try elapsed(outcome)
        XCTAssertGreaterThanOrEqual(seconds, 0.5)
        XCTAssertLessThan(seconds, 0.85, "the sleeps should overlap (0.9 s in sequence)")
    }

    /// Lecture 000's "how long does each take?": sleeps awaited one after another,
    /// gathered asyncio sleeps, and gathered blocking time.sleep calls.
    func testSleep1Sleep2Sleep3Durations() throws {
        let source = """
            import asyncio, time

            async def blocking_sleep(seconds):
                time.sleep(seconds)

            async def sleep1():
                await asyncio.sleep(0.2)
                await asyncio.sleep(0.2)
                await asyncio.sleep(0.2)

            async def sleep2():
                await asyncio.gather(asyncio.sleep(0.2), asyncio.sleep(0.2), asyncio.sleep(0.2))

            async def sleep3():
                await asyncio.gather(blocking_sleep(0.2), blocking_sleep(0.2), blocking_sleep(0.2))

            for f in (sleep1, sleep2, sleep3):
                start = time.perf_counter()
                asyncio.run(f())
                print(f.__name__, time.perf_counter() - start)
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stderr, "")
        var times: [String: Double] = [:]
        for line in outcome.stdout.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let t = Double(parts[1]) { times[String(parts[0])] = t }
        }
        let s1 = try XCTUnwrap(times["sleep1"]), s2 = try XCTUnwrap(times["sleep2"])
        let s3 = try XCTUnwrap(times["sleep3"])
        XCTAssertGreaterThanOrEqual(s1, 0.6)
        XCTAssertGreaterThanOrEqual(s2, 0.2)
        XCTAssertLessThan(s2, 0.45, "gathered asyncio.sleep calls overlap")
        XCTAssertGreaterThanOrEqual(s3, 0.6, "time.sleep blocks the whole event loop")
    }

    /// Lecture 001: a loop made by hand runs a coroutine that awaits another.
    func testRunUntilCompleteOnANewLoop() {
        let source = """
            import asyncio
            loop = asyncio.new_event_loop()
            async def first():
                print("one")
                print(await other())
                print("three")

            async def other():
                return "two"

            loop.run_until_complete(first())
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stdout, "one\ntwo\nthree\n")
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertEqual(outcome.status, 0)
    }

    /// to_thread runs the function on a real thread (named like CPython's default
    /// executor's), releasing the GIL while the loop waits, so it overlaps a sleep.
    func testToThreadOverlapsWithSleep() throws {
        let source = """
            import asyncio, threading, time

            def blocking(x):
                time.sleep(0.3)
                return (x, threading.current_thread().name)

            async def main():
                loop = asyncio.get_running_loop()
                return await asyncio.gather(asyncio.to_thread(blocking, 1),
                                            loop.run_in_executor(None, blocking, 2),
                                            asyncio.sleep(0.3, "slept"))

            start = time.perf_counter()
            print(asyncio.run(main()))
            print("elapsed", time.perf_counter() - start)
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertEqual(outcome.stdout.split(separator: "\n").first.map(String.init),
                       "[(1, 'asyncio_1'), (2, 'asyncio_0'), 'slept']")
        let seconds = try elapsed(outcome)
        XCTAssertGreaterThanOrEqual(seconds, 0.3)
        XCTAssertLessThan(seconds, 0.75, "the thread and the sleep should overlap (0.9 s in sequence)")
    }

    /// Another thread wakes a loop that waits with nothing ready.
    func testCallSoonThreadsafeWakesAWaitingLoop() throws {
        let source = """
            import asyncio, threading, time

            async def main():
                loop = asyncio.get_running_loop()
                fut = loop.create_future()
                def later():
                    time.sleep(0.1)
                    loop.call_soon_threadsafe(fut.set_result, "woken")
                t = threading.Thread(target=later)
                t.start()
                print(await fut)
                t.join()

            start = time.perf_counter()
            asyncio.run(main())
            print("elapsed", time.perf_counter() - start)
            """
        let outcome = runPython(source, timeLimit: 10)
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertTrue(outcome.stdout.hasPrefix("woken\n"), outcome.stdout)
        XCTAssertLessThan(try elapsed(outcome), 1.0)
    }

    func testNeverAwaitedCoroutineWarns() {
        let source = """
            import asyncio

            async def f():
                return 1

            async def main():
                f()
                print("done")

            asyncio.run(main())
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stdout, "done\n")
        XCTAssertTrue(outcome.stderr.contains("RuntimeWarning: coroutine 'f' was never awaited"), outcome.stderr)
        XCTAssertEqual(outcome.status, 0)
    }

    func testTaskExceptionNeverRetrievedIsReported() {
        let source = """
            import asyncio

            async def f():
                raise ValueError("x")

            async def main():
                t = asyncio.create_task(f())
                await asyncio.sleep(0.01)
                print("main done")

            asyncio.run(main())
            print("after")
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stdout, "main done\nafter\n")
        XCTAssertEqual(normalize(outcome.stderr), """
            Task exception was never retrieved
            future: <Task finished name='Task-2' coro=<f() done, defined at test.py:3> exception=ValueError('x')>
            Traceback (most recent call last):
              File "test.py", line 4, in f
                raise ValueError("x")
            ValueError: x

            """)
        XCTAssertEqual(outcome.status, 0)
    }

    /// CPython stays silent about a failed task still referenced when the program ends.
    func testTaskAliveAtExitIsNotReported() {
        let source = """
            import asyncio
            tasks = []

            async def f():
                raise ValueError("kept")

            async def main():
                tasks.append(asyncio.create_task(f()))
                await asyncio.sleep(0.01)

            asyncio.run(main())
            print("end")
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stdout, "end\n")
        XCTAssertEqual(outcome.stderr, "")
    }

    func testRetrievedTaskExceptionIsNotReported() {
        let source = """
            import asyncio

            async def f():
                raise ValueError("x")

            async def main():
                t = asyncio.create_task(f())
                await asyncio.sleep(0.01)
                print(repr(t.exception()))

            asyncio.run(main())
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stdout, "ValueError('x')\n")
        XCTAssertEqual(outcome.stderr, "")
    }

    func testExceptionInCallbackIsReportedAndTheLoopGoesOn() {
        let source = """
            import asyncio

            def cb():
                raise KeyError("boom")

            async def main():
                asyncio.get_running_loop().call_soon(cb)
                await asyncio.sleep(0.01)
                print("still running")

            asyncio.run(main())
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stdout, "still running\n")
        XCTAssertTrue(outcome.stderr.hasPrefix("""
            Exception in callback cb() at test.py:3
            handle: <Handle cb() at test.py:3>
            Traceback (most recent call last):

            """), outcome.stderr)
        XCTAssertTrue(outcome.stderr.hasSuffix("KeyError: 'boom'\n"), outcome.stderr)
    }

    func testRunningLoopErrors() {
        let source = """
            import asyncio

            async def inner():
                return 1

            async def main():
                coro = inner()
                try:
                    asyncio.run(coro)
                except RuntimeError as e:
                    print(e)
                try:
                    asyncio.get_running_loop().run_until_complete(coro)
                except RuntimeError as e:
                    print(e)
                await coro

            asyncio.run(main())
            loop = asyncio.new_event_loop()
            loop.close()
            try:
                loop.call_soon(print)
            except RuntimeError as e:
                print(e)
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stdout, """
            asyncio.run() cannot be called from a running event loop
            This event loop is already running
            Event loop is closed

            """)
        XCTAssertEqual(outcome.stderr, "")
    }

    /// A loop waiting for a future nobody resolves can still be stopped by the time limit.
    func testTimeLimitStopsAWaitingLoop() {
        let source = """
            import asyncio

            async def main():
                await asyncio.get_running_loop().create_future()

            asyncio.run(main())
            """
        let outcome = runPython(source, timeLimit: 0.5)
        XCTAssertNotEqual(outcome.status, 0)
        XCTAssertLessThan(outcome.seconds, 5)
    }
}
