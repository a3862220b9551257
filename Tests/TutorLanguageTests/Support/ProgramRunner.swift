import Foundation
@testable import TutorLanguage

/// The result of running a program in-process, as the tests see it.
struct ProgramOutcome {
    var stdout: String
    var stderr: String
    var status: Int32

    var lastStderrLine: String {
        stderr.split(separator: "\n", omittingEmptySubsequences: true).last.map(String.init) ?? ""
    }
}

/// Runs Python source on a fresh interpreter, on a large-stack thread as `tutor run` does.
func runProgram(_ source: String, filename: String = "test.py", stdin: String = "",
                switchPoints: SwitchPointMode = .everyInstruction) -> ProgramOutcome {
    let out = StringSink(limit: 10_000_000), err = StringSink(limit: 10_000_000)
    var status: Int32 = 0
    LargeStackThread.run {
        var options = Interpreter.Options()
        options.argv = [filename]
        options.switchPoints = switchPoints
        let interpreter = Interpreter(options: options, stdout: out, stderr: err, stdin: StringLineSource(stdin))
        status = interpreter.runProgram(source: source, filename: filename)
    }
    return ProgramOutcome(stdout: out.text, stderr: err.text, status: status)
}
