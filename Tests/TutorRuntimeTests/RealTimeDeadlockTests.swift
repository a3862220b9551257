import XCTest
import TutorLanguage
@testable import TutorRuntime

/// Real-time runs (no --schedule) report deadlocks too, within a fraction of a
/// second, instead of hanging until a time limit.
final class RealTimeDeadlockTests: XCTestCase {
    private func run(_ source: String) -> ProgramRunResult {
        var run = ProgramRun(source: source, filename: "test.py")
        run.timeLimit = 20
        return run.run()
    }

    func testLockOrderDeadlockIsReportedWithHoldersAndWaiters() {
        let r = run(DeadlockReportTests.lockOrderProgram)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertFalse(r.timeLimitExceeded)
        let report = r.deadlock ?? ""
        XCTAssertTrue(report.contains("Thread 'alice' holds lock_a (line 9) and waits for lock_b (line 11)"), report)
        XCTAssertTrue(report.contains("Thread 'bob' holds lock_b (line 16) and waits for lock_a (line 18)"), report)
        XCTAssertTrue(report.contains("Thread 'MainThread' waits for Thread 'alice' to finish (line 26)"), report)
        XCTAssertEqual(r.stderr, report + "\n")
        XCTAssertLessThan(r.wallSeconds, 5)
    }

    func testLockAcquiredTwiceByOneThread() {
        let r = run("import threading\nlock = threading.Lock()\nlock.acquire()\nprint('once')\nlock.acquire()\nprint('never')\n")
        XCTAssertEqual(r.stdout, "once\n")
        XCTAssertEqual(r.deadlock, "deadlock: Thread 'MainThread' holds lock (line 3) and waits for lock (line 5)")
        XCTAssertEqual(r.status, 1)
    }

    func testJoinOnAThreadWaitingForTheJoiner() {
        let r = run("""
        import threading
        done = threading.Event()
        def worker():
            done.wait()
        t = threading.Thread(target=worker, name="worker")
        t.start()
        t.join()
        done.set()
        """)
        XCTAssertEqual(r.status, 1)
        let report = r.deadlock ?? ""
        XCTAssertTrue(report.contains("Thread 'MainThread' waits for Thread 'worker' to finish (line 7)"), report)
        XCTAssertTrue(report.contains("Thread 'worker' waits to be notified (line 4: done.wait())"), report)
    }

    func testTimedWaitsAndSleepsAreNotDeadlocks() {
        let r = run("""
        import threading, time
        lock = threading.Lock()
        lock.acquire()
        def worker():
            print(lock.acquire(timeout=0.6))
        t = threading.Thread(target=worker)
        t.start()
        t.join()
        print("joined")
        """)
        XCTAssertNil(r.deadlock)
        XCTAssertEqual(r.stdout, "False\njoined\n")
        XCTAssertEqual(r.status, 0)
    }

    func testALongButLiveHandOffIsNotADeadlock() {
        // The main thread waits on a lock the worker releases after a while: all
        // but one thread are stuck for longer than the grace period.
        let r = run("""
        import threading, time
        lock = threading.Lock()
        lock.acquire()
        def worker():
            time.sleep(0.8)
            lock.release()
        threading.Thread(target=worker).start()
        lock.acquire()
        print("released")
        """)
        XCTAssertNil(r.deadlock)
        XCTAssertEqual(r.stdout, "released\n")
    }
}

/// PCT schedules: deterministic per seed, they find the counter race, and the
/// fair fallback keeps a spinning thread from starving the one it waits for.
final class PriorityScheduleTests: XCTestCase {
    private func scheduled(_ source: String, seed: UInt64, _ strategy: ScheduleStrategy) -> ProgramRunResult {
        var run = ProgramRun(source: source, filename: "test.py")
        run.timing = .scheduled(ScheduleOptions(seed: seed, strategy: strategy))
        run.timeLimit = 30
        return run.run()
    }

    func testSameSeedSameRun() {
        let a = scheduled(scheduleCounterProgram, seed: 7, .pct(depth: 2, expectedSteps: 20000))
        let b = scheduled(scheduleCounterProgram, seed: 7, .pct(depth: 2, expectedSteps: 20000))
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertEqual(a.steps, b.steps)
    }

    func testPCTFindsTheLostUpdate() {
        var lost = 0
        for seed: UInt64 in 0..<30 {
            let r = scheduled(scheduleCounterProgram, seed: seed, .pct(depth: 3, expectedSteps: 15000))
            if !r.stdout.hasSuffix("x = 2000\n") { lost += 1 }
        }
        XCTAssertGreaterThan(lost, 0)
    }

    func testSpinningThreadFallsBackToFairChoices() {
        let spin = """
        import threading
        flag = False
        def setter():
            global flag
            flag = True
        t = threading.Thread(target=setter)
        t.start()
        while not flag:
            pass
        t.join()
        print("done")
        """
        for seed: UInt64 in 0..<8 {
            let r = scheduled(spin, seed: seed, .pct(depth: 1, expectedSteps: 1000))
            XCTAssertEqual(r.stdout, "done\n", "seed \(seed)")
            XCTAssertFalse(r.timeLimitExceeded)
        }
    }
}

