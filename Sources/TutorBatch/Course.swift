#if canImport(Glibc)
import Glibc
#endif
import TutorGrading
import TutorRuntime

/// Limits on one worker (one submission of one exercise).
public struct Limits: Equatable, Sendable {
    /// Wall-clock seconds for the whole exercise (every check's runs).
    public var wall: Double
    /// CPU seconds (RLIMIT_CPU; the kernel stops the worker with SIGXCPU).
    public var cpu: Double
    /// Bytes of memory, summed over the submission's processes (sampled), with an
    /// RLIMIT_AS backstop per process.
    public var memory: Int
    /// Processes the submission may have at once (its worker included).
    public var processes: Int
    /// Bytes of output: what the worker writes, and the verdict's output.
    public var output: Int

    public init(wall: Double = 60, cpu: Double? = nil, memory: Int = 512 << 20, processes: Int = 32, output: Int = 1 << 20) {
        self.wall = wall
        self.cpu = cpu ?? wall
        self.memory = memory
        self.processes = processes
        self.output = output
    }

    public static let `default` = Limits()

    var args: [String] {
        ["--wall", "\(wall)", "--cpu", "\(cpu)", "--memory", "\(memory)", "--processes", "\(processes)", "--output", "\(output)"]
    }
}

/// Limits given on the command line; each overrides the exercise's own.
public struct LimitOverrides: Sendable {
    public var wall: Double?
    public var cpu: Double?
    public var memory: Int?
    public var processes: Int?
    public var output: Int?
    public init(wall: Double? = nil, cpu: Double? = nil, memory: Int? = nil, processes: Int? = nil, output: Int? = nil) {
        self.wall = wall
        self.cpu = cpu
        self.memory = memory
        self.processes = processes
        self.output = output
    }

    /// The limits for `exercise`: the command line's, else the exercise's, else the defaults.
    public func limits(for exercise: BatchExercise) -> Limits {
        let wall = self.wall ?? exercise.wallLimit ?? Limits.default.wall
        return Limits(wall: wall, cpu: cpu ?? wall,
                      memory: memory ?? exercise.memoryLimit ?? Limits.default.memory,
                      processes: processes ?? Limits.default.processes,
                      output: output ?? max(exercise.outputLimit ?? 0, Limits.default.output))
    }
}

/// One exercise as the batch sees it.
public struct BatchExercise: Equatable, Sendable {
    /// `coroutines/three-sleeps`.
    public var id: String
    /// `coroutines`.
    public var topic: String
    public var title: String
    /// Its folder relative to the course root and to a workspace (`01-coroutines/01-three-sleeps`).
    public var directory: String
    /// The files the student writes, relative to `directory`.
    public var files: [String]
    public var points: Double
    /// Suggested worker limits (from the manifest), nil for the defaults.
    public var wallLimit: Double?
    public var memoryLimit: Int?
    public var outputLimit: Int?
    /// A predict exercise: the answer is in the workspace's `.tutor/progress`.
    public var isPredict = false

    public init(id: String, topic: String, title: String, directory: String, files: [String], points: Double,
                wallLimit: Double? = nil, memoryLimit: Int? = nil, outputLimit: Int? = nil, isPredict: Bool = false) {
        self.isPredict = isPredict
        self.id = id
        self.topic = topic
        self.title = title
        self.directory = directory
        self.files = files
        self.points = points
        self.wallLimit = wallLimit
        self.memoryLimit = memoryLimit
        self.outputLimit = outputLimit
    }

    /// The first file, relative to a workspace (for annotations).
    public var mainFile: String { files.first.map { directory + "/" + $0 } ?? directory }
}

/// What grading one submission in-process produced (the worker's half of a verdict).
public struct GradeOutcome: Sendable {
    public var status: VerdictStatus
    public var score: Double
    public var maxScore: Double
    public var message: String
    public var output: String
    public var checks: [CheckVerdict]

    public init(status: VerdictStatus, score: Double, maxScore: Double, message: String, output: String = "",
                checks: [CheckVerdict] = []) {
        self.status = status
        self.score = score
        self.maxScore = maxScore
        self.message = message
        self.output = output
        self.checks = checks
    }
}

/// The seam between batch grading and the grader: a course lists its exercises and
/// grades one submission of one of them, in the current process (a worker's).
public protocol BatchCourse: AnyObject {
    var root: String { get }
    /// In curriculum order.
    var exercises: [BatchExercise] { get }
    func grade(_ exercise: BatchExercise, workspace: String, limits: Limits) -> GradeOutcome
}

