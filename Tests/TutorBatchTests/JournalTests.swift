import XCTest
import Foundation
@testable import TutorBatch

final class JournalTests: XCTestCase {
    func verdict(_ s: String, _ e: String, _ status: VerdictStatus = .passed) -> Verdict {
        Verdict(student: s, exercise: e, topic: "t", title: e, status: status, score: status == .passed ? 1 : 0,
                maxScore: 1, message: status.rawValue)
    }

    func testAppendReopenAndResume() throws {
        let c = try SyntheticClass()
        let path = c.root + "/deep/dir/journal.jsonl"
        do {
            let j = try Journal(path: path, fingerprint: "abc", fresh: false)
            j.append(verdict("a", "t/1"))
            j.append(verdict("a", "t/2", .failed))
            // No close: the lines are in the file already.
            let text = try String(contentsOfFile: path, encoding: .utf8)
            XCTAssertEqual(text.split(separator: "\n").count, 3)
        }
        let again = try Journal(path: path, fingerprint: "abc", fresh: false)
        XCTAssertEqual(again.verdicts.count, 2)
        XCTAssertEqual(again.verdicts[JobKey(student: "a", exercise: "t/2")]?.status, .failed)
        again.append(verdict("a", "t/2"))
        again.close()
        XCTAssertEqual(try Journal(path: path, fingerprint: "abc", fresh: false).verdicts[JobKey(student: "a", exercise: "t/2")]?.status,
                       .passed, "the last line for a job wins")
        XCTAssertThrowsError(try Journal(path: path, fingerprint: "other", fresh: false))
        XCTAssertEqual(try Journal(path: path, fingerprint: "other", fresh: true).verdicts.count, 0)
        // A completed journal starts over, whatever batch opens it.
        let done = try Journal(path: path, fingerprint: "other", fresh: false)
        done.append(verdict("a", "t/1"))
        done.markComplete()
        done.close()
        XCTAssertTrue(Journal.parse(try String(contentsOfFile: path, encoding: .utf8)).complete)
        XCTAssertEqual(try Journal.load([path]).count, 1, "merge still reads a completed journal")
        XCTAssertEqual(try Journal(path: path, fingerprint: "third", fresh: false).verdicts.count, 0)
    }

    func testGarbageAndCutLinesAreSkipped() throws {
        let text = "{\"journal\":\"tutor grade\",\"batch\":\"x\"}\nnot json\n\(verdict("a", "t/1").json.text)\n{\"student\":\"a\",\"ex"
        let parsed = Journal.parse(text)
        XCTAssertEqual(parsed.header, "x")
        XCTAssertEqual(parsed.verdicts.count, 1)
        let c = try SyntheticClass()
        c.write("bad.jsonl", "hello\nworld\n")
        XCTAssertThrowsError(try Journal.load([c.root + "/bad.jsonl"]))
        XCTAssertThrowsError(try Journal.load([c.root + "/none.jsonl"]))
    }

    func testShardsAreDisjointAndCover() {
        XCTAssertNil(Shard("0/3"))
        XCTAssertNil(Shard("4/3"))
        XCTAssertNil(Shard("1/0"))
        XCTAssertNil(Shard("x"))
        XCTAssertNil(Shard("1/2/3"))
        XCTAssertEqual(Shard("2/3"), Shard(index: 2, count: 3))
        for n in 1...5 {
            let shards = (1...n).compactMap { Shard("\($0)/\(n)") }
            for position in 0..<50 {
                XCTAssertEqual(shards.filter { $0.contains(position) }.count, 1)
            }
        }
    }

    func testExerciseSelection() throws {
        let exs = [("a", "x"), ("a", "y"), ("b", "x")].map {
            BatchExercise(id: "\($0.0)/\($0.1)", topic: $0.0, title: $0.1, directory: "01-\($0.0)/01-\($0.1)", files: ["main.py"], points: 1)
        }
        XCTAssertEqual(try ExerciseNames.select([], from: exs).count, 3)
        XCTAssertEqual(try ExerciseNames.select(["y"], from: exs).map(\.id), ["a/y"])
        XCTAssertEqual(try ExerciseNames.select(["a"], from: exs).map(\.id), ["a/x", "a/y"])
        XCTAssertEqual(try ExerciseNames.select(["b/x"], from: exs).map(\.id), ["b/x"])
        XCTAssertThrowsError(try ExerciseNames.select(["x"], from: exs), "ambiguous")
        XCTAssertThrowsError(try ExerciseNames.select(["z"], from: exs))
    }

    func testLimitsPrecedence() {
        let e = BatchExercise(id: "a/b", topic: "a", title: "b", directory: "d", files: [], points: 1, wallLimit: 90, outputLimit: 10)
        let fromManifest = LimitOverrides().limits(for: e)
        XCTAssertEqual(fromManifest.wall, 90)
        XCTAssertEqual(fromManifest.cpu, 90)
        XCTAssertEqual(fromManifest.memory, 512 << 20)
        let cli = LimitOverrides(wall: 5, cpu: 2, memory: 1 << 20, processes: 3, output: 100).limits(for: e)
        XCTAssertEqual(cli, Limits(wall: 5, cpu: 2, memory: 1 << 20, processes: 3, output: 100))
    }
}

final class ProgressTests: XCTestCase {
    func testPlainLinesWithoutATerminal() {
        var out = ""
        let p = ProgressDisplay(mode: .lines, total: 3) { out += $0 }
        p.started(resumed: 2)
        for status in [VerdictStatus.passed, .timeLimit, .passed] {
            p.record(Verdict(student: "ada", exercise: "t/e", topic: "t", title: "e", status: status, score: 0, maxScore: 1,
                             message: status == .passed ? "passed" : "time limit exceeded after 5 s"))
        }
        p.finished(interrupted: false)
        XCTAssertTrue(out.hasPrefix("tutor grade: resuming, 2 verdicts already in the journal\ntutor grade: 3 exercises to grade\n"), out)
        XCTAssertTrue(out.contains("T  ada t/e: time limit exceeded after 5 s\n"), out)
        XCTAssertTrue(out.contains("progress: 3/3 (100%), 1 not passed"), out)
        XCTAssertFalse(out.contains("\r"), "no redrawing off a terminal")
        XCTAssertTrue(out.contains("tutor grade: graded 3 in"), out)
    }

    func testBarRedrawsInPlace() {
        var out = ""
        let p = ProgressDisplay(mode: .bar, total: 2) { out += $0 }
        p.started(resumed: 0)
        for _ in 0..<2 {
            p.record(Verdict(student: "a", exercise: "t/e", topic: "t", title: "e", status: .passed, score: 1, maxScore: 1, message: ""))
        }
        XCTAssertTrue(out.contains("\r\u{1B}[K["), out)
        XCTAssertTrue(out.contains("] 2/2"), out)
    }
}
