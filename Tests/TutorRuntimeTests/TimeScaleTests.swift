import Foundation
import TutorLanguage
import XCTest
@testable import TutorRuntime

/// `--time-scale K` (`RuntimeOptions.timeScale`): waits last K times less wall time
/// while the program's clocks run K times faster, so it sees unscaled durations.
/// Bounds are loose: a loaded machine only adds time, and with K = 100 each
/// millisecond of wall overhead shows as 0.1 s of program time.
final class TimeScaleTests: XCTestCase {
    /// Runs `source` in real time with the given scale; `seconds` is wall time.
    private func runScaled(_ source: String, timeScale: Double?) -> Outcome {
        let out = StringSink(limit: 1_000_000), err = StringSink(limit: 1_000_000)
        var status: Int32 = 0
        let start = Date()
        LargeStackThread.run {
            var options = Interpreter.Options()
            options.argv = ["test.py"]
            let interpreter = Interpreter(options: options, stdout: out, stderr: err, stdin: StringLineSource(""))
            if let k = timeScale {
                Runtime.install(into: interpreter, options: RuntimeOptions(timeScale: k))
            } else {
                Runtime.install(into: interpreter)
            }
            status = interpreter.runProgram(source: source, filename: "test.py", limits: RunLimits(timeLimit: 60))
        }
        return Outcome(stdout: out.text, stderr: err.text, status: status,
                       seconds: Date().timeIntervalSince(start), gilInstalled: false)
    }

    private func lastNumber(_ text: String) throws -> Double {
        let last = text.split(separator: "\n").last.map(String.init) ?? ""
        return try XCTUnwrap(Double(last.split(separator: " ").last ?? ""), "no number in \(text.debugDescription)")
    }

    /// Lecture 004's step_1/step_2/step_3 in threads, with sleeps of 3, 5 and 1 s.
    func testLectureStepsRunFastYetMeasureTheirProgramDuration() throws {
        let source = LecturePrograms.threadedSteps("3", "5", "1")
        let outcome = runScaled(source, timeScale: 100)
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertEqual(outcome.status, 0)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(6)), [
            "Start of step 1", "Start of step 2", "Start of step 3",
            "End of step 3", "End of step 1", "End of step 2",
        ])
        let elapsed = try lastNumber(outcome.stdout)
        XCTAssertGreaterThanOrEqual(elapsed, 4.5, "the program should see the 5 s its longest sleep lasts")
        XCTAssertLessThan(elapsed, 7.5, "the sleeps should overlap (9 s in sequence; at K = 100 a 10 ms scheduling delay on a loaded machine shows as 1 s)")
        XCTAssertLessThan(outcome.seconds, 1, "5 s of program time at K=100 is 0.05 s of wall time")
    }

    func testAsyncioGatherSeesUnscaledLoopTime() throws {
        let source = """
            import asyncio
            import time

            async def main():
                loop = asyncio.get_running_loop()
                start, wall = loop.time(), time.monotonic()
                await asyncio.gather(asyncio.sleep(2), asyncio.sleep(2), asyncio.sleep(2))
                print("wall", time.monotonic() - wall)
                print("loop", loop.time() - start)

            asyncio.run(main())
            """
        let outcome = runScaled(source, timeScale: 100)
        XCTAssertEqual(outcome.stderr, "")
        let loop = try lastNumber(outcome.stdout)
        XCTAssertGreaterThanOrEqual(loop, 1.99)
        XCTAssertLessThan(loop, 3.5, "three concurrent 2 s sleeps take about 2 s")
        let wall = try lastNumber(String(outcome.stdout.split(separator: "\n").first ?? ""))
        XCTAssertEqual(wall, loop, accuracy: 0.5, "time.monotonic() and loop.time() are the same run clock")
        XCTAssertLessThan(outcome.seconds, 2, "2 s of program time at K=100 is 0.02 s of wall time")
    }

    func testAsyncioTimeoutIsScaled() throws {
        let source = """
            import asyncio

            async def main():
                loop = asyncio.get_running_loop()
                start = loop.time()
                try:
                    await asyncio.wait_for(asyncio.sleep(30), 1)
                except asyncio.TimeoutError:
                    print("timed out after", loop.time() - start)

            asyncio.run(main())
            """
        let outcome = runScaled(source, timeScale: 100)
        XCTAssertEqual(outcome.stderr, "")
        let waited = try lastNumber(outcome.stdout)
        XCTAssertGreaterThanOrEqual(waited, 0.99)
        XCTAssertLessThan(waited, 2.5)
        XCTAssertLessThan(outcome.seconds, 3)
    }

    func testLockAcquireTimeoutLastsItsProgramTime() throws {
        let source = """
            import threading
            import time

            lock = threading.Lock()
            lock.acquire()
            start = time.perf_counter()
            got = lock.acquire(timeout=1)
            print(got, time.perf_counter() - start)
            """
        let outcome = runScaled(source, timeScale: 50)
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertTrue(outcome.stdout.hasPrefix("False "), outcome.stdout)
        let waited = try lastNumber(outcome.stdout)
        XCTAssertGreaterThanOrEqual(waited, 0.99)
        XCTAssertLessThan(waited, 2)
        XCTAssertLessThan(outcome.seconds, 0.9, "1 s of program time at K=50 is 0.02 s of wall time")
    }

    /// time.time() and time.monotonic() advance together, K times the wall clock.
    func testClocksAgree() throws {
        let source = """
            import time
            t0, m0, p0, n0 = time.time(), time.monotonic(), time.perf_counter(), time.monotonic_ns()
            time.sleep(3)
            t1, m1, p1, n1 = time.time(), time.monotonic(), time.perf_counter(), time.monotonic_ns()
            print(abs((t1 - t0) - (m1 - m0)) < 0.5, abs((p1 - p0) - (m1 - m0)) < 0.5, (n1 - n0) // 10**9, m1 - m0)
            """
        let outcome = runScaled(source, timeScale: 100)
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertTrue(outcome.stdout.hasPrefix("True True 3 "), outcome.stdout)
        XCTAssertLessThan(outcome.seconds, 2)
    }

    func testWithoutTheOptionNothingChanges() throws {
        let source = """
            import time
            start = time.time()
            time.sleep(0.2)
            print("elapsed", time.time() - start)
            """
        for outcome in [runScaled(source, timeScale: nil), runScaled(source, timeScale: 1)] {
            XCTAssertEqual(outcome.stderr, "")
            let elapsed = try lastNumber(outcome.stdout)
            XCTAssertGreaterThanOrEqual(elapsed, 0.2)
            XCTAssertLessThan(elapsed, 1.5)
            XCTAssertGreaterThanOrEqual(outcome.seconds, 0.2, "an unscaled sleep takes its real time")
        }
        let interpreter = Interpreter(options: Interpreter.Options())
        Runtime.install(into: interpreter, options: RuntimeOptions())
        XCTAssertNil(RunClock.of(interpreter))
    }
}
