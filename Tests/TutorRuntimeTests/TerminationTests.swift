import TutorLanguage
import XCTest

/// Threads never outlive a run, and blocked threads can always be stopped.
final class TerminationTests: XCTestCase {
    func testTimeLimitStopsBusyThreadWhileMainJoins() {
        let outcome = runPython("""
            import threading
            def spin():
                while True:
                    pass
            t = threading.Thread(target=spin)
            t.start()
            t.join()
            """, timeLimit: 0.5)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.hasSuffix("TimeLimitExceeded: time limit exceeded after 0.50 s\n"), outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 2.5)
        XCTAssertFalse(outcome.gilInstalled)
    }

    func testTimeLimitStopsThreadsBlockedInLocksAndSleeps() {
        let outcome = runPython("""
            import threading, time
            lock = threading.Lock()
            lock.acquire()
            blocked = threading.Thread(target=lock.acquire)
            sleeper = threading.Thread(target=time.sleep, args=(100,))
            blocked.start()
            sleeper.start()
            time.sleep(100)
            """, timeLimit: 0.5)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("TimeLimitExceeded"), outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 2.5)
    }

    /// The main module ended; a non-daemon thread loops forever until the time limit.
    func testTimeLimitStopsThreadsAfterMainFinished() {
        let outcome = runPython("""
            import threading
            def spin():
                while True:
                    pass
            threading.Thread(target=spin).start()
            print("main done")
            """, timeLimit: 0.5)
        XCTAssertEqual(outcome.stdout, "main done\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("TimeLimitExceeded"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("Exception in thread"), outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 2.5)
    }

    func testDaemonThreadsAreStoppedWhenMainFinishes() {
        let outcome = runPython("""
            import threading, time
            def spin():
                while True:
                    pass
            threading.Thread(target=spin, daemon=True).start()
            threading.Thread(target=time.sleep, args=(100,), daemon=True).start()
            print("main done")
            """)
        XCTAssertEqual(outcome.stdout, "main done\n")
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertEqual(outcome.status, 0)
        XCTAssertLessThan(outcome.seconds, 1.5)
        XCTAssertFalse(outcome.gilInstalled)
    }

    /// As in CPython, an exception in the main module does not stop other threads:
    /// the traceback is printed, then they are waited for.
    func testNonDaemonThreadsFinishAfterMainFails() {
        let outcome = runPython("""
            import threading, time
            def late():
                time.sleep(0.2)
                print("worker finished")
            threading.Thread(target=late).start()
            raise ValueError("main failed")
            """)
        XCTAssertEqual(outcome.stdout, "worker finished\n")
        XCTAssertTrue(outcome.stderr.hasSuffix("ValueError: main failed\n"), outcome.stderr)
        XCTAssertEqual(outcome.status, 1)
    }

    func testInterruptMainInterruptsABlockedWait() {
        let outcome = runPython("""
            import _thread, threading, time
            def interrupt():
                time.sleep(0.1)
                _thread.interrupt_main()
            threading.Thread(target=interrupt).start()
            threading.Event().wait()
            """)
        XCTAssertEqual(outcome.status, 130)
        XCTAssertTrue(outcome.stderr.hasSuffix("KeyboardInterrupt\n"), outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 1.5)
    }

    /// KeyboardInterrupt while a thread blocks in lock.acquire() (lock held elsewhere).
    func testAsynchronousExceptionInterruptsLockAcquire() {
        let outcome = runPython("""
            import threading, time
            lock = threading.Lock()
            def holder():
                # Held by a sleeping thread, not a deadlock the watch would stop.
                with lock:
                    time.sleep(3)
            threading.Thread(target=holder, daemon=True).start()
            time.sleep(0.05)
            try:
                lock.acquire()
            except KeyboardInterrupt:
                print("interrupted, lock still held:", lock.locked())
            """, observeAfter: 0.5, whileRunning: { interpreter in
                interpreter.mainThread.raiseAsynchronously(
                    PyException(type: BuiltinTypes.keyboardInterrupt, args: []))
            })
        XCTAssertEqual(outcome.stdout, "interrupted, lock still held: True\n")
        XCTAssertEqual(outcome.status, 0)
    }

    /// A program that never starts a thread never has a GIL.
    func testSingleThreadedProgramsRunWithoutAGIL() {
        var controllerDuringRun: Bool?
        let outcome = runPython("""
            import time
            time.sleep(0.5)
            print("slept")
            """, whileRunning: { interpreter in controllerDuringRun = interpreter.controller != nil })
        XCTAssertEqual(outcome.stdout, "slept\n")
        XCTAssertEqual(controllerDuringRun, false)
        XCTAssertFalse(outcome.gilInstalled)
    }

    func testExceptHookFailureIsReported() {
        let outcome = runPython("""
            import threading
            def hook(args):
                raise RuntimeError("hook failed")
            threading.excepthook = hook
            t = threading.Thread(target=lambda: 1 / 0)
            t.start()
            t.join()
            """)
        XCTAssertTrue(outcome.stderr.hasPrefix("Exception in threading.excepthook:\n"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.hasSuffix("RuntimeError: hook failed\n"), outcome.stderr)
        XCTAssertEqual(outcome.status, 0)
    }

    func testStartNewThreadReportsExceptions() {
        let outcome = runPython("""
            import _thread, time
            def f():
                1 / 0
            _thread.start_new_thread(f, ())
            time.sleep(0.2)
            """)
        XCTAssertTrue(outcome.stderr.hasPrefix("Exception ignored in thread started by: <function f at 0x"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.hasSuffix("ZeroDivisionError: division by zero\n"), outcome.stderr)
    }

    /// Many threads busy with every kind of primitive when the time limit strikes:
    /// the run ends promptly, without a crash or a hang.
    func testTimeLimitStopsAThreadedFreeForAll() {
        let source = """
            import threading, queue, time
            lock = threading.Lock()
            rlock = threading.RLock()
            cond = threading.Condition()
            sem = threading.Semaphore(2)
            event = threading.Event()
            barrier = threading.Barrier(3)
            q = queue.Queue(maxsize=3)
            def locker():
                while True:
                    with lock:
                        with rlock:
                            time.sleep(0.001)
            def waiter():
                while True:
                    with cond:
                        cond.wait(0.01)
                        cond.notify_all()
            def producer():
                i = 0
                while True:
                    q.put(i)
                    i += 1
            def consumer():
                while True:
                    q.get()
                    with sem:
                        event.wait(0.001)
            def party():
                while True:
                    try:
                        barrier.wait(0.05)
                    except threading.BrokenBarrierError:
                        barrier.reset()
            targets = [locker, locker, waiter, waiter, producer, consumer, consumer, party, party]
            for target in targets:
                threading.Thread(target=target, daemon=target is party).start()
            while True:
                with lock:
                    pass
            """
        for _ in 0..<2 {
            let outcome = runPython(source, timeLimit: 0.7)
            XCTAssertEqual(outcome.status, 1)
            XCTAssertTrue(outcome.stderr.contains("TimeLimitExceeded"), outcome.stderr)
            XCTAssertFalse(outcome.stderr.contains("Exception in thread"), outcome.stderr)
            XCTAssertLessThan(outcome.seconds, 3)
            XCTAssertFalse(outcome.gilInstalled)
        }
    }
}
