/// What grading one (workspace, exercise) pair concluded.
public enum VerdictStatus: String, Sendable, CaseIterable {
    /// Every check passed.
    case passed
    /// The submission ran and some check failed (wrong output, a race, a syntax error...).
    case failed
    /// The exercise's files are not in the workspace.
    case missing
    /// The worker was stopped by a limit.
    case timeLimit = "time-limit"
    case cpuLimit = "cpu-limit"
    case memoryLimit = "memory-limit"
    case processLimit = "process-limit"
    case outputLimit = "output-limit"
    /// The worker died (the interpreter crashed) or sent no verdict.
    case crashed
    /// The grader could not grade (a broken exercise, an internal error).
    case error

    /// A limit or a crash: the submission's fault, but not a wrong answer.
    public var isLimit: Bool {
        switch self {
        case .timeLimit, .cpuLimit, .memoryLimit, .processLimit, .outputLimit: return true
        default: return false
        }
    }

    /// One character for the summary table.
    public var mark: String {
        switch self {
        case .passed: return "ok"
        case .failed: return "F"
        case .missing: return "-"
        case .timeLimit: return "T"
        case .cpuLimit: return "C"
        case .memoryLimit: return "M"
        case .processLimit: return "P"
        case .outputLimit: return "O"
        case .crashed: return "X"
        case .error: return "E"
        }
    }
}

/// One check's result, with its share of the exercise's points.
public struct CheckVerdict: Equatable, Sendable {
    public var name: String
    public var passed: Bool
    public var score: Double
    public var maxScore: Double
    public var message: String

    public init(name: String, passed: Bool, score: Double, maxScore: Double, message: String = "") {
        self.name = name
        self.passed = passed
        self.score = score
        self.maxScore = maxScore
        self.message = message
    }
}

/// The verdict on one exercise of one student: what the journal records, the
/// reports show and the exit status sums up.
public struct Verdict: Equatable, Sendable {
    public var student: String
    /// The exercise id (`coroutines/three-sleeps`).
    public var exercise: String
    /// The topic id (`coroutines`): JUnit's classname.
    public var topic: String
    public var title: String
    public var status: VerdictStatus
    public var score: Double
    public var maxScore: Double
    /// One line: why it failed, or "passed".
    public var message: String
    /// Feedback and program output (bounded).
    public var output: String
    public var checks: [CheckVerdict]
    /// Wall-clock seconds the worker took.
    public var seconds: Double
    public var required: Bool
    /// The student's file the verdict is about, relative to the workspace (for annotations).
    public var file: String
    /// The exercise's position in the curriculum (orders reports; not identity).
    public var order: Int = 0

    public init(student: String, exercise: String, topic: String, title: String, status: VerdictStatus,
                score: Double, maxScore: Double, message: String, output: String = "",
                checks: [CheckVerdict] = [], seconds: Double = 0, required: Bool = true, file: String = "") {
        self.student = student
        self.exercise = exercise
        self.topic = topic
        self.title = title
        self.status = status
        self.score = score
        self.maxScore = maxScore
        self.message = message
        self.output = output
        self.checks = checks
        self.seconds = seconds
        self.required = required
        self.file = file
    }

    public var passed: Bool { status == .passed }
    public var key: JobKey { JobKey(student: student, exercise: exercise) }

    public var json: JSON {
        .object([
            ("student", .string(student)),
            ("exercise", .string(exercise)),
            ("topic", .string(topic)),
            ("title", .string(title)),
            ("status", .string(status.rawValue)),
            ("score", .number(score)),
            ("max_score", .number(maxScore)),
            ("message", .string(message)),
            ("output", .string(output)),
            ("checks", .array(checks.map { c in
                .object([("name", .string(c.name)), ("passed", .bool(c.passed)), ("score", .number(c.score)),
                         ("max_score", .number(c.maxScore)), ("message", .string(c.message))])
            })),
            ("seconds", .number((seconds * 1000).rounded() / 1000)),
            ("required", .bool(required)),
            ("file", .string(file)),
            ("order", .number(Double(order))),
        ])
    }

    /// The verdict a JSON record describes, or nil when it is not one.
    public init?(json: JSON) {
        guard let student = json["student"]?.string, let exercise = json["exercise"]?.string,
              let statusText = json["status"]?.string, let status = VerdictStatus(rawValue: statusText)
        else { return nil }
        self.init(student: student, exercise: exercise,
                  topic: json["topic"]?.string ?? "",
                  title: json["title"]?.string ?? exercise,
                  status: status,
                  score: json["score"]?.number ?? 0,
                  maxScore: json["max_score"]?.number ?? 0,
                  message: json["message"]?.string ?? "",
                  output: json["output"]?.string ?? "",
                  checks: (json["checks"]?.array ?? []).compactMap { c in
                      guard let name = c["name"]?.string else { return nil }
                      return CheckVerdict(name: name, passed: c["passed"]?.bool ?? false,
                                          score: c["score"]?.number ?? 0, maxScore: c["max_score"]?.number ?? 0,
                                          message: c["message"]?.string ?? "")
                  },
                  seconds: json["seconds"]?.number ?? 0,
                  required: json["required"]?.bool ?? true,
                  file: json["file"]?.string ?? "")
        order = json["order"]?.int ?? 0
    }
}

public struct JobKey: Hashable, Sendable, Comparable {
    public var student: String
    public var exercise: String
    public init(student: String, exercise: String) {
        self.student = student
        self.exercise = exercise
    }
    public static func < (a: JobKey, b: JobKey) -> Bool {
        (a.student, a.exercise) < (b.student, b.exercise)
    }
}

/// Formatting helpers shared by the reports.
enum Format {
    static func points(_ x: Double) -> String {
        if x.rounded() == x, abs(x) < 1e15 { return String(Int64(x)) }
        let r = (x * 100).rounded() / 100
        return "\(r)"
    }

    static func seconds(_ s: Double) -> String {
        let ms = Int((s * 1000).rounded())
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - String(ms % 1000).count))\(ms % 1000)"
    }

    static func bytes(_ n: Int) -> String {
        if n >= 1 << 30, n % (1 << 30) == 0 { return "\(n >> 30) GiB" }
        if n >= 1 << 20, n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
        if n >= 1 << 10, n % (1 << 10) == 0 { return "\(n >> 10) KiB" }
        return "\(n) bytes"
    }

    /// A duration the way limits are written: "5 s", "1.5 s".
    static func limitSeconds(_ s: Double) -> String {
        (s.rounded() == s ? String(Int(s)) : "\(s)") + " s"
    }

    /// At most `limit` bytes of `text`, cut at a character boundary, with a note.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var cut = ""
        var size = 0
        for ch in text {
            size += ch.utf8.count
            if size > limit { break }
            cut.append(ch)
        }
        return cut + "\n[... output truncated]"
    }
}
