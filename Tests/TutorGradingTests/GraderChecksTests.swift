import XCTest
@testable import TutorGrading

/// Each check type with a known-good and known-bad (often plausible) submission.
final class GraderChecksTests: XCTestCase {
    private let grader = Grader()

    private func grade(_ manifestBody: String, kind: String = "fix", solution: String? = nil, student: String,
                       file: StaticString = #filePath, line: UInt = #line) -> GradeReport? {
        let f = CurriculumFixture()
        defer { withExtendedLifetime(f) {} }
        f.add("01-t/01-e", manifest: CurriculumFixture.manifest(kind: kind, manifestBody),
              starter: ["main.py": "pass\n"], solution: solution.map { ["main.py": $0] } ?? [:])
        guard let e = f.exercise("t/e", file: file, line: line) else { return nil }
        return grader.grade(e, submission: Submission(files: ["main.py": student]))
    }

    // MARK: output

    func testOutputExactAgainstSolution() throws {
        let body = "[[checks]]\ntype = \"output\"\n"
        let good = try XCTUnwrap(grade(body, solution: "print('a')\nprint('b')\n", student: "for x in 'ab':\n    print(x)\n"))
        XCTAssertTrue(good.passed, FeedbackRenderer.render(good))
        XCTAssertEqual(good.pointsEarned, 1)
        let bad = try XCTUnwrap(grade(body, solution: "print('a')\nprint('b')\n", student: "print('a')\nprint('c')\n"))
        XCTAssertFalse(bad.passed)
        XCTAssertEqual(bad.checks[0].diff, "--- expected\n+++ your output\n@@ -1,2 +1,2 @@\n  a\n- b\n+ c\n")
        XCTAssertEqual(bad.pointsEarned, 0)
    }

    func testOutputNotesAnUncaughtException() throws {
        let r = try XCTUnwrap(grade("[[checks]]\ntype = \"output\"\nexpected = \"2\\n\"\n", student: "print(1 // 0)\n"))
        XCTAssertFalse(r.passed)
        XCTAssertTrue(r.checks[0].message.contains("uncaught ZeroDivisionError"), r.checks[0].message)
        XCTAssertTrue(r.checks[0].details?.contains("ZeroDivisionError: integer division or modulo by zero") ?? false)
    }

    func testOutputWithDriverAndStdin() throws {
        let body = """
            [[checks]]
            type = "output"
            expected = "HELLO\\n"
            stdin = "hello\\n"
            driver = \"\"\"
            from main import shout
            print(shout(input()))
            \"\"\"
            """
        let good = try XCTUnwrap(grade(body, kind: "write", student: "def shout(s):\n    return s.upper()\n\nif __name__ == '__main__':\n    print('not on import')\n"))
        XCTAssertTrue(good.passed, FeedbackRenderer.render(good))
        let bad = try XCTUnwrap(grade(body, kind: "write", student: "def shout(s):\n    return s\n"))
        XCTAssertFalse(bad.passed)
    }

    // MARK: timing

    private let timingBody = """
        [[checks]]
        name = "fetches concurrently"
        type = "timing"
        max = 1.1
        driver = \"\"\"
        import asyncio
        from main import fetch_all
        print(asyncio.run(fetch_all(["a", "b", "c"])))
        \"\"\"
        """

    func testTimingPassesForGather() throws {
        let r = try XCTUnwrap(grade(timingBody, kind: "write", student: Programs.fetchGather))
        XCTAssertTrue(r.passed, FeedbackRenderer.render(r))
        XCTAssertNil(r.checks[0].timeline)
    }

    func testTimingFailsForAwaitingTasksOneByOne() throws {
        let r = try XCTUnwrap(grade(timingBody, kind: "write", student: Programs.fetchTasksOneByOne))
        XCTAssertFalse(r.passed)
        let c = r.checks[0]
        XCTAssertEqual(c.message, "The program takes 3 s (virtual time); it should take at most 1.1 s.")
        let timeline = try XCTUnwrap(c.timeline)
        XCTAssertTrue(timeline.hasPrefix("timeline (virtual time): 3.000 s"), timeline)
        XCTAssertEqual(c.replay, "tutor run --schedule 0 --timeline driver.py")
    }

    func testTimingRelativeToSolution() throws {
        let body = """
            [[checks]]
            type = "timing"
            relative_max = 1.2
            """
        let solution = "import time, threading\nts = [threading.Thread(target=time.sleep, args=(1,)) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n"
        let sequential = "import time\ntime.sleep(1)\ntime.sleep(1)\n"
        let bad = try XCTUnwrap(grade(body, solution: solution, student: sequential))
        XCTAssertEqual(bad.checks[0].message,
                       "The program takes 2 s (virtual time); it should take at most 1.2 s (1.2 × the reference solution's 1 s).")
        let good = try XCTUnwrap(grade(body, solution: solution, student: solution))
        XCTAssertTrue(good.passed, FeedbackRenderer.render(good))
    }

