#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import TutorBatch
import TutorGrading

/// `tutor grade [PATHS]`: batch grading for CI; `tutor grade merge FILES` combines
/// shards. The command takes its arguments raw and parses them itself so that a
/// usage error exits with status 2, as CI scripts expect (the argument parser's
/// own exit status for usage errors is 64).
public struct GradeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade workspaces (one per student) for CI: reports, limits, resume, shards.",
        discussion: """
            tutor grade [OPTIONS] [PATHS...]     grade workspaces (see tutor grade --help)
            tutor grade merge [OPTIONS] FILES... combine shards' journals into reports
            """)

    @Argument(parsing: .captureForPassthrough, help: "PATHS and options; see `tutor grade --help`.")
    var arguments: [String] = []

    public init() {}

    public func run() throws {
        if arguments.first == "_worker" {
            // A worker: grade one submission, verdict on fd 3; _exit skips teardown
            // (a runaway daemon thread of the submission may still exist).
            fflush(stdout)
            _exit(BatchWorker.main(arguments: Array(arguments.dropFirst())))
        }
        if arguments.first == "merge" {
            let options = try Self.parse(GradeMergeOptions.self, Array(arguments.dropFirst()))
            throw ExitCode(options.execute())
        }
        let options = try Self.parse(GradeRunOptions.self, arguments)
        throw ExitCode(options.execute())
    }

    static func parse<T: ParsableCommand>(_ type: T.Type, _ arguments: [String]) throws -> T {
        do {
            var command = try type.parseAsRoot(arguments)
            guard let parsed = command as? T else {
                // `--help` parses as the argument parser's own help command.
                print(type.helpMessage())
                throw ExitCode.success
            }
            try command.validate()
            return parsed
        } catch let code as ExitCode {
            throw code
        } catch {
            let status = type.exitCode(for: error)
            if status == .success {
                print(type.fullMessage(for: error))
                throw ExitCode.success
            }
            fputs("tutor grade: " + type.message(for: error) + "\n", stderr)
            fputs(type.usageString() + "\n", stderr)
            throw ExitCode(2)
        }
    }
}

/// Report options shared by `grade` and `grade merge`.
struct ReportArguments: ParsableArguments {
    @Option(name: .customLong("junit"), help: ArgumentHelp("Write JUnit XML here.", valueName: "FILE.xml"))
    var junit: String?

    @Option(name: .customLong("gradescope"), help: ArgumentHelp(
        "Write Gradescope results.json here (several students: a folder of STUDENT/results.json).", valueName: "FILE"))
    var gradescope: String?

    @Option(name: .customLong("exercism"), help: ArgumentHelp(
        "Write an Exercism v3 results.json here (several students: a folder of STUDENT/results.json).", valueName: "FILE"))
    var exercism: String?

    @Option(name: .customLong("jsonl"), help: ArgumentHelp("Write the verdicts as JSON lines here.", valueName: "FILE.jsonl"))
    var jsonl: String?

    @Flag(name: .customLong("no-github"), help: "No ::error annotations or step summary, even on GitHub Actions.")
    var noGitHub = false

    @Flag(name: [.customShort("q"), .customLong("quiet")], help: "No summary table and no progress.")
    var quiet = false

    var reportOptions: ReportOptions {
        var r = ReportOptions()
        r.junit = junit
        r.gradescope = gradescope
        r.exercism = exercism
        r.jsonl = jsonl
        r.table = !quiet
        if !noGitHub { r.detectGitHubActions() }
        return r
    }

    func write(_ verdicts: [Verdict]) -> Bool {
        do {
            let out = try Batch.writeReports(verdicts, reportOptions)
            fputs(out, stdout)
            fflush(stdout)
            return true
        } catch {
            fputs("tutor grade: \(error)\n", stderr)
            return false
        }
    }
}

