import Foundation
import TutorLanguage
@testable import TutorRuntime

/// The result of running a program in-process with the runtime installed.
struct Outcome {
    var stdout: String
    var stderr: String
    var status: Int32
    var seconds: Double
    /// Whether the GIL was still installed when the run ended.
    var gilInstalled: Bool
}

/// Runs Python source on a fresh interpreter with the concurrency runtime, on a
/// large-stack thread as `tutor run` does.
func runPython(_ source: String, filename: String = "test.py", switchPoints: SwitchPointMode = .everyInstruction,
         timeLimit: Double? = nil, observeAfter delay: Double = 0.2,
         whileRunning: ((Interpreter) -> Void)? = nil) -> Outcome {
    let out = StringSink(limit: 10_000_000), err = StringSink(limit: 10_000_000)
    var status: Int32 = 0
    var gilInstalled = false
    let start = Date()
    LargeStackThread.run {
        var options = Interpreter.Options()
        options.argv = [filename]
        options.switchPoints = switchPoints
        let interpreter = Interpreter(options: options, stdout: out, stderr: err, stdin: StringLineSource(""))
        Runtime.install(into: interpreter)
        if let observe = whileRunning {
            DispatchQueue.global().asyncAfter(deadline: .now() + delay) { observe(interpreter) }
        }
        status = interpreter.runProgram(source: source, filename: filename, limits: RunLimits(timeLimit: timeLimit))
        gilInstalled = interpreter.controller != nil
    }
    return Outcome(stdout: out.text, stderr: err.text, status: status,
                   seconds: Date().timeIntervalSince(start), gilInstalled: gilInstalled)
}

/// Makes CPython's and the tutor's output comparable: thread idents and addresses
/// vary between runs, the paths of programs and of threading.py between machines,
/// and the tutor does not print CPython 3.11's `~~^~~` error markers.
func normalize(_ text: String) -> String {
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty && trimmed.allSatisfy({ $0 == "^" || $0 == "~" }) { continue }
        var l = String(line)
        l = l.replacingOccurrences(of: #"File "[^"]*/threading\.py""#, with: #"File "threading.py""#,
                                   options: .regularExpression)
        l = l.replacingOccurrences(of: #"File "[^"]*/([^/"]+\.py)""#, with: #"File "$1""#, options: .regularExpression)
        l = l.replacingOccurrences(of: #"0x[0-9a-f]+"#, with: "0xADDR", options: .regularExpression)
        l = l.replacingOccurrences(of: #"\b[0-9]{9,}\b"#, with: "IDENT", options: .regularExpression)
        lines.append(l)
    }
    return lines.joined(separator: "\n")
}
