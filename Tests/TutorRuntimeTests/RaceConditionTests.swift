import TutorLanguage
import XCTest

/// Lecture 004's race: two threads each add 1 to a global counter many times.
final class RaceConditionTests: XCTestCase {
    static func program(increments: Int, runs: Int, withLock: Bool) -> String {
        """
        import threading
        x = 0
        def increment():
            global x
            x += 1
        def thread_task(lock):
            for i in range(\(increments)):
                \(withLock ? "lock.acquire()" : "pass")
                increment()
                \(withLock ? "lock.release()" : "pass")
        def main_task():
            global x
            x = 0
            lock = threading.Lock()
            t1 = threading.Thread(target=thread_task, args=(lock,))
            t2 = threading.Thread(target=thread_task, args=(lock,))
            t1.start()
            t2.start()
            t1.join()
            t2.join()
        for i in range(\(runs)):
            main_task()
            print(x)
        """
    }

    static func totals(_ outcome: Outcome) -> [Int] {
        outcome.stdout.split(separator: "\n").compactMap { Int($0) }
    }

    /// Switching between any two instructions splits `x += 1` between its load and
    /// its store: updates get lost.
    func testUpdatesAreLostWhenThreadsSwitchAtEveryInstruction() {
        let outcome = runPython(Self.program(increments: 10000, runs: 10, withLock: false))
        let totals = Self.totals(outcome)
        XCTAssertEqual(totals.count, 10, outcome.stderr)
        XCTAssertTrue(totals.contains { $0 < 20000 }, "no run lost an update: \(totals)")
        XCTAssertTrue(totals.allSatisfy { $0 <= 20000 && $0 >= 10000 }, "\(totals)")
    }

    /// CPython 3.10+ switches only at calls and backward jumps, between increments.
    func testNoUpdateIsLostWhenThreadsSwitchLikeCPython() {
        let outcome = runPython(Self.program(increments: 10000, runs: 3, withLock: false),
                          switchPoints: .callsAndBackwardJumps)
        XCTAssertEqual(Self.totals(outcome), [20000, 20000, 20000], outcome.stderr)
    }

    func testALockPreventsLostUpdates() {
        let outcome = runPython(Self.program(increments: 10000, runs: 3, withLock: true))
        XCTAssertEqual(Self.totals(outcome), [20000, 20000, 20000], outcome.stderr)
    }
}