public struct CourseError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// How a course folder is read.
public enum CourseKind: String, Sendable, CaseIterable {
    /// `exercise.toml` manifests graded by TutorGrading (the curriculum).
    case manifest
    /// Folders holding `expected_output.txt`: each exercise's `main.py` must run
    /// cleanly and print exactly that. The synthetic courses of the tests use it.
    case output
}

public enum CourseLoader {
    /// Loads the course at `root`; `kind` nil picks `output` when the folder has
    /// expected-output exercises and no manifests, else `manifest`.
    public static func load(root: String, kind: CourseKind? = nil) throws -> BatchCourse {
        guard FileSystem.isDirectory(root) else { throw CourseError("no course folder at '\(root)'") }
        let resolved = kind ?? (OutputCourse.looksLike(root) ? .output : .manifest)
        switch resolved {
        case .output: return try OutputCourse(root: root)
        case .manifest: return try ManifestCourse(root: root)
        }
    }

    /// In a worker: the course reduced to the one exercise it grades, when the
    /// kind allows reading just that one.
    static func load(root: String, kind: CourseKind?, exercise: String, directory: String?) throws -> BatchCourse {
        guard FileSystem.isDirectory(root) else { throw CourseError("no course folder at '\(root)'") }
        let resolved = kind ?? (OutputCourse.looksLike(root) ? .output : .manifest)
        if resolved == .manifest, let dir = directory { return try ManifestCourse(root: root, exercise: exercise, directory: dir) }
        return try load(root: root, kind: resolved)
    }
}

/// Ids from folder names: `01-coroutines` -> `coroutines`.
enum ExerciseNames {
    static func stripPrefix(_ name: String) -> String {
        let digits = name.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, name.dropFirst(digits.count).first == "-" {
            return String(name.dropFirst(digits.count + 1))
        }
        return name
    }

    /// The exercises `patterns` name: each an id, a unique suffix of one, or a topic
    /// (all its exercises). Empty patterns select all.
    static func select(_ patterns: [String], from exercises: [BatchExercise]) throws -> [BatchExercise] {
        guard !patterns.isEmpty else { return exercises }
        var chosen = Set<String>()
        for raw in patterns {
            let p = raw.hasSuffix("/") ? String(raw.dropLast()) : raw
            if exercises.contains(where: { $0.id == p }) { chosen.insert(p); continue }
            let topic = exercises.filter { $0.topic == p }
            if !topic.isEmpty { topic.forEach { chosen.insert($0.id) }; continue }
            let suffix = exercises.filter { $0.id.hasSuffix("/" + p) || $0.directory == p }
            if suffix.count == 1 { chosen.insert(suffix[0].id); continue }
            if suffix.count > 1 {
                throw CourseError("'\(raw)' is ambiguous: \(suffix.map(\.id).joined(separator: ", "))")
            }
            throw CourseError("no exercise '\(raw)' in the course")
        }
        return exercises.filter { chosen.contains($0.id) }
    }
}

/// The output course: `TOPIC/EXERCISE/expected_output.txt` plus the starter files.
final class OutputCourse: BatchCourse {
    let root: String
    let exercises: [BatchExercise]

    static func looksLike(_ root: String) -> Bool {
        for topic in (FileSystem.list(root) ?? []) where FileSystem.isDirectory(root + "/" + topic) {
            for ex in (FileSystem.list(root + "/" + topic) ?? []) {
                if FileSystem.exists(root + "/" + topic + "/" + ex + "/exercise.toml") { return false }
                if FileSystem.exists(root + "/" + topic + "/" + ex + "/expected_output.txt") { return true }
            }
        }
        return false
    }

