import XCTest

/// Scheduled runs end like real-time ones: daemon threads are stopped, a time limit
/// stops a spinning thread, and an exception in a thread is reported.
final class ScheduleShutdownTests: XCTestCase {
    func testDaemonThreadIsStoppedAtExit() {
        let outcome = runScheduled("""
        import threading, time
        def tick():
            while True:
                time.sleep(1)
        threading.Thread(target=tick, daemon=True).start()
        time.sleep(2.5)
        print("main done")
        """, seed: 2)
        XCTAssertEqual(outcome.stdout, "main done\n")
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertEqual(outcome.status, 0)
        XCTAssertLessThan(outcome.seconds, 2)
    }

    func testTimeLimitStopsSpinningThread() {
        let outcome = runScheduled("""
        import threading
        def spin():
            while True:
                pass
        t = threading.Thread(target=spin)
        t.start()
        t.join()
        """, seed: 8, timeLimit: 0.5)
        XCTAssertNotEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("time limit exceeded"), outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 5)
    }

    func testExceptionInThreadIsReportedAndReplays() {
        let source = """
        import threading
        def boom():
            raise ValueError("bad")
        t = threading.Thread(target=boom)
        t.start()
        t.join()
        print(t, threading.current_thread().ident == threading.get_ident())
        """
        let first = runScheduled(source, seed: 11), second = runScheduled(source, seed: 11)
        XCTAssertTrue(first.stderr.contains("Exception in thread Thread-1 (boom):"), first.stderr)
        XCTAssertTrue(first.stderr.hasSuffix("ValueError: bad\n"), first.stderr)
        XCTAssertEqual(first.stdout, second.stdout)
        XCTAssertTrue(first.stdout.hasSuffix(" True\n"), first.stdout)
    }
}
