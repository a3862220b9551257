import XCTest

/// A scheduled run that can no longer make progress stops and says why.
final class DeadlockReportTests: XCTestCase {
    static let lockOrderProgram = """
    import threading
    import time

    lock_a = threading.Lock()
    lock_b = threading.Lock()


    def alice():
        with lock_a:
            time.sleep(0.1)
            with lock_b:
                pass


    def bob():
        with lock_b:
            time.sleep(0.1)
            with lock_a:
                pass


    a = threading.Thread(target=alice, name="alice")
    b = threading.Thread(target=bob, name="bob")
    a.start()
    b.start()
    a.join()
    b.join()
    print("finished")
    """

    func testLockOrderDeadlockNamesThreadsLocksAndLines() {
        for seed: UInt64 in [1, 2, 3] {
            let outcome = runScheduled(Self.lockOrderProgram, seed: seed)
            XCTAssertEqual(outcome.stdout, "")
            XCTAssertEqual(outcome.stderr, "deadlock: Thread 'MainThread' waits for Thread 'alice' to finish (line 26); "
                + "Thread 'alice' holds lock_a (line 9) and waits for lock_b (line 11); "
                + "Thread 'bob' holds lock_b (line 16) and waits for lock_a (line 18)\n")
            XCTAssertNotEqual(outcome.status, 0)
            XCTAssertLessThan(outcome.seconds, 5)
        }
    }

    func testThreadAcquiringItsOwnLockTwice() {
        let outcome = runScheduled("""
        import threading
        lock = threading.Lock()
        lock.acquire()
        lock.acquire()
        print("unreachable")
        """, seed: 1)
        XCTAssertEqual(outcome.stdout, "")
        XCTAssertEqual(outcome.stderr, "deadlock: Thread 'MainThread' holds lock (line 3) and waits for lock (line 4)\n")
        XCTAssertEqual(outcome.status, 1)
    }

    func testJoinCycle() {
        let outcome = runScheduled("""
        import threading
        threads = {}
        started = threading.Event()
        def wait_for(other):
            started.wait()
            threads[other].join()
        threads["a"] = threading.Thread(target=wait_for, args=("b",), name="a")
        threads["b"] = threading.Thread(target=wait_for, args=("a",), name="b")
        threads["a"].start()
        threads["b"].start()
        started.set()
        threads["a"].join()
        """, seed: 4)
        XCTAssertEqual(outcome.stderr, "deadlock: Thread 'MainThread' waits for Thread 'a' to finish (line 12); "
            + "Thread 'a' waits for Thread 'b' to finish (line 6); Thread 'b' waits for Thread 'a' to finish (line 6)\n")
        XCTAssertEqual(outcome.status, 1)
    }
}