    init(root: String) throws {
        self.root = root
        var list: [BatchExercise] = []
        for topic in (FileSystem.list(root) ?? []).sorted() where !topic.hasPrefix(".") && FileSystem.isDirectory(root + "/" + topic) {
            for ex in (FileSystem.list(root + "/" + topic) ?? []).sorted() where !ex.hasPrefix(".") {
                let dir = topic + "/" + ex
                guard FileSystem.exists(root + "/" + dir + "/expected_output.txt") else { continue }
                let t = ExerciseNames.stripPrefix(topic)
                var points = 1.0
                if let text = FileSystem.readText(root + "/" + dir + "/points.txt"),
                   let p = Double(text.trimmingWhitespace), p >= 0, p.isFinite { points = p }
                list.append(BatchExercise(id: t + "/" + ExerciseNames.stripPrefix(ex), topic: t,
                                          title: ExerciseNames.stripPrefix(ex), directory: dir,
                                          files: ["main.py"], points: points))
            }
        }
        guard !list.isEmpty else { throw CourseError("no exercises under '\(root)'") }
        exercises = list
    }

    func grade(_ exercise: BatchExercise, workspace: String, limits: Limits) -> GradeOutcome {
        let path = workspace + "/" + exercise.mainFile
        guard let source = FileSystem.readText(path) else {
            return GradeOutcome(status: .missing, score: 0, maxScore: exercise.points,
                                message: "\(exercise.mainFile) is missing")
        }
        let expected = FileSystem.readText(root + "/" + exercise.directory + "/expected_output.txt") ?? ""
        var run = ProgramRun(source: source, filename: exercise.files.first ?? "main.py")
        // The worker's wall-clock limit is meant to stop a runaway program; the
        // run's own limit only guards a worker started without one.
        run.timeLimit = limits.wall + 30
        run.outputLimit = limits.output
        let result = run.run()
        let output = Format.truncate(result.stdout + result.stderr, to: 16 << 10)
        if result.outputLimitExceeded {
            return GradeOutcome(status: .outputLimit, score: 0, maxScore: exercise.points,
                                message: "output limit \(Format.bytes(limits.output)) exceeded", output: output)
        }
        let passed = result.isClean && result.stdout == expected
        let message: String
        if let deadlock = result.deadlock {
            message = deadlock.split(separator: "\n").first.map(String.init) ?? "deadlock"
        } else if !result.isClean {
            let last = result.stderr.split(separator: "\n").last.map(String.init) ?? "exit status \(result.status)"
            message = "the program failed: \(last)"
        } else if !passed {
            message = "wrong output"
        } else {
            message = "passed"
        }
        let check = CheckVerdict(name: "output", passed: passed, score: passed ? exercise.points : 0,
                                 maxScore: exercise.points, message: passed ? "" : message)
        return GradeOutcome(status: passed ? .passed : .failed, score: check.score, maxScore: exercise.points,
                            message: message, output: passed ? "" : output, checks: [check])
    }
}

/// A student's workspace to grade.
public struct Workspace: Equatable, Sendable {
    public var student: String
    public var path: String
    public init(student: String, path: String) {
        self.student = student
        self.path = path
    }

    /// The workspaces `paths` name: a path holding any of the course's topic
    /// folders is one workspace (named after its folder); any other folder holds
    /// one workspace per subfolder (one per student).
    public static func discover(_ paths: [String], course: [BatchExercise]) throws -> [Workspace] {
        let topicDirs = Set(course.compactMap { $0.directory.split(separator: "/").first.map(String.init) })
        var result: [Workspace] = []
        for raw in paths {
            let path = raw.count > 1 && raw.hasSuffix("/") ? String(raw.dropLast()) : raw
            guard FileSystem.isDirectory(path) else { throw CourseError("no folder at '\(raw)'") }
            if isWorkspace(path, topicDirs) {
                result.append(Workspace(student: studentName(path), path: path))
                continue
            }
            for name in (FileSystem.list(path) ?? []).sorted() where !name.hasPrefix(".") {
                let sub = path + "/" + name
                if FileSystem.isDirectory(sub) { result.append(Workspace(student: name, path: sub)) }
            }
        }
        // Two workspaces with one name: name them by their paths.
        var counts: [String: Int] = [:]
        for w in result { counts[w.student, default: 0] += 1 }
        return result.map { w in counts[w.student, default: 0] > 1 ? Workspace(student: w.path, path: w.path) : w }
    }

    static func isWorkspace(_ path: String, _ topicDirs: Set<String>) -> Bool {
        topicDirs.contains { FileSystem.isDirectory(path + "/" + $0) }
    }

    static func studentName(_ path: String) -> String {
        var p = path
        if p == "." || p.isEmpty { p = FileSystem.currentDirectory() ?? "student" }
        let last = p.split(separator: "/").last.map(String.init) ?? p
        return last == "." || last.isEmpty ? "student" : last
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
