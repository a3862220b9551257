import Foundation
import XCTest

/// The differential corpus: every program under Corpus/ must produce the stdout,
/// exit status and last stderr line that CPython 3.11 produced (see Corpus/README.md).
final class CorpusTests: XCTestCase {
    struct Expected: Decodable {
        let stdout: String
        let exit_status: Int32
        let stderr_last_line: String
    }

    static var corpusDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Corpus")
    }

    func testCorpusMatchesCPython() throws {
        let dir = Self.corpusDirectory
        let programs = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".py") && $0 != "regenerate.py" }
            .sorted()
        XCTAssertGreaterThanOrEqual(programs.count, 60, "the corpus should hold at least 60 programs")
        var failures: [String] = []
        for name in programs {
            let source = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let expectedURL = dir.appendingPathComponent(name.replacingOccurrences(of: ".py", with: ".expected.json"))
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
            let outcome = runProgram(source, filename: name)
            var problems: [String] = []
            if outcome.stdout != expected.stdout {
                problems.append("stdout differs:\n" + firstDifference(expected.stdout, outcome.stdout))
            }
            if outcome.status != expected.exit_status {
                problems.append("exit status \(outcome.status), expected \(expected.exit_status)")
            }
            if outcome.lastStderrLine != expected.stderr_last_line {
                problems.append("last stderr line:\n    got:      \(outcome.lastStderrLine)\n    expected: \(expected.stderr_last_line)")
            }
            if !problems.isEmpty { failures.append("\(name): " + problems.joined(separator: "\n  ")) }
        }
        let passed = programs.count - failures.count
        print("corpus: \(passed) of \(programs.count) programs match CPython")
        XCTAssert(failures.isEmpty, "\(failures.count) corpus programs differ from CPython:\n" + failures.joined(separator: "\n\n"))
    }

    /// The first differing line of two outputs, with its line number.
    private func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<end of output>"
            let al = i < a.count ? a[i] : "<end of output>"
            if el != al { return "    line \(i + 1)\n    got:      \(al)\n    expected: \(el)" }
        }
        return "    (outputs differ only in trailing newlines)"
    }
}