struct GradeRunOptions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor grade",
        abstract: "Grade one workspace, or every workspace under a folder (one per student).",
        discussion: """
            A workspace holds a student's copies of the exercise files under the same
            relative paths as the course (01-coroutines/01-three-sleeps/main.py). A
            PATH holding a topic folder is one workspace; any other folder holds one
            workspace per subfolder.

            Each exercise is graded in its own worker process (its own process group)
            under wall-clock, CPU, memory, process and output limits; a submission that
            breaks one gets a verdict saying so and the batch goes on.

            Every verdict is appended to the journal as soon as it is known. Running the
            same command again after an interruption resumes: recorded verdicts are
            kept, the rest graded. --fresh starts over.

            Exit status: 0 when every required exercise passed, 1 when one did not,
            2 for a usage or configuration error, 130 when interrupted.

            On GitHub Actions (GITHUB_ACTIONS=true) it also prints ::error annotations
            and appends a summary to $GITHUB_STEP_SUMMARY.
            """)

    @Argument(help: "Workspaces or folders of workspaces (default: the current folder).")
    var paths: [String] = []

    @Option(name: .customLong("course"), help: ArgumentHelp(
        "The course folder (default: $TUTOR_HOME/Exercises, the nearest Exercises folder at or above the current one, or the tutor's checkout).",
        valueName: "DIR"))
    var course: String?

    @Option(name: .customLong("course-kind"), help: .hidden)
    var courseKind: String?

    @Option(name: [.customShort("e"), .customLong("exercise")], help: ArgumentHelp(
        "Grade only this exercise (an id, a unique suffix of one, or a topic). Repeatable.", valueName: "ID"))
    var exercises: [String] = []

    @Option(name: .customLong("optional"), help: ArgumentHelp(
        "This exercise (id, suffix or topic) does not count towards the exit status. Repeatable.", valueName: "ID"))
    var optional: [String] = []

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Parallel workers (default: the number of cores).")
    var jobs: Int?

    @Option(name: .customLong("shard"), help: ArgumentHelp("Grade only the I-th of N disjoint slices of the jobs.", valueName: "I/N"))
    var shard: String?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp(
        "Wall-clock seconds per exercise (default: the manifest's, else 60).", valueName: "SECONDS"))
    var timeLimit: Double?

    @Option(name: .customLong("cpu-limit"), help: ArgumentHelp("CPU seconds per exercise (default: the time limit).", valueName: "SECONDS"))
    var cpuLimit: Double?

    @Option(name: .customLong("memory-limit"), help: ArgumentHelp(
        "Memory per exercise, all its processes together (default 512M).", valueName: "SIZE"))
    var memoryLimit: String?

    @Option(name: .customLong("process-limit"), help: ArgumentHelp("Processes per exercise at once (default 32).", valueName: "N"))
    var processLimit: Int?

    @Option(name: .customLong("output-limit"), help: ArgumentHelp("Bytes of output per exercise (default 1M).", valueName: "SIZE"))
    var outputLimit: String?

    @Option(name: .customLong("journal"), help: ArgumentHelp(
        "The journal (default .tutor-grade/journal.jsonl, per shard).", valueName: "FILE"))
    var journal: String?

    @Flag(name: .customLong("fresh"), help: "Discard the journal and grade everything again.")
    var fresh = false

    @Option(name: .customLong("progress"), help: ArgumentHelp("bar, lines or none (default: bar on a terminal, else lines).", valueName: "MODE"))
    var progress: String?

    @Flag(name: .customLong("keep-user"), help: "As root, run workers as root too (by default each worker slot runs as a user id of its own, so RLIMIT_NPROC applies).")
    var keepUser = false

    @OptionGroup var reports: ReportArguments

    func validate() throws {
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
        if let s = shard, Shard(s) == nil { throw ValidationError("--shard must be I/N with 1 <= I <= N, got '\(s)'") }
        for (name, v) in [("--time-limit", timeLimit), ("--cpu-limit", cpuLimit)] {
            if let v = v, !(v > 0) || !v.isFinite { throw ValidationError("\(name) must be a positive number of seconds") }
        }
        if let m = memoryLimit, Size.parse(m) == nil { throw ValidationError("--memory-limit: '\(m)' is not a size (e.g. 512M, 2G)") }
        if let o = outputLimit, Size.parse(o) == nil { throw ValidationError("--output-limit: '\(o)' is not a size (e.g. 64K, 1M)") }
        if let p = processLimit, p < 1 { throw ValidationError("--process-limit must be at least 1") }
        if let k = courseKind, CourseKind(rawValue: k) == nil { throw ValidationError("unknown course kind '\(k)'") }
        if let p = progress, !["bar", "lines", "none"].contains(p) { throw ValidationError("--progress must be bar, lines or none") }
    }

    /// The course every command finds by default (`CurriculumLocation.locate`).
    static func defaultCourse() -> String? { CurriculumLocation.locate()?.exercises }

    func execute() -> Int32 {
        guard let coursePath = course ?? Self.defaultCourse() else {
            fputs("tutor grade: no course found: pass --course DIR or set TUTOR_HOME\n", stderr)
            return 2
        }
        var options = BatchOptions(course: coursePath, paths: paths.isEmpty ? ["."] : paths)
        options.courseKind = courseKind.flatMap(CourseKind.init(rawValue:))
        options.exercises = exercises
        options.optional = optional
        options.limits = LimitOverrides(wall: timeLimit, cpu: cpuLimit, memory: memoryLimit.flatMap(Size.parse),
                                        processes: processLimit, output: outputLimit.flatMap(Size.parse))
        if let j = jobs { options.parallelism = j }
        if let s = shard.flatMap(Shard.init) { options.shard = s }
        options.journal = journal
        options.fresh = fresh
        options.dropPrivileges = !keepUser
        switch progress {
        case "bar": options.progress = .bar
        case "lines": options.progress = .lines
        case "none": options.progress = .quiet
        default: options.progress = reports.quiet ? .quiet : ProgressDisplay.automatic()
        }
        let result: BatchResult
        do {
            result = try Batch.grade(options)
        } catch {
            fputs("tutor grade: \(error)\n", stderr)
            return 2
        }
        if result.interrupted { return 130 }
        guard reports.write(result.verdicts) else { return 2 }
        return result.exitStatus
    }
}

