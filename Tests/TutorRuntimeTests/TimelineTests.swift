import Foundation
import TutorLanguage
@testable import TutorRuntime
import XCTest

/// Runs `source` with a timeline attached, as `tutor run --timeline` does
/// (deterministically, in virtual time, when `seed` is given).
private func runRecorded(_ source: String, seed: UInt64? = nil, capacity: Int = Timeline.defaultCapacity)
    -> (outcome: Outcome, timeline: Timeline) {
    let out = StringSink(limit: 10_000_000), err = StringSink(limit: 10_000_000)
    var status: Int32 = 0
    let timeline = Timeline(capacity: capacity)
    let start = Date()
    LargeStackThread.run {
        var options = Interpreter.Options()
        options.argv = ["test.py"]
        let interpreter = Interpreter(options: options, stdout: out, stderr: err, stdin: StringLineSource(""))
        if let seed = seed {
            Runtime.install(into: interpreter, options: ScheduleOptions(seed: seed))
        } else {
            Runtime.install(into: interpreter)
        }
        timeline.attach(to: interpreter)
        status = interpreter.runProgram(source: source, filename: "test.py", limits: RunLimits(timeLimit: 20))
        timeline.finish()
    }
    let outcome = Outcome(stdout: out.text, stderr: err.text, status: status,
                          seconds: Date().timeIntervalSince(start), gilInstalled: false)
    return (outcome, timeline)
}

/// Lecture 004's step_1/step_2/step_3 as threads with short sleeps.
private let threadSteps = """
    import threading
    import time

    def step(seconds):
        time.sleep(seconds)

    threads = [threading.Thread(target=step, args=(s,), name=f"step_{i + 1}")
               for i, s in enumerate([0.1, 0.2, 0.05])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("done")
    """

/// The same steps as coroutines: gathered, then awaited one after another.
private let asyncioSteps = """
    import asyncio

    async def step_1():
        await asyncio.sleep(0.1)

    async def step_2():
        await asyncio.sleep(0.2)

    async def step_3():
        await asyncio.sleep(0.05)

    async def together():
        await asyncio.gather(step_1(), step_2(), step_3())

    async def one_after_another():
        await step_1()
        await step_2()
        await step_3()

    asyncio.run(together())
    asyncio.run(one_after_another())
    print("done")
    """

private func overlaps(_ a: Timeline.Interval, _ b: Timeline.Interval) -> Bool {
    a.start < b.end && b.start < a.end
}

private func track(_ timeline: Timeline, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
    try XCTUnwrap(timeline.tracks.firstIndex { $0.name == name }, "no row \(name) in \(timeline.tracks.map(\.name))",
                  file: file, line: line)
}

final class TimelineTests: XCTestCase {
    func testThreadSleepsOverlapInRealTime() throws {
        let (outcome, timeline) = runRecorded(threadSteps)
        XCTAssertEqual(outcome.stdout, "done\n", outcome.stderr)
        XCTAssertFalse(timeline.isVirtual)
        XCTAssertEqual(timeline.tracks.map(\.name), ["MainThread", "step_1", "step_2", "step_3"])
        let intervals = timeline.intervals()
        var sleeps: [Timeline.Interval] = []
        for (name, seconds) in [("step_1", 0.1), ("step_2", 0.2), ("step_3", 0.05)] {
            let t = try track(timeline, name)
            let mine = intervals.filter { $0.track == t && $0.state == .sleep }
            XCTAssertEqual(mine.count, 1, "\(name): \(mine)")
            guard let s = mine.first else { continue }
            XCTAssertGreaterThanOrEqual(s.seconds, seconds * 0.95, name)
            XCTAssertLessThan(s.seconds, seconds + 0.5, name)
            sleeps.append(s)
        }
        XCTAssertEqual(sleeps.count, 3)
        for a in sleeps { for b in sleeps { XCTAssertTrue(overlaps(a, b), "the three sleeps should overlap") } }
        // The main thread waits in join while they sleep.
        let main = try track(timeline, "MainThread")
        XCTAssertTrue(intervals.contains { $0.track == main && ($0.state == .join || $0.state == .lockWait) })
    }

    func testThreadSleepsInVirtualTimeAreExact() throws {
        let (outcome, timeline) = runRecorded(threadSteps, seed: 7)
        XCTAssertEqual(outcome.stdout, "done\n", outcome.stderr)
        XCTAssertTrue(timeline.isVirtual)
        let intervals = timeline.intervals()
        for (name, ns) in [("step_1", 100_000_000), ("step_2", 200_000_000), ("step_3", 50_000_000)] as [(String, UInt64)] {
            let t = try track(timeline, name)
            let sleeps = intervals.filter { $0.track == t && $0.state == .sleep }
            XCTAssertEqual(sleeps.map(\.start), [0], name)
            XCTAssertEqual(sleeps.map(\.end), [ns], name)
        }
        XCTAssertEqual(timeline.endTime, 200_000_000)
    }

