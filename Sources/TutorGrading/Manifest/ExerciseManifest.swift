/// What an exercise asks of the student.
public enum ExerciseKind: String, Sendable, CaseIterable {
    /// Read a program and predict what it does (its duration, output, a value).
    case predict
    /// Repair a broken program.
    case fix
    /// Write a program (or functions a driver calls) from a description.
    case write
}

/// Per-run limits: every run a check or prediction makes stops at these.
public struct RunLimitsSpec: Equatable, Sendable {
    /// Wall-clock seconds per run.
    public var time: Double = 10
    /// Bytes of stdout (and of stderr) per run.
    public var output: Int = 65536
    public init() {}
}

/// How output, exception and prediction runs execute (`[run]`).
public struct RunModeSpec: Equatable, Sendable {
    public enum Clock: String, Sendable, CaseIterable {
        /// A deterministic schedule (seed 0) with virtual time: fast, reproducible.
        case virtual
        /// Real threads and a real clock (needed for multiprocessing), optionally sped up.
        case real
    }
    public enum SwitchPoints: String, Sendable, CaseIterable {
        /// Any instruction boundary: `x += 1` can be split.
        case every
        /// Calls and loop back edges only, as CPython 3.10+.
        case cpython
    }
    public var clock: Clock = .virtual
    /// Real clock only: run time this many times faster.
    public var timeScale: Double = 1
    public var switchPoints: SwitchPoints = .every
    public init() {}
}

/// A parsed, validated `exercise.toml`.
public struct ExerciseManifest: Sendable {
    public var title: String
    public var kind: ExerciseKind
    public var points: Double = 1
    /// The student's files; the first is the program that runs.
    public var files: [String]
    /// Markdown.
    public var instructions: String
    /// Each more concrete than the last.
    public var hints: [String]
    public var limits = RunLimitsSpec()
    public var run = RunModeSpec()
    /// Predict exercises only.
    public var predict: PredictSpec?
    /// Fix and write exercises only; all must pass.
    public var checks: [CheckSpec] = []

    public init(title: String, kind: ExerciseKind, files: [String], instructions: String, hints: [String]) {
        self.title = title
        self.kind = kind
        self.files = files
        self.instructions = instructions
        self.hints = hints
    }

    /// The program that runs: `files[0]`.
    public var mainFile: String { files.first ?? "main.py" }
}

/// `[predict]`: what the student predicts; the truth is computed by running.
public struct PredictSpec: Sendable {
    public enum Answer: String, Sendable, CaseIterable {
        /// The program's virtual duration in seconds.
        case duration
        /// What it prints.
        case output
        /// `repr()` of a global variable at the end.
        case value
        /// The set of `repr()`s of a global variable over many schedules.
        case possible
    }

    /// Feedback for a wrong answer that shows a known misconception.
    public struct Feedback: Sendable {
        public var answer: String
        public var message: String
        public init(answer: String, message: String) {
            self.answer = answer
            self.message = message
        }
    }

    public var question: String
    public var answer: Answer
    /// duration: seconds either side.
    public var tolerance: Double = 0.1
    /// value, possible: the global variable asked about.
    public var variable: String?
    /// possible: schedules explored.
    public var schedules: Int = 200
    public var feedback: [Feedback] = []

    public init(question: String, answer: Answer) {
        self.question = question
        self.answer = answer
    }
}