/// `ProgramRun` reports what the grader needs as data.
final class ProgramRunTests: XCTestCase {
    func testUncaughtExceptionInAThreadIsReported() {
        var run = ProgramRun(source: """
        import threading
        def boom():
            1 / 0
        t = threading.Thread(target=boom)
        t.start()
        t.join()
        print("main ends fine")
        """, filename: "t.py")
        run.timeLimit = 10
        let r = run.run()
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.uncaughtExceptions, ["ZeroDivisionError"])
        XCTAssertFalse(r.isClean)
        XCTAssertTrue(r.stderr.contains("Exception in thread Thread-1 (boom):"))
    }

    func testOutputFloodIsStopped() {
        var run = ProgramRun(source: "while True:\n    print('spam' * 100)\n", filename: "flood.py")
        run.outputLimit = 10_000
        run.timeLimit = 20
        let r = run.run()
        XCTAssertTrue(r.outputLimitExceeded)
        XCTAssertFalse(r.timeLimitExceeded)
        XCTAssertEqual(r.stdout.utf8.count, 10_000)
    }

    func testVirtualDurationGlobalsAndDriverModules() {
        var run = ProgramRun(source: """
        import asyncio
        from main import work
        async def both():
            return await asyncio.gather(work(1), work(2))
        result = asyncio.run(both())
        """, filename: "driver.py")
        run.modules["main"] = ("main.py", "import asyncio\nasync def work(n):\n    await asyncio.sleep(n)\n    return n * 10\n")
        run.timing = .scheduled(ScheduleOptions(seed: 0))
        run.inspect = ["result", "missing"]
        let r = run.run()
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.programSeconds, 2, accuracy: 1e-9)
        XCTAssertEqual(r.globals, ["result": "[10, 20]"])
        XCTAssertLessThan(r.wallSeconds, 2)
    }

    func testInterleavingNamesThreadsAndLines() {
        var run = ProgramRun(source: scheduleCounterProgram, filename: "test.py")
        run.timing = .scheduled(ScheduleOptions(seed: 3, meanRunLength: 8))
        run.interleavingCapacity = 300
        let r = run.run()
        XCTAssertEqual(r.interleaving.count, 300)
        let names = Set(r.interleaving.map(\.to))
        XCTAssertTrue(names.isSuperset(of: ["Thread-1 (task)", "Thread-2 (task)"]), "\(names)")
        XCTAssertTrue(r.interleaving.contains { $0.fromLine == 5 }, "a switch inside increment()")
    }
}

/// What the grader asked of scheduled runs: a virtual-time limit, and switch
/// lines in the program's own files even when a driver imports them.
final class ScheduledRunLimitTests: XCTestCase {
    func testVirtualTimeLimitStopsASleepingLoop() {
        var run = ProgramRun(source: "import time\nwhile True:\n    time.sleep(10)\n", filename: "loop.py")
        run.timing = .scheduled(ScheduleOptions(seed: 1, virtualTimeLimit: 100))
        run.timeLimit = 30
        let r = run.run()
        XCTAssertTrue(r.timeLimitExceeded)
        XCTAssertEqual(r.programSeconds, 100, accuracy: 1e-9)
        XCTAssertTrue(r.stderr.hasSuffix("TimeLimitExceeded: virtual time limit exceeded: the program's clock passed 100 s\n"), r.stderr)
        XCTAssertLessThan(r.wallSeconds, 10)
    }

    func testInterleavingPointsIntoTheImportedStudentFile() {
        var run = ProgramRun(source: "from main import run\nrun()\n", filename: "driver.py")
        run.modules["main"] = ("main.py", scheduleCounterProgram.replacingOccurrences(of: "t1 = threading", with: "def run():\n  t1 = threading")
            .replacingOccurrences(of: "\nt2 = ", with: "\n  t2 = ").replacingOccurrences(of: "\nt1.", with: "\n  t1.")
            .replacingOccurrences(of: "\nt2.", with: "\n  t2.").replacingOccurrences(of: "\nprint(\"x =\"", with: "\n  print(\"x =\""))
        run.timing = .scheduled(ScheduleOptions(seed: 3, meanRunLength: 8))
        run.interleavingCapacity = 100
        let r = run.run()
        XCTAssertEqual(r.stderr, "")
        XCTAssertTrue(r.interleaving.contains { $0.fromFile == "main.py" && $0.fromLine == 5 }, "\(r.interleaving.prefix(5))")
    }
}

/// Only exceptions nobody caught count as uncaught: formatting one for a log
/// (asyncio, futures) does not, and a scheduled run still frees its tasks.
final class UncaughtBookkeepingTests: XCTestCase {
    func testHandledGatherErrorIsNotUncaughtAndUnretrievedTaskIsReported() {
        let source = """
        import asyncio
        async def bad():
            raise ValueError("handled")
        async def boom():
            raise KeyError("lost")
        async def main():
            print(await asyncio.gather(bad(), return_exceptions=True))
            t = asyncio.create_task(boom())
            await asyncio.sleep(0.1)
            del t
        asyncio.run(main())
        """
        for seed: UInt64? in [nil, 5] {
            var run = ProgramRun(source: source, filename: "t.py")
            if let s = seed { run.timing = .scheduled(ScheduleOptions(seed: s)) }
            run.timeLimit = 20
            let r = run.run()
            XCTAssertEqual(r.stdout, "[ValueError('handled')]\n")
            XCTAssertEqual(r.uncaughtExceptions, [], "seed \(String(describing: seed))")
            XCTAssertTrue(r.stderr.hasPrefix("Task exception was never retrieved\n"), "seed \(String(describing: seed)): \(r.stderr)")
        }
    }
}
