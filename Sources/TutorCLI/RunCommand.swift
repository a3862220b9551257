#if canImport(Glibc)
import Glibc
#endif
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

    @Option(name: .customLong("pct"), help: ArgumentHelp(
        "With --schedule: a priority (PCT) schedule of this depth instead of a random one; with --explore: half the runs use PCT schedules of this depth (default 3).",
        valueName: "DEPTH"))
    var pctDepth: Int?

    @Option(name: .customLong("pct-steps"), help: ArgumentHelp(
        "The number of switch points a PCT schedule spreads its priority changes over (default: measured by a first run).",
        valueName: "N"))
    var pctSteps: Int?

    @Option(name: .customLong("explore"), help: ArgumentHelp(
        "Run up to N random seeds deterministically (output hidden) and report the first whose run fails, with the seed that replays it.",
        valueName: "N"))
    var exploreCount: Int?

    @Option(name: .customLong("time-scale"), help: ArgumentHelp(
        "Run time K times faster (K > 0): every sleep and timeout takes K times less real time, while time.time(), time.monotonic() and loop.time() advance K times faster, so the program still sees unscaled durations. Not with --schedule or --explore.",
        valueName: "K"))
    var timeScale: Double?

    @Flag(name: .customLong("timeline"), help: ArgumentHelp(
        "After the program ends, draw on stderr what each thread and asyncio task did over time: running, waiting for the GIL, sleeping, waiting for a lock."))
    var timeline = false

    @Option(name: .customLong("trace"), help: ArgumentHelp(
        "Write the run's timeline to FILE as Chrome trace event JSON (open it in ui.perfetto.dev).",
        valueName: "FILE.json"))
    var tracePath: String?

    @Argument(help: "The program to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to the program as sys.argv[1:].")
    var programArguments: [String] = []

    public init() {}

    public func validate() throws {
        if let d = pctDepth, d < 1 { throw ValidationError("--pct must be at least 1, got \(d)") }
        if let n = pctSteps, n < 1 { throw ValidationError("--pct-steps must be at least 1, got \(n)") }
        if pctDepth != nil && scheduleSeed == nil && exploreCount == nil {
            throw ValidationError("--pct needs --schedule SEED or --explore N")
        }
        if let k = timeScale {
            if scheduleSeed != nil || exploreCount != nil {
                throw ValidationError("--time-scale applies to real-time runs; --schedule and --explore use virtual time")
            }
            if !(k > 0) || !k.isFinite { throw ValidationError("--time-scale must be a positive number, got \(k)") }
        }
    }

    public func run() throws {
        if let n = exploreCount {
            if timeline || tracePath != nil { throw ValidationError("--timeline and --trace record one run; they cannot be combined with --explore") }
            guard let source = Self.readProgram(file) else { throw ExitCode(2) }
            var options = Interpreter.Options()
            options.argv = [file] + programArguments
            options.switchPoints = switchPoints.mode
            try explore(source: source, options: options, runs: n)
            return
        }
        let strategy: ScheduleStrategy = pctDepth.map { .pct(depth: $0, expectedSteps: pctSteps ?? 10_000) } ?? .random
        let status = Self.execute(file: file, arguments: programArguments, switchPoints: switchPoints.mode,
                                  seed: scheduleSeed, strategy: strategy, timeScale: timeScale ?? 1,
                                  timeline: timeline, tracePath: tracePath)
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
    /// With `timeline`, the run's timeline is drawn on stderr once it has ended;
    /// with `tracePath`, it is also written there as Chrome trace JSON. `timeScale`
    /// (real-time runs only, ignored with a seed) speeds up the program's time.
    public static func execute(file: String, arguments: [String], switchPoints: SwitchPointMode = .everyInstruction,
                               seed: UInt64? = nil, strategy: ScheduleStrategy = .random,
                               timeScale: Double = 1, timeline: Bool = false,
                               tracePath: String? = nil) -> Int32 {
        guard let source = readProgram(file) else { return 2 }
        var options = Interpreter.Options()
        options.argv = [file] + arguments
        options.switchPoints = switchPoints
        var status: Int32 = 0
        LargeStackThread.run {
            let interpreter = Interpreter(options: options)
            interpreter.moduleSearchDirectory = Self.directory(of: file)
            if let seed = seed {
                Runtime.install(into: interpreter, options: ScheduleOptions(seed: seed, strategy: strategy))
            } else {
                Runtime.install(into: interpreter, options: RuntimeOptions(timeScale: timeScale))
            }
            let recorder = timeline || tracePath != nil ? Timeline() : nil
            recorder?.attach(to: interpreter)
            status = interpreter.runProgram(source: source, filename: file)
            if let recorder = recorder {
                recorder.finish()
                interpreter.stdout.flush()
                interpreter.stderr.flush()
                if timeline { TimelineOutput.draw(recorder) }
                if let path = tracePath, !TimelineOutput.writeTrace(recorder, to: path, program: file) { status = 2 }
            }
        }
        return status
    }

    /// The folder holding `file`, where its sibling modules are imported from.
    /// Absolute, as CPython's `sys.path[0]`, so imported modules' `__file__` is too.
    static func directory(of file: String) -> String {
        var dir = "."
        if let slash = file.lastIndex(of: "/") { dir = slash == file.startIndex ? "/" : String(file[..<slash]) }
        guard let resolved = realpath(dir, nil) else { return dir }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Search mode: scheduled runs until one fails (exits non-zero, deadlocks or
    /// leaves an uncaught exception in a thread). Even runs use random schedules,
    /// odd ones PCT schedules of depth `--pct` (3 by default) spread over the
    /// switch points a first run measured.
    private func explore(source: String, options: Interpreter.Options, runs: Int) throws {
        var generator = SystemRandomNumberGenerator()
        let start = ProgramFile.now()
        let depth = pctDepth ?? 3
        var steps = pctSteps
        var run = ProgramRun(source: source, filename: file)
        run.arguments = programArguments
        run.moduleSearchDirectory = Self.directory(of: file)
        run.switchPoints = options.switchPoints
        run.timeLimit = 60
        for i in 0..<max(runs, 0) {
            let seed = generator.next() >> 1
            let usePCT = i % 2 == 1 && steps != nil
            let strategy: ScheduleStrategy = usePCT ? .pct(depth: depth, expectedSteps: steps ?? 10_000) : .random
            run.timing = .scheduled(ScheduleOptions(seed: seed, strategy: strategy))
            let result = run.run()
            if steps == nil && result.steps > 0 { steps = result.steps }
            if !result.isClean {
                print("seed \(seed) fails (run \(i + 1) of \(runs), exit status \(result.status)); replay with:")
                let pct = usePCT ? " --pct \(depth) --pct-steps \(steps ?? 10_000)" : ""
                print("  tutor run --schedule \(seed)\(pct) \(file)")
                ProgramFile.writeError(result.stderr)
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

/// Where `--timeline` and `--trace` put their output.
enum TimelineOutput {
    /// The picture on stderr, as wide as the terminal (COLUMNS, else 80), in
    /// colour when stderr is a terminal and NO_COLOR is unset.
    static func draw(_ timeline: Timeline) {
        var width = 80
        if let c = getenv("COLUMNS"), let n = Int(String(cString: c)), n > 0 { width = n }
        let color = isatty(2) != 0 && getenv("NO_COLOR") == nil
        ProgramFile.writeError("\n" + TimelineText.render(timeline, width: width, color: color))
    }

    static func writeTrace(_ timeline: Timeline, to path: String, program: String) -> Bool {
        guard let f = fopen(path, "w") else {
            ProgramFile.writeError("tutor: can't write trace file '\(path)'\n")
            return false
        }
        fputs(TimelineTrace.json(timeline, processName: "tutor run \(program)"), f)
        return fclose(f) == 0
    }
}
