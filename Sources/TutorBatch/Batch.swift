#if canImport(Glibc)
import Glibc
#endif
import TutorGrading

/// Batch grading for CI (issue 6): every student's workspace against the course,
/// in parallel isolated workers, with a resumable journal and CI reports.
public enum Batch {}

/// Where the reports go. nil: not written.
public struct ReportOptions: Sendable {
    public var junit: String?
    public var gradescope: String?
    public var exercism: String?
    public var jsonl: String?
    /// `::error` annotations on stdout.
    public var githubAnnotations = false
    /// A file to append the Markdown step summary to ($GITHUB_STEP_SUMMARY).
    public var stepSummary: String?
    /// The student x exercise table on stdout.
    public var table = true

    public init() {}

    /// Annotations and step summary when running on GitHub Actions.
    public mutating func detectGitHubActions(environment: (String) -> String? = Batch.environment) {
        guard environment("GITHUB_ACTIONS") == "true" else { return }
        githubAnnotations = true
        if let path = environment("GITHUB_STEP_SUMMARY"), !path.isEmpty { stepSummary = path }
    }
}

public struct BatchOptions: Sendable {
    public var course: String
    public var courseKind: CourseKind?
    /// Workspaces, or folders of workspaces.
    public var paths: [String]
    /// Exercise ids, unique suffixes or topics; empty: the whole course.
    public var exercises: [String] = []
    /// Exercises that do not count towards the exit status.
    public var optional: [String] = []
    public var limits = LimitOverrides()
    public var parallelism = Batch.cores
    public var shard = Shard.whole
    /// The journal; nil: `.tutor-grade/journal.jsonl` (per shard).
    public var journal: String?
    public var fresh = false
    public var worker = WorkerCommand.current
    public var progress = ProgressDisplay.Mode.lines
    public var dropPrivileges = true

    public init(course: String, paths: [String]) {
        self.course = course
        self.paths = paths
    }

    public var journalPath: String {
        if let j = journal { return j }
        return shard.count == 1 ? ".tutor-grade/journal.jsonl"
            : ".tutor-grade/journal-shard-\(shard.index)-of-\(shard.count).jsonl"
    }
}

public struct BatchResult: Sendable {
    /// Every verdict of the batch (this shard), resumed ones included.
    public var verdicts: [Verdict]
    public var interrupted: Bool
    /// Graded in this run (not resumed).
    public var graded: Int
    public var resumed: Int
    /// Wall-clock seconds of this run's grading.
    public var seconds: Double
    public var exitStatus: Int32 { interrupted ? 130 : Reports.exitStatus(verdicts) }
}

