import XCTest
import Foundation
@testable import TutorBatch
import TutorGrading

/// Good, wrong and hostile submissions graded by real workers (the built `tutor`
/// executable). Limits are generous for a loaded CI machine but bounded.
final class IsolationTests: XCTestCase {
    func batchOptions(_ c: SyntheticClass, journal: String) throws -> BatchOptions {
        var o = BatchOptions(course: c.course, paths: [c.students])
        o.worker = WorkerCommand(executable: try TutorExecutable.require(), arguments: ["grade", "_worker"])
        o.journal = journal
        o.progress = .quiet
        o.parallelism = 2
        return o
    }

    func testGoodWrongAndHostileSubmissions() throws {
        let c = try SyntheticClass()
        let names = ["good", "wrong", "missing"] + SyntheticClass.hostile.keys.sorted()
        for (i, name) in names.enumerated() {
            c.exercise(String(format: "01-cases/%02d-%@", i + 1, name), expected: "ok\n", points: name == "good" ? 2 : nil)
        }
        func dir(_ name: String) -> String {
            String(format: "01-cases/%02d-%@", (names.firstIndex(of: name) ?? 0) + 1, name)
        }
        c.submit("mallory", dir("good"), "print('ok')\n")
        c.submit("mallory", dir("wrong"), "print('not ok')\n")
        for (name, source) in SyntheticClass.hostile { c.submit("mallory", dir(name), source) }

        var options = try batchOptions(c, journal: c.root + "/journal.jsonl")
        options.limits = LimitOverrides(wall: 20, cpu: 30, memory: 256 << 20, processes: 8, output: 64 << 10)
        let start = monotonicNow()
        let result = try Batch.grade(options)
        let elapsed = monotonicNow() - start
        XCTAssertFalse(result.interrupted)
        XCTAssertLessThan(elapsed, 120, "bounded by the limits")
        var by: [String: Verdict] = [:]
        for v in result.verdicts { by[String(v.exercise.split(separator: "/")[1])] = v }
        XCTAssertEqual(by.count, names.count)

        XCTAssertEqual(by["good"]?.status, .passed)
        XCTAssertEqual(by["good"]?.score, 2)
        XCTAssertEqual(by["wrong"]?.status, .failed)
        XCTAssertEqual(by["wrong"]?.message, "wrong output")
        XCTAssertEqual(by["missing"]?.status, .missing)
        XCTAssertEqual(by["missing"]?.message.contains("main.py is missing"), true)
        XCTAssertEqual(by["infinite-loop"]?.status, .timeLimit)
        XCTAssertEqual(by["infinite-loop"]?.message, "time limit exceeded after 20 s")
        XCTAssertEqual(by["fork-loop"]?.status, .processLimit, by["fork-loop"]?.message ?? "")
        XCTAssertEqual(by["fork-loop"]?.message, "process limit 8 exceeded")
        XCTAssertEqual(by["memory-bomb"]?.status, .memoryLimit, by["memory-bomb"]?.message ?? "")
        XCTAssertEqual(by["memory-bomb"]?.message, "memory limit 256 MiB exceeded")
        XCTAssertEqual(by["output-flood"]?.status, .outputLimit, by["output-flood"]?.message ?? "")
        XCTAssertEqual(by["output-flood"]?.message, "output limit 64 KiB exceeded")
        // The runtime detects the deadlock itself (a failed verdict naming it); a
        // deadlock it missed would end at the time limit.
        let deadlock = try XCTUnwrap(by["deadlock"])
        XCTAssertTrue(deadlock.status == .failed && deadlock.message.contains("deadlock")
                      || deadlock.status == .timeLimit, "\(deadlock.status): \(deadlock.message)")
        XCTAssertEqual(by["syntax-error"]?.status, .failed)
        XCTAssertEqual(by["syntax-error"]?.message.contains("SyntaxError"), true)
        for v in result.verdicts where !v.passed { XCTAssertEqual(v.score, 0, v.exercise) }

        XCTAssertEqual(result.exitStatus, 1)
        XCTAssertEqual(c.leftoverProcesses(), [], "every process of every submission is gone")
        // The journal holds each verdict.
        let journal = Journal.parse(FileSystem.readText(c.root + "/journal.jsonl") ?? "")
        XCTAssertEqual(Set(journal.verdicts.map(\.exercise)), Set(result.verdicts.map(\.exercise)))
    }