    // MARK: schedules

    private let schedulesBody = """
        [[checks]]
        type = "schedules"
        runs = 16
        match = "exact"
        expected = "counter = 400\\n"
        """

    func testSchedulesCatchTheRace() throws {
        let r = try XCTUnwrap(grade(schedulesBody, student: Programs.racyCounter()))
        XCTAssertFalse(r.passed)
        let c = r.checks[0]
        XCTAssertTrue(c.message.hasPrefix("Under the schedule with seed "), c.message)
        XCTAssertTrue(c.replay?.hasPrefix("tutor run --schedule ") ?? false, c.replay ?? "")
        XCTAssertTrue(c.replay?.hasSuffix(" main.py") ?? false)
        let interleaving = try XCTUnwrap(c.interleaving)
        XCTAssertTrue(interleaving.contains("Thread-1"), interleaving)
        XCTAssertTrue(interleaving.contains("stopped at line 8: counter += 1   ◀ stopped here"), interleaving)
        XCTAssertTrue(interleaving.contains("◀ runs line 8 meanwhile"), interleaving)
        XCTAssertTrue(interleaving.contains("ran that line before"), interleaving)
        XCTAssertNotNil(c.diff)
    }

    func testSchedulesLockPerThreadStillRaces() throws {
        let r = try XCTUnwrap(grade(schedulesBody, student: Programs.lockPerThread()))
        XCTAssertFalse(r.passed, "a lock per thread excludes nothing")
    }

    func testSchedulesPassWithOneSharedLock() throws {
        let r = try XCTUnwrap(grade(schedulesBody, student: Programs.lockedCounter()))
        XCTAssertTrue(r.passed, FeedbackRenderer.render(r))
        XCTAssertEqual(r.checks[0].message, "All 16 schedules ended cleanly.")
    }

    func testSchedulesReportDeadlock() throws {
        let program = """
            import threading
            import time
            a = threading.Lock()
            b = threading.Lock()

            def one():
                with a:
                    time.sleep(0.1)
                    with b:
                        pass

            def two():
                with b:
                    time.sleep(0.1)
                    with a:
                        pass

            ts = [threading.Thread(target=one), threading.Thread(target=two)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()

            """
        let r = try XCTUnwrap(grade("[[checks]]\ntype = \"schedules\"\nruns = 10\n", student: program))
        XCTAssertFalse(r.passed)
        let c = r.checks[0]
        XCTAssertTrue(c.message.contains("deadlocked"), c.message)
        XCTAssertTrue(c.details?.contains("deadlock") ?? false, c.details ?? "")
        XCTAssertNotNil(c.replay)
    }

    // MARK: structure

    func testStructureCallsWithAliases() throws {
        let body = """
            [[checks]]
            type = "structure"
            must_call = ["asyncio.gather"]
            must_not_call_in_async = ["time.sleep"]
            """
        let good = "import asyncio as aio\nfrom asyncio import gather as g\nasync def main():\n    await g(aio.sleep(1))\naio.run(main())\n"
        XCTAssertTrue(try XCTUnwrap(grade(body, student: good)).passed)
        let blocking = "import asyncio\nfrom time import sleep as nap\nasync def work():\n    nap(1)\nasync def main():\n    await asyncio.gather(work())\nasyncio.run(main())\n"
        let r = try XCTUnwrap(grade(body, student: blocking))
        XCTAssertFalse(r.passed)
        XCTAssertEqual(r.checks[0].message,
                       "Line 4 calls `time.sleep()` inside `async def work`: a blocking call in a coroutine stops every other task on the event loop; `await asyncio.sleep(...)` waits without blocking.")
        let neverGathers = try XCTUnwrap(grade(body, student: "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n"))
        XCTAssertEqual(neverGathers.checks[0].message, "Your program never calls `asyncio.gather()`.")
        // time.sleep in a plain function handed to a thread is fine.
        let inThread = "import asyncio, time\nasync def main():\n    def block():\n        time.sleep(1)\n    await asyncio.gather(asyncio.to_thread(block))\nasyncio.run(main())\n"
        XCTAssertTrue(try XCTUnwrap(grade(body, student: inThread)).passed)
    }