extension Batch {
    /// The number of online cores.
    public static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    public static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        return String(cString: v)
    }

    /// The jobs of the batch, in (student, curriculum) order, before sharding.
    public static func plan(_ options: BatchOptions) throws -> (course: BatchCourse, jobs: [Job]) {
        let course = try CourseLoader.load(root: options.course, kind: options.courseKind)
        let all = course.exercises
        let selected = try ExerciseNames.select(options.exercises, from: all)
        let optional = options.optional.isEmpty ? Set<String>()
            : Set(try ExerciseNames.select(options.optional, from: all).map(\.id))
        guard !options.paths.isEmpty else { throw CourseError("no workspace given") }
        let workspaces = try Workspace.discover(options.paths, course: all)
        guard !workspaces.isEmpty else { throw CourseError("no workspaces under \(options.paths.joined(separator: ", "))") }
        var order: [String: Int] = [:]
        for (i, e) in all.enumerated() { order[e.id] = i }
        var jobs: [Job] = []
        for w in workspaces {
            for e in selected {
                jobs.append(Job(workspace: w, exercise: e, order: order[e.id] ?? 0,
                                limits: options.limits.limits(for: e), required: !optional.contains(e.id)))
            }
        }
        return (course, jobs)
    }

    /// Grades the batch (resuming its journal), writing each verdict to the journal
    /// as it is known. Reports are written by `writeReports`.
    public static func grade(_ options: BatchOptions) throws -> BatchResult {
        let (course, allJobs) = try plan(options)
        let jobs = allJobs.enumerated().filter { options.shard.contains($0.offset) }.map(\.element)
        let fingerprint = Journal.fingerprint(
            [FileSystem.absolute(course.root), options.courseKind?.rawValue ?? "auto", options.shard.description]
            + jobs.map { "\($0.workspace.student)\u{1}\(FileSystem.absolute($0.workspace.path))\u{1}\($0.exercise.id)" })
        let journal = try Journal(path: options.journalPath, fingerprint: fingerprint, fresh: options.fresh)
        defer { journal.close() }
        let wanted = Set(jobs.map(\.key))
        let kept = journal.verdicts.values.filter { wanted.contains($0.key) }
        let keptKeys = Set(kept.map(\.key))
        let todo = jobs.filter { !keptKeys.contains($0.key) }

        let progress = ProgressDisplay(mode: options.progress, total: todo.count)
        progress.started(resumed: kept.count)
        let pool = WorkerPool(command: options.worker, parallelism: options.parallelism,
                              courseRoot: FileSystem.absolute(course.root), courseKind: options.courseKind)
        pool.dropPrivileges = options.dropPrivileges
        var verdicts = kept
        let start = monotonicNow()
        let completed = pool.run(todo) { v in
            journal.append(v)
            verdicts.append(v)
            progress.record(v)
        }
        if completed { journal.markComplete() }
        progress.finished(interrupted: !completed)
        return BatchResult(verdicts: Reports.sorted(verdicts), interrupted: !completed,
                           graded: verdicts.count - kept.count, resumed: kept.count, seconds: monotonicNow() - start)
    }

    /// Combines result files (journals or JSON lines of shards) into one verdict set.
    public static func merge(_ paths: [String]) throws -> [Verdict] {
        guard !paths.isEmpty else { throw CourseError("no result files to merge") }
        return Reports.sorted(try Journal.load(paths))
    }

    /// Writes the requested reports; returns what goes to stdout (table, annotations).
    public static func writeReports(_ verdicts: [Verdict], _ options: ReportOptions) throws -> String {
        if let p = options.junit { try writeFile(Reports.junit(verdicts), to: p) }
        if let p = options.jsonl { try writeFile(Reports.jsonLines(verdicts), to: p) }
        if let p = options.gradescope { try writePerStudent(verdicts, to: p, Reports.gradescope) }
        if let p = options.exercism { try writePerStudent(verdicts, to: p, Reports.exercism) }
        if let p = options.stepSummary {
            let fd = open(p, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw CourseError("can't write step summary '\(p)'") }
            _ = FileSystem.writeAll(fd, Array(Reports.stepSummary(verdicts).utf8))
            close(fd)
        }
        var out = ""
        if options.table { out += Reports.table(verdicts) }
        if options.githubAnnotations { out += Reports.githubAnnotations(verdicts) }
        return out
    }

    static func writeFile(_ text: String, to path: String) throws {
        FileSystem.makeDirectories(FileSystem.directoryName(path))
        guard FileSystem.writeAtomically(text, to: path) else {
            throw CourseError("can't write '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    /// One student: the file at `path`. Several: `path` is a folder holding
    /// `STUDENT/results.json` for each.
    static func writePerStudent(_ verdicts: [Verdict], to path: String, _ render: ([Verdict]) -> String) throws {
        let students = Reports.byStudent(verdicts)
        if students.count <= 1 {
            try writeFile(render(verdicts), to: path)
            return
        }
        for (student, vs) in students {
            let safe = String(student.map { $0 == "/" || $0 == "\0" ? "_" : $0 })
            try writeFile(render(vs), to: path + "/" + (safe == ".." || safe == "." ? "_" + safe : safe) + "/results.json")
        }
    }
}
