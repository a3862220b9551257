/// The result of grading one submission: a verdict per check with everything
/// the feedback shows, and points with partial credit. A plain value: the shell
/// renders it with `FeedbackRenderer`, batch mode can store it.
public struct GradeReport: Sendable {
    public var exerciseId: String
    public var title: String
    public var kind: ExerciseKind
    public var checks: [CheckResult]
    public var pointsEarned: Double
    public var pointsPossible: Double
    /// Set when nothing could be checked (a missing file, a syntax error).
    public var problem: String?
    /// Predict exercises: the judged answer.
    public var prediction: PredictionVerdict?
    /// Wall-clock seconds grading took.
    public var seconds: Double = 0

    /// Every check passed.
    public var passed: Bool { problem == nil && !checks.isEmpty && checks.allSatisfy { $0.verdict == .passed } }

    public var failedChecks: [CheckResult] { checks.filter { $0.verdict == .failed } }
}

/// One check's verdict and its explanation.
public struct CheckResult: Sendable {
    public enum Verdict: String, Sendable { case passed, failed }

    /// The manifest's `name`, or one derived from the check.
    public var name: String
    /// `output`, `timing`, `schedules`, `structure`, `exception`; `answer` for a
    /// prediction; `syntax` when the program does not parse.
    public var type: String
    public var verdict: Verdict
    /// What went wrong (or a short note when passed).
    public var message: String
    /// A unified diff of expected and actual output, or a listing of lines.
    public var diff: String?
    /// Schedules: the failing run's thread switches, compacted.
    public var interleaving: String?
    /// Timing: the run's timeline (TimelineText) when the check failed.
    public var timeline: String?
    /// The command that replays the failing run.
    public var replay: String?
    /// A traceback tail or a deadlock report.
    public var details: String?
    public var pointsEarned: Double
    public var pointsPossible: Double

    public init(name: String, type: String, verdict: Verdict, message: String, pointsEarned: Double, pointsPossible: Double) {
        self.name = name
        self.type = type
        self.verdict = verdict
        self.message = message
        self.pointsEarned = pointsEarned
        self.pointsPossible = pointsPossible
    }
}
