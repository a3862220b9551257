import Foundation
import XCTest
@testable import TutorLanguage

/// No input may crash or hang the interpreter: random and mutated programs, and
/// pathological ones, must end with output or a Python exception, within a time limit.
final class RobustnessTests: XCTestCase {
    /// SplitMix64: a small deterministic generator, so every failure is reproducible.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "yield", "await ", "lambda ",
                            "async ", "\n    ", "\n", "'", "\"", "\\", "def ", "class ", "return ", "global x\n",
                            "nonlocal y\n", "1e999", "0x", "del ", "try:\n", "finally:\n", "except:\n", "with ",
                            "for x in ", "while 1:\n", "break\n", "continue\n", "f'{", "}'", "@", "->", "...",
                            "not ", " if ", " else ", "raise ", "import sys\n", "x", "-", "%", "//", "9" + String(repeating: "9", count: 40)]

    /// Applies one random edit to a program.
    static func mutate(_ source: String, _ rng: inout SeededGenerator) -> String {
        var chars = Array(source.unicodeScalars)
        var lines = source.components(separatedBy: "\n")
        switch Int.random(in: 0..<5, using: &rng) {
        case 0 where !chars.isEmpty:
            let start = Int.random(in: 0..<chars.count, using: &rng)
            let end = min(chars.count, start + Int.random(in: 1...20, using: &rng))
            chars.removeSubrange(start..<end)
            return String(String.UnicodeScalarView(chars))
        case 1:
            let at = Int.random(in: 0...chars.count, using: &rng)
            let fragment = fragments.randomElement(using: &rng)!
            chars.insert(contentsOf: fragment.unicodeScalars, at: at)
            return String(String.UnicodeScalarView(chars))
        case 2 where lines.count > 1:
            let i = Int.random(in: 0..<lines.count, using: &rng)
            lines.insert(lines[i], at: Int.random(in: 0...lines.count, using: &rng))
            return lines.joined(separator: "\n")
        case 3 where lines.count > 1:
            let i = Int.random(in: 0..<lines.count, using: &rng), j = Int.random(in: 0..<lines.count, using: &rng)
            lines.swapAt(i, j)
            return lines.joined(separator: "\n")
        default:
            let i = Int.random(in: 0..<max(lines.count, 1), using: &rng)
            if i < lines.count { lines[i] = "    " + lines[i] }
            return lines.joined(separator: "\n")
        }
    }

    func runLimited(_ source: String, timeLimit: Double = 0.3) -> ProgramOutcome {
        let out = StringSink(limit: 1_000_000), err = StringSink(limit: 1_000_000)
        var status: Int32 = 0
        LargeStackThread.run {
            let interpreter = Interpreter(stdout: out, stderr: err, stdin: StringLineSource(""))
            status = interpreter.runProgram(source: source, filename: "fuzz.py", limits: RunLimits(timeLimit: timeLimit))
        }
        return ProgramOutcome(stdout: out.text, stderr: err.text, status: status)
    }

    /// A failing run must end in a Python exception line, never an internal error.
    func assertPythonOutcome(_ outcome: ProgramOutcome, _ source: String, file: StaticString = #filePath, line: UInt = #line) {
        let last = outcome.lastStderrLine
        XCTAssertFalse(last.contains("internal error"), "internal error for program:\n\(source)\n\(outcome.stderr)",
                       file: file, line: line)
        if outcome.status == 1 && !outcome.stderr.isEmpty {
            let name = last.split(separator: ":").first.map(String.init) ?? last
            XCTAssert(name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" },
                      "last stderr line is not an exception: \(last)\nprogram:\n\(source)", file: file, line: line)
        }
    }

    func testMutatedCorpusProgramsNeverCrash() throws {
        let dir = CorpusTests.corpusDirectory
        let programs = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".py") && $0 != "regenerate.py" }.sorted()
        var rng = SeededGenerator(state: 20261122)
        var runs = 0
        let started = Date()
        for name in programs {
            let source = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            for _ in 0..<6 {
                var mutated = source
                for _ in 0..<Int.random(in: 1...3, using: &rng) { mutated = Self.mutate(mutated, &rng) }
                assertPythonOutcome(runLimited(mutated), mutated)
                runs += 1
            }
        }
        print("robustness: \(runs) mutated programs in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    func testPathologicalProgramsEndCleanly() {
        let cases: [(String, String)] = [
            ("while True: pass", "TimeLimitExceeded"),
            ("x = 0\nwhile True:\n    try:\n        x += 1\n    except BaseException:\n        pass", "TimeLimitExceeded"),
            ("def f(): return f()\nf()", "RecursionError"),
            ("import sys\nsys.setrecursionlimit(10**8)\ndef f(n): return f(n + 1)\nf(0)", "RecursionError"),
            ("x = 10 ** 10 ** 10", "MemoryError"),
            ("x = [1] * 10 ** 12", "MemoryError"),
            ("x = 'ab' * 10 ** 12", "MemoryError"),
            ("l = []\nfor i in range(200000):\n    l = [l]\nprint(len(l))\nprint(repr(l)[:5])", "RecursionError"),
            ("l = []\nfor i in range(200000):\n    l = [l]\nprint(l == l[0])", "RecursionError"),
            ("x = []\nx.append(x)\nprint(x)", ""),
            ("d = {}\nd[1] = d\nprint(d)", ""),
            ("def g():\n    yield from g()\nlist(g())", "RecursionError"),
            ("eval('(' * 300 + ')' * 300)", "SyntaxError"),
            ("eval('-' * 100000 + '1')", "SyntaxError"),
            ("print(int('9' * 5000) % 7)", ""),
            ("class A:\n    def __repr__(self): return repr(self)\nrepr(A())", "RecursionError"),
            ("class A:\n    def __eq__(self, o): return self == o\nA() == A()", "RecursionError"),
        ]
        for (source, expected) in cases {
            // Generous: debug builds are slow, and only the two loops should hit the limit.
            let outcome = runLimited(source, timeLimit: expected == "TimeLimitExceeded" ? 0.3 : 20)
            assertPythonOutcome(outcome, source)
            if expected.isEmpty {
                XCTAssertEqual(outcome.status, 0, "\(source)\n\(outcome.stderr)")
            } else {
                XCTAssert(outcome.lastStderrLine.hasPrefix(expected),
                          "expected \(expected) from:\n\(source)\ngot: \(outcome.lastStderrLine)")
            }
        }
    }

    func testDeeplyNestedStructuresAreFreedWithoutOverflow() {
        let source = "l = []\nfor i in range(1000000):\n    l = [l, {'k': (i,)}]\nprint('built')\nl = None\nprint('freed')"
        let outcome = runLimited(source.replacingOccurrences(of: "1000000", with: "300000"), timeLimit: 60)
        XCTAssertEqual(outcome.stdout, "built\nfreed\n", outcome.stderr)
    }
}
