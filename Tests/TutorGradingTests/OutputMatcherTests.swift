import XCTest
@testable import TutorGrading

final class OutputMatcherTests: XCTestCase {
    func testExact() {
        XCTAssertTrue(OutputMatcher.compare(actual: "a\nb\n", match: .exact, expected: .text("a\nb\n")).passed)
        XCTAssertTrue(OutputMatcher.compare(actual: "a\r\nb\r\n", match: .exact, expected: .text("a\nb\n")).passed)
        let v = OutputMatcher.compare(actual: "a\nB\nc\n", match: .exact, expected: .text("a\nb\nc\n"))
        XCTAssertFalse(v.passed)
        XCTAssertEqual(v.diff, "--- expected\n+++ your output\n@@ -1,3 +1,3 @@\n  a\n- b\n+ B\n  c\n")
        let order = OutputMatcher.compare(actual: "b\na\n", match: .exact, expected: .text("a\nb\n"))
        XCTAssertTrue(order.message.contains("in a different order"), order.message)
        let newline = OutputMatcher.compare(actual: "a", match: .exact, expected: .text("a\n"))
        XCTAssertFalse(newline.passed)
        XCTAssertTrue(newline.message.contains("newline"))
    }

    func testUnorderedContainsOrderRegex() {
        XCTAssertTrue(OutputMatcher.compare(actual: "b\na\na\n", match: .unordered, expected: .text("a\na\nb\n")).passed)
        let u = OutputMatcher.compare(actual: "b\na\n", match: .unordered, expected: .text("a\na\nb\n"))
        XCTAssertFalse(u.passed)
        XCTAssertEqual(u.diff, "missing:\n- a\n")
        XCTAssertTrue(OutputMatcher.compare(actual: "x\ncounter = 2000  \n", match: .contains, expected: .lines(["counter = 2000"])).passed)
        XCTAssertFalse(OutputMatcher.compare(actual: "counter = 20001\n", match: .contains, expected: .lines(["counter = 2000"])).passed)
        XCTAssertTrue(OutputMatcher.compare(actual: "s1\nx\ne1\ns2\ne2\n", match: .order, expected: .lines(["s1", "e1", "s2", "e2"])).passed)
        let o = OutputMatcher.compare(actual: "s1\ns2\ne1\ne2\n", match: .order, expected: .lines(["s1", "e1", "s2", "e2"]))
        XCTAssertFalse(o.passed)
        XCTAssertEqual(o.message, "\"s2\" is printed, but not after \"e1\".")
        XCTAssertTrue(OutputMatcher.compare(actual: "total: 42\n", match: .regex, expected: .text(#"^total: \d+$"#)).passed)
        XCTAssertFalse(OutputMatcher.compare(actual: "total: many\n", match: .regex, expected: .text(#"^total: \d+$"#)).passed)
        XCTAssertNotNil(OutputMatcher.regexProblem("(a"))
        XCTAssertNil(OutputMatcher.regexProblem(#"(?P<n>\d+)"#))
    }

    func testDiffHunksKeepContextSmall() {
        let want = (1...20).map { "line \($0)" }
        var got = want
        got[2] = "changed"
        got[17] = "also changed"
        let diff = UnifiedDiff.render(expected: want, actual: got)
        XCTAssertEqual(diff.components(separatedBy: "@@ ").count - 1, 2, diff)
        XCTAssertFalse(diff.contains("line 10"), diff)
    }

    func testReplayCommands() {
        XCTAssertEqual(RunTiming.seeded(7).replayOptions, "--schedule 7")
        XCTAssertEqual(RunTiming.scheduled(seed: 1003, meanRunLength: nil, pctDepth: 3, pctSteps: 812).replayOptions,
                       "--schedule 1003 --pct 3 --pct-steps 812")
        XCTAssertNil(RunTiming.seeded(7, meanRunLength: 2).replayOptions, "no command line option sets the run length")
        XCTAssertNil(RunTiming.real(scale: 1).replayOptions)
        let plan = ScheduleCheck.plan(runs: 5, baselineSteps: 100)
        XCTAssertEqual(plan.compactMap(\.replayOptions), ["--schedule 1", "--schedule 2", "--schedule 3",
                                                          "--schedule 1000 --pct 2 --pct-steps 100", "--schedule 1001 --pct 3 --pct-steps 100"])
    }
}
