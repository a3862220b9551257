import ArgumentParser
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
        if let n = exploreCount {
            guard let source = Self.readProgram(file) else { throw ExitCode(2) }
            var options = Interpreter.Options()
            options.argv = [file] + programArguments
            options.switchPoints = switchPoints.mode
            try explore(source: source, options: options, runs: n)
            return
        }
        let status = Self.execute(file: file, arguments: programArguments, switchPoints: switchPoints.mode,
                                  seed: scheduleSeed)
        if status != 0 { throw ExitCode(status) }
    }

    static func readProgram(_ file: String) -> String? {
        guard let source = ProgramFile.read(file) else {
            ProgramFile.writeError("tutor: can't open file '\(file)': No such file or directory\n")
            return nil
        }
        return source
    }

    /// Runs one program as `python3 FILE` would and returns its exit status.
    public static func execute(file: String, arguments: [String], switchPoints: SwitchPointMode = .everyInstruction,
                               seed: UInt64? = nil) -> Int32 {
        guard let source = readProgram(file) else { return 2 }
        var options = Interpreter.Options()
        options.argv = [file] + arguments
        options.switchPoints = switchPoints
        var status: Int32 = 0
        LargeStackThread.run {
            let interpreter = Interpreter(options: options)
            if let seed = seed {
                Runtime.install(into: interpreter, options: ScheduleOptions(seed: seed))
            } else {
                Runtime.install(into: interpreter)
            }
            status = interpreter.runProgram(source: source, filename: file)
        }
        return status
    }

    /// Search mode: scheduled runs with random seeds until one exits non-zero.
    private func explore(source: String, options: Interpreter.Options, runs: Int) throws {
        var generator = SystemRandomNumberGenerator()
        let start = ProgramFile.now()
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
                ProgramFile.writeError(err.text)
                throw ExitCode(1)
            }
        }
        let seconds = ProgramFile.now() - start
        let rate = Int((Double(runs) / max(seconds, 1e-9)).rounded())
        print("no failing schedule in \(runs) runs (\(rate) schedules/s)")
    }
}

enum SwitchPointsOption: String, ExpressibleByArgument, CaseIterable {
    case every
    case cpython

    var mode: SwitchPointMode { self == .every ? .everyInstruction : .callsAndBackwardJumps }
}