    func testGatheredCoroutinesOverlapAndSequentialAwaitsDoNot() throws {
        let (outcome, timeline) = runRecorded(asyncioSteps, seed: 1)
        XCTAssertEqual(outcome.stdout, "done\n", outcome.stderr)
        XCTAssertTrue(timeline.isVirtual)
        let names = timeline.tracks.map(\.name)
        XCTAssertEqual(names.first, "MainThread")
        for n in ["together (Task-1)", "step_1 (Task-2)", "step_2 (Task-3)", "step_3 (Task-4)"] {
            XCTAssertTrue(names.contains(n), "\(n) missing from \(names)")
        }
        XCTAssertTrue(timeline.tracks.dropFirst().allSatisfy { $0.isTask && $0.thread == 0 })
        let intervals = timeline.intervals()
        // Gathered: each step awaits once, all from time 0, side by side.
        var gathered: [Timeline.Interval] = []
        for (name, ns) in [("step_1 (Task-2)", 100_000_000), ("step_2 (Task-3)", 200_000_000),
                           ("step_3 (Task-4)", 50_000_000)] as [(String, UInt64)] {
            let t = try track(timeline, name)
            let waits = intervals.filter { $0.track == t && $0.state == .awaiting }
            XCTAssertEqual(waits.map { ($0.end - $0.start + 500) / 1000 }, [ns / 1000], name)
            gathered += waits
        }
        for a in gathered { for b in gathered { XCTAssertTrue(overlaps(a, b)) } }
        // One after another: one task whose three awaits follow each other.
        let seq = try XCTUnwrap(timeline.tracks.firstIndex { $0.name.hasPrefix("one_after_another") })
        let waits = intervals.filter { $0.track == seq && $0.state == .awaiting }
        // (Virtual deadlines round up to the next nanosecond.)
        XCTAssertEqual(waits.map { ($0.end - $0.start + 500) / 1000 }, [100_000, 200_000, 50_000])
        XCTAssertEqual(Set(waits.map(\.detail)).count, 3, "each await is at its own line")
        for (i, a) in waits.enumerated() {
            for b in waits[(i + 1)...] { XCTAssertFalse(overlaps(a, b), "sequential awaits must not overlap") }
        }
        // 0.2 s gathered, then 0.1 + 0.2 + 0.05 s in sequence.
        XCTAssertEqual((timeline.endTime + 500) / 1000, 550_000)
    }

    func testGatheredCoroutinesOverlapInRealTime() throws {
        let (outcome, timeline) = runRecorded(asyncioSteps)
        XCTAssertEqual(outcome.stdout, "done\n", outcome.stderr)
        let intervals = timeline.intervals()
        let rows = try ["step_1 (Task-2)", "step_2 (Task-3)", "step_3 (Task-4)"].map { try track(timeline, $0) }
        let waits = rows.compactMap { t in intervals.first { $0.track == t && $0.state == .awaiting } }
        XCTAssertEqual(waits.count, 3)
        for a in waits { for b in waits { XCTAssertTrue(overlaps(a, b)) } }
        // The loop's thread is idle while every task awaits.
        XCTAssertTrue(intervals.contains { $0.track == 0 && $0.state == .idle })
    }

    func testThreadsTakeTurnsOnTheGIL() throws {
        let source = """
            import threading
            def count():
                x = 0
                for i in range(300000):
                    x += 1
            t1 = threading.Thread(target=count, name="A")
            t2 = threading.Thread(target=count, name="B")
            t1.start(); t2.start(); t1.join(); t2.join()
            """
        let (outcome, timeline) = runRecorded(source)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(timeline.events.contains { $0.kind == .gilRelease })
        let intervals = timeline.intervals()
        let a = try track(timeline, "A"), b = try track(timeline, "B")
        for t in [a, b] {
            XCTAssertTrue(intervals.contains { $0.track == t && $0.state == .running && $0.end > $0.start })
            XCTAssertTrue(intervals.contains { $0.track == t && $0.state == .gilWait }, "thread \(t) never waited for the GIL")
        }
        // At most one thread runs at a time.
        let running = intervals.filter { $0.state == .running && $0.end > $0.start }
        for (i, x) in running.enumerated() {
            for y in running[(i + 1)...] where x.track != y.track {
                XCTAssertFalse(overlaps(x, y), "\(x) and \(y) both hold the GIL")
            }
        }
        let picture = TimelineText.render(timeline, width: 80)
        XCTAssertTrue(picture.contains("░"), picture)
        XCTAssertTrue(picture.contains("waiting for the GIL"), picture)
    }

    func testLockWaitsAreNamed() throws {
        let source = """
            import threading, time
            lock_a = threading.Lock()
            def worker():
                with lock_a:
                    time.sleep(0.1)
            ts = [threading.Thread(target=worker) for _ in range(2)]
            for t in ts: t.start()
            for t in ts: t.join()
            """
        let (outcome, timeline) = runRecorded(source, seed: 3)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let waits = timeline.intervals().filter { $0.state == .lockWait && timeline.describe($0) == "lock wait: lock_a" }
        XCTAssertEqual(waits.map { $0.end - $0.start }, [100_000_000])
        let json = TimelineTrace.json(timeline)
        XCTAssertTrue(json.contains("\"acquire lock_a\""))
        XCTAssertTrue(json.contains("\"release lock_a\""))
    }

