import XCTest

/// The lectures' threading programs: what they print and roughly how long they take.
/// Timing assertions are loose (a loaded machine only makes runs slower).
final class LectureTimingTests: XCTestCase {
    /// Lecture 004's step_1/step_2/step_3 in threads, with sleeps of 0.3, 0.5 and 0.1 s.
    func testSleepingThreadsOverlap() throws {
        let source = LecturePrograms.threadedSteps("0.3", "0.5", "0.1")
        let outcome = runPython(source)
        XCTAssertEqual(outcome.stderr, "")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(6)), [
            "Start of step 1", "Start of step 2", "Start of step 3",
            "End of step 3", "End of step 1", "End of step 2",
        ])
        let elapsed = try XCTUnwrap(Double(lines.last?.split(separator: " ").last ?? ""))
        XCTAssertGreaterThanOrEqual(elapsed, 0.5)
        XCTAssertLessThan(elapsed, 0.8, "the sleeps should overlap (0.9 s in sequence)")
    }

    func testThreeShortSleepsInThreadsTakeLessThanTheirSum() {
        let source = """
            import threading, time
            ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(3)]
            for t in ts: t.start()
            for t in ts: t.join()
            """
        let outcome = runPython(source)
        XCTAssertEqual(outcome.status, 0)
        XCTAssertLessThan(outcome.seconds, 0.5)
    }

    /// Under the GIL, two CPU-bound threads take about as long as doing the work in
    /// sequence; with real parallelism on two cores they would take half as long.
    func testCPUBoundThreadsDoNotRunInParallel() throws {
        let source = """
            import threading, time

            def count(n):
                total = 0
                for i in range(n):
                    total += i
                return total

            N = 60000
            start = time.perf_counter()
            count(N); count(N)
            sequential = time.perf_counter() - start

            start = time.perf_counter()
            ts = [threading.Thread(target=count, args=(N,)) for _ in range(2)]
            for t in ts: t.start()
            for t in ts: t.join()
            threaded = time.perf_counter() - start
            print(sequential, threaded)
            """
        let outcome = runPython(source)
        let times = outcome.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        XCTAssertEqual(times.count, 2, outcome.stdout + outcome.stderr)
        guard times.count == 2 else { return }
        XCTAssertGreaterThan(times[1], 0.7 * times[0], "threads ran in parallel: sequential \(times[0]) s, threaded \(times[1]) s")
    }
}
