import XCTest
@testable import TutorLanguage

/// Runs a program on a fresh interpreter, on a large-stack thread as `tutor run` does.
func runContainerSnippet(_ source: String) -> (stdout: String, stderr: String, status: Int32) {
    let outcome = runProgram(source)
    return (outcome.stdout, outcome.stderr, outcome.status)
}

/// Asserts that `source` runs cleanly and prints exactly `expected` (plus the final newline).
func expectContainerOutput(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let r = runContainerSnippet(source)
    XCTAssertEqual(r.stderr, "", "unexpected stderr", file: file, line: line)
    XCTAssertEqual(r.status, 0, "exit status", file: file, line: line)
    let want = expected + "\n"
    if r.stdout != want {
        // Point at the first differing line; the whole texts follow.
        let got = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let exp = want.split(separator: "\n", omittingEmptySubsequences: false)
        let i = Array(zip(got, exp)).firstIndex { $0.0 != $0.1 } ?? min(got.count, exp.count)
        let g = i < got.count ? String(got[i]) : "<end>", e = i < exp.count ? String(exp[i]) : "<end>"
        XCTFail("line \(i + 1): got \(g.debugDescription), expected \(e.debugDescription)\n--- got\n\(r.stdout)--- expected\n\(want)",
                file: file, line: line)
    }
}

/// `runContainerSnippet` with a wall-clock limit on the run.
func runContainerSnippetLimited(_ source: String, timeLimit: Double) -> (stdout: String, stderr: String, status: Int32) {
    let out = StringSink(), err = StringSink()
    var status: Int32 = 0
    LargeStackThread.run {
        let i = Interpreter(stdout: out, stderr: err, stdin: StringLineSource(""))
        status = i.runProgram(source: source, filename: "test.py", limits: RunLimits(timeLimit: timeLimit))
    }
    return (out.text, err.text, status)
}
