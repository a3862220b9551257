import XCTest

/// concurrent.futures under `--schedule SEED`: the pool's workers are scheduled
/// interpreter threads, so a seed replays the same interleaving, names and output.
final class FuturesScheduleTests: XCTestCase {
    static let program = """
    import threading, time
    from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED

    total = 0
    def work(i):
        global total
        time.sleep(0.01 * (i % 3))
        for _ in range(50):
            total += 1
        print("job", i, "on", threading.current_thread().name)
        return i * i

    with ThreadPoolExecutor(max_workers=3) as ex:
        fs = [ex.submit(work, i) for i in range(6)]
        print("completed:", [fs.index(f) for f in as_completed(fs)])
        print("map:", list(ex.map(work, range(3))))
        done, not_done = wait([ex.submit(time.sleep, 0.05), ex.submit(abs, -1)], return_when=FIRST_COMPLETED)
        print("first:", len(done) >= 1)
    print("results:", [f.result() for f in fs], "total:", total, "t:", round(time.monotonic(), 3))
    """

    func testSameSeedGivesSameOutput() {
        for seed: UInt64 in [1, 7, 42] {
            let a = runScheduled(Self.program, seed: seed)
            let b = runScheduled(Self.program, seed: seed)
            XCTAssertEqual(a.status, 0, "seed \(seed): \(a.stderr)")
            XCTAssertEqual(a.stdout, b.stdout, "seed \(seed)")
            XCTAssertEqual(a.stderr, b.stderr, "seed \(seed)")
            XCTAssertTrue(a.stdout.contains("results: [0, 1, 4, 9, 16, 25]"), a.stdout)
            XCTAssertTrue(a.stdout.contains("map: [0, 1, 4]"), a.stdout)
        }
    }

    func testVirtualTimeoutsUnderSchedule() {
        let program = """
        import time
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(1) as ex:
            f = ex.submit(time.sleep, 5)
            try:
                f.result(timeout=1)
            except TimeoutError:
                print("timed out at", round(time.monotonic(), 3))
            f.result()
        print("done at", round(time.monotonic(), 3))
        """
        let a = runScheduled(program, seed: 3)
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, "timed out at 1.0\ndone at 5.0\n")
    }
}
