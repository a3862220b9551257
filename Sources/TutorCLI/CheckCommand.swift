#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import TutorGrading

/// `tutor check FILE... --exercise ID`: grades files against an exercise's checks
/// and prints the feedback a student would see. Exit status 0 when every check
/// passes, 1 otherwise.
public struct CheckCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Grade a file against an exercise's checks (for instructors and tests).")

    @OptionGroup var curriculum: CurriculumOptions

    @Option(help: "The exercise id or a unique suffix of it.")
    var exercise: String

    @Option(help: "Predict exercises: the answer to judge.")
    var answer: String?

    @Flag(help: "Colour the feedback (default: when stdout is a terminal).")
    var color = false

    @Argument(help: "The files to grade, matched to the exercise's files by name; the first may have any name and stands for the exercise's first file. Missing ones come from the starter.")
    var files: [String] = []

    public init() {}

    public func run() throws {
        let catalog = try curriculum.catalog()
        let found: Exercise
        switch catalog.lookup(exercise) {
        case .found(let e): found = e
        case .notFound:
            fputs("tutor check: no exercise \(exercise) in \(catalog.exercisesRoot)\n", stderr)
            throw ExitCode(2)
        case .ambiguous(let ids):
            fputs("tutor check: \(exercise) is ambiguous: \(ids.joined(separator: ", "))\n", stderr)
            throw ExitCode(2)
        }
        let useColor = color || (isatty(1) != 0 && getenv("NO_COLOR") == nil)
        let grader = Grader()
        let report: GradeReport
        if found.kind == .predict {
            guard let answer else { throw ValidationError("\(found.id) is a predict exercise: pass --answer TEXT") }
            report = grader.gradePrediction(found, answer: answer)
        } else {
            var submission = Submission.starter(of: found)
            for (i, path) in files.enumerated() {
                guard let text = FileSystem.readText(path) else { throw ValidationError("can't read \(path)") }
                let base = FileSystem.baseName(path)
                let name = found.files.contains(base) ? base : (i == 0 ? found.manifest.mainFile : base)
                guard found.files.contains(name) else {
                    throw ValidationError("\(base) is not one of the exercise's files (\(found.files.joined(separator: ", ")))")
                }
                submission.files[name] = text
            }
            report = grader.grade(found, submission: submission)
        }
        print(FeedbackRenderer.render(report, color: useColor), terminator: "")
        if !report.passed { throw ExitCode(1) }
    }
}
