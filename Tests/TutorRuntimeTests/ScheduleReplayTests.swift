import XCTest

/// A seed fixes the whole run: same seed, same bytes; different seeds, different races.
final class ScheduleReplayTests: XCTestCase {
    func testSameSeedReplaysByteForByte() {
        for seed: UInt64 in [1, 7, 42, 1234, 99999] {
            let first = runScheduled(scheduleCounterProgram, seed: seed)
            let second = runScheduled(scheduleCounterProgram, seed: seed)
            XCTAssertEqual(first.status, 0, first.stderr)
            XCTAssertEqual(first.stdout, second.stdout, "seed \(seed)")
            XCTAssertEqual(first.stderr, second.stderr, "seed \(seed)")
        }
    }

    func testSomeSeedsLoseUpdatesAndOthersDoNot() {
        var totals: [Int] = []
        for seed: UInt64 in 0..<24 {
            let outcome = runScheduled(scheduleCounterProgram, seed: seed)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            let line = outcome.stdout.split(separator: "\n").last ?? ""
            totals.append(Int(line.dropFirst(4)) ?? -1)
        }
        XCTAssertTrue(totals.contains(2000), "\(totals)")
        XCTAssertTrue(totals.contains { $0 < 2000 && $0 > 0 }, "\(totals)")
    }

    func testFrequentSwitchingLosesUpdates() {
        let outcome = runScheduled(scheduleCounterProgram, seed: 3, meanRunLength: 3)
        XCTAssertFalse(outcome.stdout.hasSuffix("x = 2000\n"), outcome.stdout)
    }

    func testLockedCounterNeverLosesUpdates() {
        let locked = scheduleCounterProgram
            .replacingOccurrences(of: "x = 0\n", with: "x = 0\nlock = threading.Lock()\n")
            .replacingOccurrences(of: "    x += 1", with: "    with lock:\n        x += 1")
        for seed: UInt64 in 0..<6 {
            let outcome = runScheduled(locked, seed: seed, meanRunLength: 3)
            XCTAssertTrue(outcome.stdout.hasSuffix("x = 2000\n"), "seed \(seed): \(outcome.stdout)\(outcome.stderr)")
        }
    }
}

/// Object identities replay with the seed: id(), default reprs and the order of
/// sets of objects are the same in two runs of one seed.
final class ReplayableIdentityTests: XCTestCase {
    func testIdsAndReprsReplay() {
        let source = """
        import threading
        class Box: pass
        b = Box()
        print(b, threading.Lock(), id(b) == id(b))
        s = {Box() for _ in range(5)}
        print([id(x) for x in s])
        def work():
            print(object())
        ts = [threading.Thread(target=work) for _ in range(3)]
        for t in ts: t.start()
        for t in ts: t.join()
        """
        let first = runScheduled(source, seed: 11)
        let second = runScheduled(source, seed: 11)
        XCTAssertEqual(first.stderr, "")
        XCTAssertEqual(first.stdout, second.stdout)
        XCTAssertTrue(first.stdout.hasPrefix("<__main__.Box object at 0x7f3a2c000000> <unlocked _thread.lock object at 0x7f3a2c000040> True\n"), first.stdout)
    }
}