    func testStructureMustUse() throws {
        let body = "[[checks]]\ntype = \"structure\"\nmust_use = [\"lock-with\"]\n"
        XCTAssertTrue(try XCTUnwrap(grade(body, student: Programs.lockedCounter())).passed)
        let acquireRelease = "import threading\nm = threading.Lock()\nm.acquire()\nm.release()\n"
        let r = try XCTUnwrap(grade(body, student: acquireRelease))
        XCTAssertEqual(r.checks[0].message, "Your program does not use `with` on a lock (`with lock:`).")
        let guardNamed = "import threading\nguard = threading.RLock()\nwith guard:\n    pass\n"
        XCTAssertTrue(try XCTUnwrap(grade(body, student: guardNamed)).passed)
    }

    private let joinedBody = "[[checks]]\ntype = \"structure\"\nthreads_joined = true\n"

    func testThreadsJoinedAcceptsCommonShapes() throws {
        let shapes = [
            Programs.lockedCounter(),
            "import threading\nt = threading.Thread(target=print)\nt.start()\nt.join()\n",
            "from threading import Thread\nthreads = []\nfor i in range(3):\n    t = Thread(target=print, args=(i,))\n    t.start()\n    threads.append(t)\nfor t in threads:\n    t.join()\n",
            "import threading\nclass W(threading.Thread):\n    def run(self):\n        pass\nws = [W() for _ in range(2)]\nfor w in ws:\n    w.start()\n[w.join() for w in ws]\n",
            "import threading\na = threading.Thread(target=print)\nb = threading.Thread(target=print)\nfor t in [a, b]:\n    t.start()\nfor t in [a, b]:\n    t.join()\n",
        ]
        for program in shapes {
            let r = try XCTUnwrap(grade(joinedBody, student: program))
            XCTAssertTrue(r.passed, program + "\n" + FeedbackRenderer.render(r))
        }
    }

    func testThreadsJoinedCatchesJoiningOnlyTheLast() throws {
        let onlyLast = """
            import threading
            for i in range(4):
                t = threading.Thread(target=print, args=(i,))
                t.start()
            t.join()

            """
        let r = try XCTUnwrap(grade(joinedBody, student: onlyLast))
        XCTAssertFalse(r.passed)
        XCTAssertEqual(r.checks[0].message,
                       "`t.join()` on line 5 joins only the last thread started in the loop (line 4): keep every thread, e.g. in a list, and join each one.")
    }

    func testThreadsJoinedCatchesMissingJoins() throws {
        let never = "import threading\nthreads = [threading.Thread(target=print) for _ in range(2)]\nfor t in threads:\n    t.start()\n"
        XCTAssertEqual(try XCTUnwrap(grade(joinedBody, student: never)).checks[0].message,
                       "The threads in `threads` are started (line 4) but never joined.")
        let inline = "import threading\nthreading.Thread(target=print).start()\n"
        XCTAssertEqual(try XCTUnwrap(grade(joinedBody, student: inline)).checks[0].message,
                       "Line 2 starts a thread without keeping a reference to it, so it can never be joined.")
        let one = "import threading\nt = threading.Thread(target=print)\nu = threading.Thread(target=print)\nt.start()\nu.start()\nt.join()\n"
        XCTAssertEqual(try XCTUnwrap(grade(joinedBody, student: one)).checks[0].message,
                       "Thread `u` is started on line 5 but never joined.")
    }

    // MARK: exception

    func testExceptionNoneAcrossThreads() throws {
        let body = "[[checks]]\ntype = \"exception\"\n"
        XCTAssertTrue(try XCTUnwrap(grade(body, student: Programs.lockedCounter())).passed)
        let inThread = "import threading\ndef boom():\n    {}['k']\nt = threading.Thread(target=boom)\nt.start()\nt.join()\nprint('main is fine')\n"
        let r = try XCTUnwrap(grade(body, student: inThread))
        XCTAssertFalse(r.passed)
        XCTAssertTrue(r.checks[0].message.hasPrefix("The program raised an uncaught KeyError"), r.checks[0].message)
        XCTAssertTrue(r.checks[0].message.contains("an exception in a thread does not stop the others"), r.checks[0].message)
    }

    func testExceptionHandledByGatherIsNotUncaught() throws {
        let program = """
            import asyncio

            async def fail():
                await asyncio.sleep(1)
                raise ValueError("no")

            async def main():
                results = await asyncio.gather(fail(), asyncio.sleep(1), return_exceptions=True)
                print(type(results[0]).__name__)

            asyncio.run(main())

            """
        let r = try XCTUnwrap(grade("[[checks]]\ntype = \"exception\"\n", student: program))
        XCTAssertTrue(r.passed, FeedbackRenderer.render(r))
    }

