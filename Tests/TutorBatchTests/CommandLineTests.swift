import XCTest
import Foundation
@testable import TutorBatch

/// `tutor grade` end to end: exit statuses, reports, resume after a kill, shards
/// and their merge.
final class CommandLineTests: XCTestCase {
    /// Three students over four exercises: ada passes all, bob fails one, cy submitted nothing.
    func makeClass() throws -> SyntheticClass {
        let c = try SyntheticClass()
        for (i, name) in ["one", "two", "three", "four"].enumerated() {
            c.exercise("0\(i / 2 + 1)-topic\(i / 2 + 1)/0\(i + 1)-\(name)", expected: "\(name)\n")
            c.submit("ada", "0\(i / 2 + 1)-topic\(i / 2 + 1)/0\(i + 1)-\(name)", "print('\(name)')\n")
            c.submit("bob", "0\(i / 2 + 1)-topic\(i / 2 + 1)/0\(i + 1)-\(name)", i == 2 ? "print('wrong')\n" : "print('\(name)')\n")
        }
        c.addStudent("cy")
        return c
    }

    func testExitStatusesAndReports() throws {
        let c = try makeClass()
        // Everything ada did passes: 0.
        var r = try TutorExecutable.run(["grade", "--course", "course", "students/ada", "--junit", "out/ada.xml",
                                         "--gradescope", "out/gs.json", "--exercism", "out/ex.json", "--progress", "none"],
                                        in: c.root)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("ada     ok ok ok ok   4/4"), r.out)
        let gs = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: c.root + "/out/gs.json"))) as? [String: Any])
        XCTAssertEqual(gs["score"] as? Double, 4)
        let ex = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: c.root + "/out/ex.json"))) as? [String: Any])
        XCTAssertEqual(ex["status"] as? String, "pass")

        // The class: 1, with per-student Gradescope files, GitHub annotations and a step summary.
        r = try TutorExecutable.run(["grade", "--course", "course", "students", "--junit", "out/all.xml", "--gradescope", "out/gs",
                                     "--jsonl", "out/all.jsonl", "--journal", "j/class.jsonl", "-j", "2"],
                                    in: c.root, environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": c.root + "/summary.md"])
        XCTAssertEqual(r.status, 1, r.err)
        XCTAssertTrue(r.out.contains("::error file=students/bob/02-topic2/03-three/main.py,title=topic2/three (bob)%3A failed::wrong output"), r.out)
        XCTAssertTrue(r.out.contains("cy      -  -  -  -    0/4"), r.out)
        XCTAssertTrue(FileManager.default.fileExists(atPath: c.root + "/out/gs/bob/results.json"))
        let summary = try String(contentsOfFile: c.root + "/summary.md", encoding: .utf8)
        XCTAssertTrue(summary.contains("## tutor grade: 7 of 12 exercises passed"), summary)
        XCTAssertEqual(Journal.parse(try String(contentsOfFile: c.root + "/out/all.jsonl", encoding: .utf8)).verdicts.count, 12)

        // Only the passing exercises of bob are required: 0.
        r = try TutorExecutable.run(["grade", "--course", "course", "students/bob", "--optional", "three", "--progress", "none", "-q"], in: c.root)
        XCTAssertEqual(r.status, 0, r.err)
        r = try TutorExecutable.run(["grade", "--course", "course", "students/bob", "-e", "topic1", "--progress", "none", "-q", "--fresh",
                                     "--jsonl", "t1.jsonl"], in: c.root)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(Journal.parse(try String(contentsOfFile: c.root + "/t1.jsonl", encoding: .utf8)).verdicts.count, 2)

        // Usage and configuration errors: 2.
        for args in [["grade", "--shard", "3/2", "students"], ["grade", "--bogus"], ["grade", "--course", "nowhere", "students"],
                     ["grade", "--course", "course", "-e", "no-such-exercise", "students"], ["grade", "--course", "course", "no-such-dir"],
                     ["grade", "--memory-limit", "lots", "students"], ["grade", "merge"], ["grade", "merge", "missing.jsonl"]] {
            r = try TutorExecutable.run(args, in: c.root)
            XCTAssertEqual(r.status, 2, "\(args): \(r.err)")
            XCTAssertFalse(r.err.isEmpty, "\(args)")
        }
        r = try TutorExecutable.run(["grade", "--help"], in: c.root)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.out.contains("--shard"), r.out)
    }

    func testShardsMergeIntoTheWholeBatch() throws {
        let c = try makeClass()
        let whole = try TutorExecutable.run(["grade", "--course", "course", "students", "--jsonl", "whole.jsonl", "--junit", "whole.xml",
                                             "--journal", "whole-journal.jsonl", "--progress", "none"], in: c.root)
        XCTAssertEqual(whole.status, 1, whole.err)
        var keys = Set<JobKey>()
        var total = 0
        for i in 1...3 {
            let r = try TutorExecutable.run(["grade", "--course", "course", "students", "--shard", "\(i)/3", "--progress", "none", "-q"],
                                            in: c.root)
            XCTAssertTrue(r.status == 0 || r.status == 1, r.err)
            let shard = Journal.parse(try String(contentsOfFile: c.root + "/.tutor-grade/journal-shard-\(i)-of-3.jsonl", encoding: .utf8))
            total += shard.verdicts.count
            for v in shard.verdicts { keys.insert(v.key) }
        }
        XCTAssertEqual(total, 12, "the shards are disjoint")
        XCTAssertEqual(keys.count, 12, "and cover the batch")
        let merged = try TutorExecutable.run(["grade", "merge", ".tutor-grade/journal-shard-1-of-3.jsonl",
                                              ".tutor-grade/journal-shard-2-of-3.jsonl", ".tutor-grade/journal-shard-3-of-3.jsonl",
                                              "--jsonl", "merged.jsonl", "--junit", "merged.xml"], in: c.root)
        XCTAssertEqual(merged.status, 1, merged.err)
        XCTAssertEqual(merged.out, whole.out, "the same table")
        func strip(_ path: String) throws -> [Verdict] {
            Journal.parse(try String(contentsOfFile: c.root + "/" + path, encoding: .utf8)).verdicts.map { var v = $0; v.seconds = 0; return v }
        }
        XCTAssertEqual(try strip("merged.jsonl"), try strip("whole.jsonl"))
    }

    func testResumeAfterKill() throws {
        let c = try SyntheticClass()
        for i in 1...10 {
            c.exercise(String(format: "01-slow/%02d-e%d", i, i), expected: "ok\n")
            c.submit("ada", String(format: "01-slow/%02d-e%d", i, i), "import time\ntime.sleep(0.4)\nprint('ok')\n")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try TutorExecutable.require())
        p.arguments = ["grade", "--course", "course", "students", "-j", "1", "--journal", "j.jsonl", "--progress", "none", "-q"]
        p.currentDirectoryURL = URL(fileURLWithPath: c.root)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Kill it (SIGKILL: no chance to clean up) once three verdicts are in.
        let deadline = Date().addingTimeInterval(60)
        var before: [Verdict] = []
        while Date() < deadline {
            before = Journal.parse((try? String(contentsOfFile: c.root + "/j.jsonl", encoding: .utf8)) ?? "").verdicts
            if before.count >= 3 { break }
            usleep(20_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        before = Journal.parse(try String(contentsOfFile: c.root + "/j.jsonl", encoding: .utf8)).verdicts
        XCTAssertGreaterThanOrEqual(before.count, 3)
        XCTAssertLessThan(before.count, 10)
        // Simulate a line cut short by the kill.
        let fh = try XCTUnwrap(FileHandle(forWritingAtPath: c.root + "/j.jsonl"))
        fh.seekToEndOfFile()
        fh.write(Data("{\"student\":\"ada\",\"exer".utf8))
        fh.closeFile()

        // Another batch with this unfinished journal is refused.
        let other = try TutorExecutable.run(["grade", "--course", "course", "students", "-e", "e1", "--journal", "j.jsonl"], in: c.root)
        XCTAssertEqual(other.status, 2)
        XCTAssertTrue(other.err.contains("belongs to another batch"), other.err)

        let r = try TutorExecutable.run(["grade", "--course", "course", "students", "-j", "1", "--journal", "j.jsonl",
                                         "--progress", "lines", "--jsonl", "all.jsonl"], in: c.root)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.err.contains("resuming, \(before.count) verdicts already in the journal"), r.err)
        XCTAssertTrue(r.err.contains("\(10 - before.count) exercises to grade"), r.err)
        let after = Journal.parse(try String(contentsOfFile: c.root + "/all.jsonl", encoding: .utf8)).verdicts
        XCTAssertEqual(after.count, 10)
        for v in before { XCTAssertEqual(after.first { $0.key == v.key }, v, "kept as it was") }
        // The journal is whole again: every line parses.
        let lines = try String(contentsOfFile: c.root + "/j.jsonl", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 12, "header, 10 verdicts, completion")
        for line in lines { XCTAssertNoThrow(try JSON.parse(String(line))) }
        // A finished batch run again grades again.
        let again = try TutorExecutable.run(["grade", "--course", "course", "students", "-e", "e1", "--journal", "j.jsonl",
                                             "--progress", "lines", "-q"], in: c.root)
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertFalse(again.err.contains("resuming"), again.err)
        XCTAssertTrue(again.err.contains("1 exercise to grade"), again.err)
    }

    func testInterruptStopsWorkersAndKeepsTheJournal() throws {
        let c = try SyntheticClass()
        c.exercise("01-t/01-quick", expected: "ok\n")
        c.exercise("01-t/02-forever", expected: "ok\n")
        c.submit("ada", "01-t/01-quick", "print('ok')\n")
        c.submit("ada", "01-t/02-forever", "while True:\n    pass\n")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try TutorExecutable.require())
        p.arguments = ["grade", "--course", "course", "students", "-j", "2", "--journal", "j.jsonl", "--progress", "none", "-q"]
        p.currentDirectoryURL = URL(fileURLWithPath: c.root)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline,
              Journal.parse((try? String(contentsOfFile: c.root + "/j.jsonl", encoding: .utf8)) ?? "").verdicts.isEmpty {
            usleep(20_000)
        }
        usleep(200_000)
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 130)
        XCTAssertEqual(c.leftoverProcesses(), [], "the infinite loop's worker is gone")
        let journal = Journal.parse(try String(contentsOfFile: c.root + "/j.jsonl", encoding: .utf8))
        XCTAssertEqual(journal.verdicts.map(\.exercise), ["t/quick"])
        XCTAssertFalse(journal.complete)
    }
}