    func testRenderedRowsAndAxis() throws {
        let (_, timeline) = runRecorded(threadSteps, seed: 7)
        let picture = TimelineText.render(timeline, width: 72)
        let lines = picture.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("timeline (virtual time): 0.200 s, 4 rows"), picture)
        let rows = Array(lines[1...4])
        for (row, name) in zip(rows, ["MainThread", "step_1", "step_2", "step_3"]) {
            XCTAssertTrue(row.hasPrefix(name), picture)
            XCTAssertTrue(row.hasSuffix("|"), picture)
            XCTAssertEqual(row.count, rows[0].count, "rows line up")
            XCTAssertLessThanOrEqual(row.count, 72)
        }
        // Sleeps are drawn with ~, and step_2 sleeps longest.
        let tildes = rows.map { $0.filter { $0 == "~" }.count }
        XCTAssertGreaterThan(tildes[2], tildes[1])
        XCTAssertGreaterThan(tildes[1], tildes[3])
        XCTAssertGreaterThan(tildes[3], 0)
        // The axis: tick marks under the bars, then labels in seconds from 0.
        let bar = try XCTUnwrap(rows[0].firstIndex(of: "|"))
        let offset = rows[0].distance(from: rows[0].startIndex, to: bar) + 1
        let ticks = lines[5], labels = lines[6]
        XCTAssertTrue(ticks.dropFirst(offset).hasPrefix("+"), picture)
        XCTAssertTrue(ticks.allSatisfy { " +-".contains($0) }, picture)
        XCTAssertTrue(labels.dropFirst(offset).hasPrefix("0"), picture)
        XCTAssertTrue(labels.contains("0.1") && labels.hasSuffix("s"), picture)
        XCTAssertTrue(lines[7].contains("~ sleep"), picture)
        XCTAssertFalse(picture.contains("\u{1B}["), "no colour unless asked")
        XCTAssertTrue(TimelineText.render(timeline, width: 72, color: true).contains("\u{1B}[34m"))
    }

    func testTraceJSONParsesWithEventsForEveryThread() throws {
        let (_, timeline) = runRecorded(threadSteps)
        let data = Data(TimelineTrace.json(timeline, processName: "tutor run \"steps\".py").utf8)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try XCTUnwrap(root["traceEvents"] as? [[String: Any]])
        var tidByName: [String: Int] = [:]
        for e in events where e["ph"] as? String == "M" && e["name"] as? String == "thread_name" {
            let args = try XCTUnwrap(e["args"] as? [String: Any])
            tidByName[try XCTUnwrap(args["name"] as? String)] = try XCTUnwrap(e["tid"] as? Int)
        }
        XCTAssertEqual(Set(tidByName.keys), ["MainThread", "step_1", "step_2", "step_3"])
        for (name, tid) in tidByName {
            let slices = events.filter { ["X", "B", "E"].contains($0["ph"] as? String) && $0["tid"] as? Int == tid }
            XCTAssertFalse(slices.isEmpty, name)
            for s in slices where s["ph"] as? String == "X" {
                XCTAssertNotNil(s["ts"] as? Double, "\(s)")
                XCTAssertGreaterThanOrEqual(try XCTUnwrap(s["dur"] as? Double), 0)
            }
        }
        let step2 = try XCTUnwrap(tidByName["step_2"])
        let sleep = try XCTUnwrap(events.first { $0["tid"] as? Int == step2 && $0["name"] as? String == "sleep" })
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(sleep["dur"] as? Double), 190_000)
        let process = try XCTUnwrap(events.first { $0["name"] as? String == "process_name" }?["args"] as? [String: Any])
        XCTAssertEqual(process["name"] as? String, "tutor run \"steps\".py")
    }

    func testJSONQuoteEscapes() throws {
        let tricky = "a\"b\\c\nd\te\u{01}\u{1F}é😀\u{2028}/"
        let data = Data(("[" + JSONText.quote(tricky) + "]").utf8)
        let decoded = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String])
        XCTAssertEqual(decoded, [tricky])
        XCTAssertEqual(TimelineTrace.micros(1_500_250), "1500.250")
        XCTAssertEqual(TimelineTrace.micros(7), "0.007")
    }

    func testRecordingIsBounded() throws {
        let source = """
            import threading
            lock = threading.Lock()
            for i in range(1000):
                with lock:
                    pass
            """
        let (outcome, timeline) = runRecorded(source, capacity: 100)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(timeline.truncated)
        // The cap, plus the rows closed when the run ends.
        XCTAssertLessThanOrEqual(timeline.events.count, 100 + timeline.tracks.count)
        XCTAssertTrue(TimelineText.render(timeline).contains("timeline truncated"))
        XCTAssertFalse(Timeline.isRecording, "finish() detaches")
    }

    func testNothingIsRecordedWithoutATimeline() {
        XCTAssertFalse(Timeline.isRecording)
        let outcome = runPython(threadSteps)
        XCTAssertEqual(outcome.stdout, "done\n")
        XCTAssertFalse(Timeline.isRecording)
    }
}