    func testCPULimit() throws {
        let c = try SyntheticClass()
        c.exercise("01-t/01-spin", expected: "ok\n")
        c.submit("sam", "01-t/01-spin", "i = 0\nwhile True:\n    i += 1\n")
        var options = try batchOptions(c, journal: c.root + "/j.jsonl")
        options.limits = LimitOverrides(wall: 60, cpu: 1)
        let result = try Batch.grade(options)
        XCTAssertEqual(result.verdicts.first?.status, .cpuLimit)
        XCTAssertEqual(result.verdicts.first?.message, "CPU time limit exceeded after 1 s")
        XCTAssertEqual(c.leftoverProcesses(), [])
    }

    func testAWorkerThatCrashesOrSaysNothingGetsAVerdict() throws {
        let c = try SyntheticClass()
        c.exercise("01-t/01-a", expected: "ok\n")
        c.exercise("01-t/02-b", expected: "ok\n")
        c.submit("sam", "01-t/01-a", "print('ok')\n")
        c.submit("sam", "01-t/02-b", "print('ok')\n")
        var options = try batchOptions(c, journal: c.root + "/j1.jsonl")
        options.worker = WorkerCommand(executable: "/bin/sh", arguments: ["-c", "echo 'Fatal error: boom' >&2; kill -SEGV $$"])
        var result = try Batch.grade(options)
        XCTAssertEqual(result.verdicts.map(\.status), [.crashed, .crashed])
        XCTAssertEqual(result.verdicts.first?.message, "the interpreter crashed (signal 11)")
        XCTAssertEqual(result.verdicts.first?.output.contains("Fatal error: boom"), true)

        options.worker = WorkerCommand(executable: "/bin/sh", arguments: ["-c", "exit 3"])
        options.journal = c.root + "/j2.jsonl"
        result = try Batch.grade(options)
        XCTAssertEqual(result.verdicts.map(\.status), [.crashed, .crashed])
        XCTAssertEqual(result.verdicts.first?.message, "the worker ended (exit status 3) without a verdict")

        options.worker = WorkerCommand(executable: c.root + "/no-such-tutor", arguments: [])
        options.journal = c.root + "/j3.jsonl"
        result = try Batch.grade(options)
        XCTAssertEqual(result.verdicts.map(\.status), [.error, .error])
        XCTAssertEqual(result.verdicts.first?.message.hasPrefix("can't start a worker"), true)
    }

    func testOrphansOfAWorkerAreKilled() throws {
        // The worker forks a process that outlives it; the verdict waits until it is gone.
        let c = try SyntheticClass()
        c.exercise("01-t/01-a", expected: "ok\n")
        c.submit("sam", "01-t/01-a", "print('ok')\n")
        var options = try batchOptions(c, journal: c.root + "/j.jsonl")
        options.worker = WorkerCommand(executable: "/bin/sh", arguments: [
            "-c", "sh -c 'sleep 300; true' \"$0\" & (sh -c 'sleep 300; true' \"$0\" &) ; sleep 0.2; exit 0", c.root])
        let start = monotonicNow()
        let result = try Batch.grade(options)
        XCTAssertLessThan(monotonicNow() - start, 20)
        XCTAssertEqual(result.verdicts.first?.status, .crashed)
        XCTAssertEqual(c.leftoverProcesses(), [])
    }

    func testAsRootAWorkspaceTheWorkerCannotReadIsAnError() throws {
        guard getuid() == 0 else { throw XCTSkip("workers switch users only when the grader runs as root") }
        let c = try SyntheticClass()
        c.exercise("01-t/01-a", expected: "ok\n")
        c.submit("sam", "01-t/01-a", "print('ok')\n")
        chmod(c.students + "/sam/01-t", 0o700)
        var options = try batchOptions(c, journal: c.root + "/j.jsonl")
        var result = try Batch.grade(options)
        XCTAssertEqual(result.verdicts.first?.status, .error)
        XCTAssertEqual(result.verdicts.first?.message.contains("can't read"), true, result.verdicts.first?.message ?? "")
        options.dropPrivileges = false
        options.fresh = true
        result = try Batch.grade(options)
        XCTAssertEqual(result.verdicts.first?.status, .passed, "--keep-user")
    }
}
