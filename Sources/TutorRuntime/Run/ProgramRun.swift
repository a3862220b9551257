import TutorLanguage

/// One in-process run of a Python program on the runtime, as the grader and the
/// shell need it: output captured, limits enforced, and what happened reported
/// as data (status, uncaught exceptions, deadlock, the program's own duration).
/// `tutor run` prints the same things to the terminal instead.
public struct ProgramRun {
    /// Real time (optionally scaled), or a deterministic schedule with virtual time.
    public enum Timing: Sendable {
        case realTime(scale: Double)
        case scheduled(ScheduleOptions)
    }

    public var source: String
    /// The name tracebacks show; also `__file__` and `sys.argv[0]`.
    public var filename: String
    public var arguments: [String] = []
    public var stdin = ""
    public var timing: Timing = .realTime(scale: 1)
    public var switchPoints: SwitchPointMode = .everyInstruction
    /// Wall-clock seconds before every thread of the run is stopped.
    public var timeLimit: Double = 10
    /// Bytes of stdout (and, separately, of stderr) kept; a run that prints more is stopped.
    public var outputLimit = 1 << 20
    /// Extra modules the program can import, by name (a student's file imported
    /// by a check's driver program).
    public var modules: [String: (filename: String, source: String)] = [:]
    /// The folder `import name` searches for `name.py` (nil: none, the default:
    /// a grader passes the student's files through `modules`).
    public var moduleSearchDirectory: String?
    /// Global variables of `__main__` whose repr is wanted after the run.
    public var inspect: [String] = []
    public var recordTimeline = false
    /// Scheduled runs only: keep up to this many thread switches.
    public var interleavingCapacity = 0

    public init(source: String, filename: String) {
        self.source = source
        self.filename = filename
    }

    /// Runs the program on a fresh interpreter and its own large-stack thread, and
    /// waits for it (and all its threads) to end.
    public func run() -> ProgramRunResult {
        var result = ProgramRunResult()
        let out = LimitedSink(limit: outputLimit), err = LimitedSink(limit: outputLimit)
        let startWall = Deadline.now
        LargeStackThread.run {
            var options = Interpreter.Options()
            options.argv = [filename] + arguments
            options.switchPoints = switchPoints
            let interpreter = Interpreter(options: options, stdout: out, stderr: err, stdin: StringLineSource(stdin))
            interpreter.moduleSearchDirectory = moduleSearchDirectory
            out.onOverflow = { [unowned interpreter] in interpreter.mainThread.terminate(OutputLimit.exceeded(outputLimit)) }
            err.onOverflow = out.onOverflow
            var scheduler: Scheduler?
            var runClock: RunClock?
            switch timing {
            case .realTime(let scale):
                Runtime.install(into: interpreter, options: RuntimeOptions(timeScale: scale))
                runClock = RunClock.of(interpreter)
            case .scheduled(let options):
                scheduler = Runtime.installScheduled(into: interpreter, options: options)
                if interleavingCapacity > 0 { scheduler?.interleaving = InterleavingRecorder(capacity: interleavingCapacity) }
            }
            for (name, module) in modules {
                interpreter.moduleFactories[name] = { ts in
                    try BundledModule.load(name, source: module.source, filename: module.filename, ts: ts)
                }
            }
            let timeline = recordTimeline ? Timeline() : nil
            timeline?.attach(to: interpreter)
            let start = Deadline.now
            result.status = interpreter.runProgram(source: source, filename: filename,
                                                   limits: RunLimits(timeLimit: timeLimit))
            timeline?.finish()
            let wall = Double(Deadline.now.nanoseconds &- start.nanoseconds) / 1e9
            if let s = scheduler {
                result.programSeconds = Double(s.clock) / 1e9
                result.deadlock = s.deadlockText
                result.interleaving = s.interleaving?.switches ?? []
                result.steps = s.steps
            } else if let clock = runClock {
                result.programSeconds = clock.programElapsed() - clock.programElapsed(wall: start)
            } else {
                result.programSeconds = wall
            }
            if result.deadlock == nil { result.deadlock = (interpreter.runtimeState as? RuntimeState)?.deadlockReport }
            result.uncaughtExceptions = interpreter.uncaughtExceptionTypes
            result.timeline = timeline
            result.globals = inspectGlobals(interpreter)
            // Every thread of the run has ended (shutdown joins or stops them all).
            if ((interpreter.runtimeState as? RuntimeState)?.runningThreads.isEmpty ?? true) {
                CompiledBundles.release(interpreter)
            }
        }
        result.wallSeconds = Double(Deadline.now.nanoseconds &- startWall.nanoseconds) / 1e9
        result.stdout = out.text
        result.stderr = err.text
        result.outputLimitExceeded = out.overflowed || err.overflowed
        result.timeLimitExceeded = result.uncaughtExceptions.contains(TimeLimit.exceptionType.name)
        return result
    }

    /// `repr()` of each wanted global that exists after the run. Runs after every
    /// thread has ended, on the thread that ran the program.
    private func inspectGlobals(_ interpreter: Interpreter) -> [String: String] {
        guard !inspect.isEmpty, let main = interpreter.modules["__main__"] else { return [:] }
        let ts = interpreter.mainThread!
        var values: [String: String] = [:]
        for name in inspect {
            guard let v = main.dict.getString(name), let text = try? ts.repr(v) else { continue }
            values[name] = text
        }
        return values
    }
}

/// What one `ProgramRun` did.
public struct ProgramRunResult {
    public var stdout = ""
    public var stderr = ""
    /// The exit status `python3` would give (1 for an uncaught exception, 130 for
    /// KeyboardInterrupt, sys.exit's code).
    public var status: Int32 = 0
    /// Type names of exceptions nobody caught, in any thread, in order.
    public var uncaughtExceptions: [String] = []
    /// How long the run took as the program saw it: virtual seconds in a scheduled
    /// run, scaled seconds in a time-scaled one, else wall seconds.
    public var programSeconds = 0.0
    public var wallSeconds = 0.0
    /// The deadlock report (`deadlock: Thread 'a' holds ...`) when the run deadlocked.
    public var deadlock: String?
    public var timeLimitExceeded = false
    public var outputLimitExceeded = false
    public var timeline: Timeline?
    /// The first thread switches of a scheduled run, when asked for.
    public var interleaving: [InterleavingSwitch] = []
    /// Switch points the threads of a scheduled run passed (0 with one thread):
    /// the `expectedSteps` a PCT schedule of the same program wants.
    public var steps = 0
    /// `repr()` of the globals `ProgramRun.inspect` named.
    public var globals: [String: String] = [:]

    public init() {}

    /// Ended normally: status 0, no uncaught exception in any thread, no deadlock,
    /// within its limits.
    public var isClean: Bool {
        status == 0 && uncaughtExceptions.isEmpty && deadlock == nil && !timeLimitExceeded && !outputLimitExceeded
    }
}

/// A string sink that keeps at most `limit` bytes and reports the first overflow.
final class LimitedSink: TextSink {
    private let sink: StringSink
    var onOverflow: (() -> Void)?
    private var reported = false
    private let lock = Mutex()

    init(limit: Int) { sink = StringSink(limit: limit) }

    var text: String { sink.text }
    var overflowed: Bool { sink.overflowed }

    func write(_ text: String) {
        sink.write(text)
        guard sink.overflowed else { return }
        let first = lock.withLock { () -> Bool in
            defer { reported = true }
            return !reported
        }
        if first { onOverflow?() }
    }

    func flush() {}
}
