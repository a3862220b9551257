/// One `[[checks]]` table of a fix or write exercise.
public struct CheckSpec: Sendable {
    public enum CheckType: String, Sendable, CaseIterable {
        case output, timing, schedules, structure, exception
    }

    /// The type-specific part.
    public enum Detail: Sendable {
        case output(OutputExpectation)
        case timing(TimingBounds)
        case schedules(ScheduleSpec)
        case structure(StructureSpec)
        case exception(ExceptionExpectation)
    }

    public var detail: Detail
    /// Shown in feedback; a default is derived from the check when absent.
    public var name: String?
    /// Fraction of the exercise's points; checks without one share what is left.
    public var points: Double?
    /// A program run instead of the student's file, which it can import by stem.
    public var driver: String?
    /// Text for `input()`.
    public var stdin: String = ""
    /// Position among the manifest's checks (0-based) and its `[[checks]]` line.
    public var index: Int
    public var line: Int

    public init(detail: Detail, index: Int, line: Int) {
        self.detail = detail
        self.index = index
        self.line = line
    }

    public var type: CheckType {
        switch detail {
        case .output: return .output
        case .timing: return .timing
        case .schedules: return .schedules
        case .structure: return .structure
        case .exception: return .exception
        }
    }
}

/// How output is compared.
public enum MatchMode: String, Sendable, CaseIterable {
    /// The whole output, byte for byte (line endings normalised).
    case exact
    /// The same lines in any order.
    case unordered
    /// Each expected line appears somewhere.
    case contains
    /// The regular expression matches some line.
    case regex
    /// The expected lines appear in this order (other lines may come between).
    case order
}

/// What the output must be.
public enum ExpectedOutput: Equatable, Sendable {
    /// Whole text (exact, unordered) or a pattern (regex).
    case text(String)
    /// Lines (contains, order).
    case lines([String])
    /// The reference solution's output, run the same way.
    case solution
}

public struct OutputExpectation: Sendable {
    public var match: MatchMode
    public var expected: ExpectedOutput
    public init(match: MatchMode, expected: ExpectedOutput) {
        self.match = match
        self.expected = expected
    }
}

/// Bounds on a program's virtual duration, in seconds.
public struct TimingBounds: Equatable, Sendable {
    public var max: Double?
    public var min: Double?
    /// At most this many times the reference solution's duration.
    public var relativeMax: Double?
    /// At least this many times the reference solution's duration.
    public var relativeMin: Double?
    public init() {}

    public var needsSolution: Bool { relativeMax != nil || relativeMin != nil }
}

/// Many deterministic schedules; each must end cleanly and pass `output` if given.
public struct ScheduleSpec: Sendable {
    public var runs: Int = 200
    public var output: OutputExpectation?
    public init() {}
}

/// Checked on the syntax tree.
public struct StructureSpec: Equatable, Sendable {
    public var mustCall: [String] = []
    public var mustNotCall: [String] = []
    public var mustNotCallInAsync: [String] = []
    public var mustUse: [Construct] = []
    public var threadsJoined = false
    public init() {}

    /// Language constructs `must_use` can ask for.
    public enum Construct: String, Equatable, Sendable, CaseIterable {
        case with
        case asyncWith = "async-with"
        case asyncFor = "async-for"
        /// `with` on a lock (a threading or asyncio Lock, RLock, Semaphore, Condition).
        case lockWith = "lock-with"
        case await
        case global
        case nonlocal
        case asyncDef = "async-def"
        case tryStatement = "try"
    }
}

public enum ExceptionExpectation: Equatable, Sendable {
    /// No uncaught exception in any thread.
    case none
    /// The program ends with this uncaught exception type (by name).
    case type(String)
}
