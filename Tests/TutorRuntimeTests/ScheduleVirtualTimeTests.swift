import XCTest

/// In a scheduled run time is virtual: sleeping costs no real time.
final class ScheduleVirtualTimeTests: XCTestCase {
    func testTenSecondSleepIsInstantAndMeasuresTenSeconds() {
        let outcome = runScheduled("""
        import time
        t0 = time.time()
        m0 = time.monotonic()
        time.sleep(10)
        print(round(time.time() - t0, 6), round(time.monotonic() - m0, 6))
        """, seed: 1)
        XCTAssertEqual(outcome.stdout, "10.0 10.0\n", outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 1)
    }

    func testSleepingThreadsWakeInDeadlineOrder() {
        let outcome = runScheduled("""
        import threading, time
        start = time.monotonic()
        def nap(name, seconds):
            time.sleep(seconds)
            print(name, round(time.monotonic() - start, 3))
        threads = [threading.Thread(target=nap, args=(n, s)) for n, s in [("c", 3), ("a", 1), ("b", 2)]]
        for t in threads: t.start()
        for t in threads: t.join()
        """, seed: 5)
        XCTAssertEqual(outcome.stdout, "a 1.0\nb 2.0\nc 3.0\n", outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 1)
    }

    func testTimeoutsUseVirtualTime() {
        let outcome = runScheduled("""
        import threading, time
        e = threading.Event()
        t0 = time.monotonic()
        print(e.wait(timeout=30), round(time.monotonic() - t0, 3))
        lock = threading.Lock()
        lock.acquire()
        print(lock.acquire(timeout=2.5), round(time.monotonic() - t0, 3))
        """, seed: 9)
        XCTAssertEqual(outcome.stdout, "False 30.0\nFalse 32.5\n", outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 1)
    }

    /// Semaphore.acquire waits out `endtime - monotonic()`, which float rounding can
    /// leave at 1e-17 s: virtual deadlines round up so the loop still ends.
    func testTinyRemainingTimeoutStillAdvancesTheClock() {
        let outcome = runScheduled("""
        import threading, time
        t = threading.Thread(target=time.sleep, args=(0.18,))
        t.start()
        t.join()
        sem = threading.Semaphore(0)
        print(sem.acquire(timeout=0.01), round(time.monotonic(), 6))
        """, seed: 1, timeLimit: 5)
        XCTAssertEqual(outcome.stdout, "False 0.19\n", outcome.stderr)
    }
}