    func testExceptionOfAGivenType() throws {
        let body = "[[checks]]\ntype = \"exception\"\nexpect = \"ValueError\"\n"
        XCTAssertTrue(try XCTUnwrap(grade(body, student: "int('x')\n")).passed)
        let none = try XCTUnwrap(grade(body, student: "print(1)\n"))
        XCTAssertEqual(none.checks[0].message, "The program should end with an uncaught ValueError, but it raised no exception.")
    }

    // MARK: grading as a whole

    func testPartialCreditAndSyntaxErrors() throws {
        let body = """
            points = 4

            [[checks]]
            type = "output"
            expected = "1\\n"
            points = 0.5

            [[checks]]
            type = "exception"

            [[checks]]
            type = "structure"
            must_call = ["print"]
            """
        let partial = try XCTUnwrap(grade(body, student: "print(2)\n"))
        XCTAssertEqual(partial.checks.map(\.pointsPossible), [2, 1, 1])
        XCTAssertEqual(partial.pointsEarned, 2)
        XCTAssertFalse(partial.passed)
        let syntax = try XCTUnwrap(grade(body, student: "print(1\n"))
        XCTAssertEqual(syntax.checks.first?.type, "syntax")
        XCTAssertTrue(syntax.checks.first?.message.hasPrefix("main.py, line 1: SyntaxError:") ?? false, syntax.checks.first?.message ?? "")
        XCTAssertEqual(syntax.pointsEarned, 0)
        XCTAssertEqual(syntax.checks.count, 4)
    }

    func testTimeLimitStopsAnInfiniteLoop() throws {
        let body = "[limits]\ntime = 0.5\n\n[[checks]]\ntype = \"exception\"\n"
        let r = try XCTUnwrap(grade(body, student: "while True:\n    pass\n"))
        XCTAssertFalse(r.passed)
        XCTAssertTrue(r.checks[0].message.contains("time limit"), r.checks[0].message)
    }

    func testMultipleFilesImportAndStructure() throws {
        let f = CurriculumFixture()
        defer { withExtendedLifetime(f) {} }
        let body = """
            [[checks]]
            type = "output"
            expected = "4\\n"

            [[checks]]
            type = "structure"
            must_call = ["threading.Thread"]
            must_not_call = ["time.sleep"]
            """
        f.add("01-t/01-e", manifest: CurriculumFixture.manifest(kind: "write", body, files: "[\"main.py\", \"worker.py\"]"),
              starter: ["main.py": "", "worker.py": ""])
        let e = try XCTUnwrap(f.exercise("t/e"))
        let main = "import worker\nprint(worker.run())\n"
        let good = "import threading\ndef run():\n    out = []\n    t = threading.Thread(target=out.append, args=(4,))\n    t.start()\n    t.join()\n    return out[0]\n"
        let r = Grader().grade(e, submission: Submission(files: ["main.py": main, "worker.py": good]))
        XCTAssertTrue(r.passed, FeedbackRenderer.render(r))
        let sleepy = "import time\nimport threading\ndef run():\n    time.sleep(1)\n    return 4\n"
        let bad = Grader().grade(e, submission: Submission(files: ["main.py": main, "worker.py": sleepy]))
        XCTAssertEqual(bad.checks.map(\.verdict), [.passed, .failed])
        XCTAssertEqual(bad.checks[1].message, """
            Your program never calls `threading.Thread()`.
            worker.py: Line 4 calls `time.sleep()`, which this exercise does not allow.
            """)
        let missing = Grader().grade(e, submission: Submission(files: ["main.py": main]))
        XCTAssertEqual(missing.problem, "Missing file: worker.py.")
    }

    func testOutputLimitStopsAChattyProgram() throws {
        let body = "[limits]\noutput = 1000\n\n[[checks]]\ntype = \"output\"\nexpected = \"done\\n\"\n"
        let r = try XCTUnwrap(grade(body, student: "while True:\n    print('spam')\n"))
        XCTAssertFalse(r.passed)
        XCTAssertTrue(r.checks[0].message.contains("printed more than 1000 bytes"), r.checks[0].message)
    }

    func testStopAtFirstFailure() throws {
        let f = CurriculumFixture()
        defer { withExtendedLifetime(f) {} }
        f.add("01-t/01-e", manifest: CurriculumFixture.manifest(kind: "fix", "[[checks]]\ntype = \"output\"\nexpected = \"x\\n\"\n[[checks]]\ntype = \"exception\"\n"),
              starter: ["main.py": "print('y')\n"])
        let e = try XCTUnwrap(f.exercise("t/e"))
        var g = Grader()
        g.options.stopAtFirstFailure = true
        let r = g.grade(e, submission: .starter(of: e))
        XCTAssertEqual(r.checks.map(\.verdict), [.failed, .failed])
        XCTAssertEqual(r.checks[1].message, "Not run: an earlier check failed.")
    }
}
