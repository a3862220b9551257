import ArgumentParser
import Foundation
import TutorLanguage
import TutorRuntime

/// `tutor run FILE.py [ARGS]`: runs a program like `python3 FILE.py`.
public struct RunCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Python program on the tutor's interpreter.")

    @Option(name: .customLong("switch-points"),
            help: "Where threads may switch: 'every' instruction (default) or 'cpython' (calls and loop back edges).")
    var switchPoints: SwitchPointsOption = .every

    @Option(name: .customLong("schedule"), help: ArgumentHelp(
        "Run deterministically: a scheduler seeded with SEED picks which thread runs at every switch point, and time is virtual. The same seed replays the same run.",
        valueName: "SEED"))
    var scheduleSeed: UInt64?

    @Option(name: .customLong("explore"), help: ArgumentHelp(
        "Run up to N random seeds deterministically (output hidden) and report the first whose run fails, with the seed that replays it.",
        valueName: "N"))
    var exploreCount: Int?

    @Argument(help: "The program to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to the program as sys.argv[1:].")
    var programArguments: [String] = []

    public init() {}

    public func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write("tutor: can't open file '\(file)': No such file or directory\n".data(using: .utf8)!)
            throw ExitCode(2)
        }
        let source = String(decoding: data, as: UTF8.self)
        var options = Interpreter.Options()
        options.argv = [file] + programArguments
        options.switchPoints = switchPoints.mode
        if let n = exploreCount {
            try explore(source: source, options: options, runs: n)
            return
        }
        var status: Int32 = 0
        LargeStackThread.run {
            let interpreter = Interpreter(options: options)
            if let seed = scheduleSeed {
                Runtime.install(into: interpreter, options: ScheduleOptions(seed: seed))
            } else {
                Runtime.install(into: interpreter)
            }
            status = interpreter.runProgram(source: source, filename: file)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Search mode: scheduled runs with random seeds until one exits non-zero.
    private func explore(source: String, options: Interpreter.Options, runs: Int) throws {
        var generator = SystemRandomNumberGenerator()
        let start = Date()
        for i in 0..<max(runs, 0) {
            let seed = generator.next() >> 1
            let out = StringSink(limit: 1_000_000), err = StringSink(limit: 1_000_000)
            var status: Int32 = 0
            LargeStackThread.run {
                let interpreter = Interpreter(options: options, stdout: out, stderr: err, stdin: StringLineSource(""))
                Runtime.install(into: interpreter, options: ScheduleOptions(seed: seed))
                status = interpreter.runProgram(source: source, filename: file)
            }
            if status != 0 {
                print("seed \(seed) fails (run \(i + 1) of \(runs), exit status \(status)); replay with:")
                print("  tutor run --schedule \(seed) \(file)")
                FileHandle.standardError.write(err.text.data(using: .utf8)!)
                throw ExitCode(1)
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("no failing schedule in \(runs) runs (\(String(format: "%.0f", Double(runs) / max(seconds, 1e-9))) schedules/s)")
    }
}

enum SwitchPointsOption: String, ExpressibleByArgument, CaseIterable {
    case every
    case cpython

    var mode: SwitchPointMode { self == .every ? .everyInstruction : .callsAndBackwardJumps }
}