struct GradeMergeOptions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor grade merge",
        abstract: "Combine the journals (or JSON lines) of shards into the same reports one batch would write.",
        discussion: "Exit status: 0 when every required exercise passed, 1 when one did not, 2 for an error.")

    @Argument(help: "Journals or JSON lines files written by tutor grade.")
    var files: [String] = []

    @OptionGroup var reports: ReportArguments

    func validate() throws {
        if files.isEmpty { throw ValidationError("no files to merge") }
    }

    func execute() -> Int32 {
        let verdicts: [Verdict]
        do {
            verdicts = try Batch.merge(files)
        } catch {
            fputs("tutor grade merge: \(error)\n", stderr)
            return 2
        }
        guard reports.write(verdicts) else { return 2 }
        return Reports.exitStatus(verdicts)
    }
}

/// Sizes on the command line: 65536, 64K, 512M, 2G (binary units; KiB/MiB/GiB also read).
enum Size {
    static func parse(_ text: String) -> Int? {
        var t = text.trimmingCharacters()
        var multiplier = 1
        for (suffixes, m) in [(["KIB", "KB", "K"], 1 << 10), (["MIB", "MB", "M"], 1 << 20), (["GIB", "GB", "G"], 1 << 30)] {
            if let s = suffixes.first(where: { t.uppercased().hasSuffix($0) }) {
                t = String(t.dropLast(s.count))
                multiplier = m
                break
            }
        }
        guard let n = Double(t), n > 0, n.isFinite, n * Double(multiplier) < 1e15 else { return nil }
        return Int(n * Double(multiplier))
    }
}

private extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
