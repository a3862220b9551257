import XCTest
@testable import TutorLanguage

/// Runs a snippet in-process on a fresh interpreter (on a large-stack thread, as
/// `tutor run` does) and returns what it printed.
func runStrSnippet(_ source: String) -> (stdout: String, stderr: String, status: Int32) {
    let outcome = runProgram(source)
    return (outcome.stdout, outcome.stderr, outcome.status)
}

/// Asserts that the snippet runs cleanly and prints `expected` (CPython's output),
/// reporting the first differing line.
func assertStrSnippet(_ source: String, prints expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let result = runStrSnippet(source)
    XCTAssertEqual(result.status, 0, "exit status; stderr:\n\(result.stderr)", file: file, line: line)
    if result.stdout == expected { return }
    let got = result.stdout.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
    for i in 0..<max(got.count, want.count) {
        let g = i < got.count ? got[i] : "<end of output>"
        let w = i < want.count ? want[i] : "<end of output>"
        if g != w {
            XCTFail("line \(i + 1) differs\n    got:      \(g)\n    expected: \(w)\nstderr: \(result.stderr)",
                    file: file, line: line)
            return
        }
    }
}
