/// The files being graded, by name (`main.py` -> its source): a student's work,
/// a starter, or a reference solution.
public struct Submission: Sendable {
    public var files: [String: String]

    public init(files: [String: String]) { self.files = files }

    /// Reads `names` from `directory`; unreadable files are left out (the grader
    /// reports them as missing).
    public static func load(directory: String, names: [String]) -> Submission {
        var files: [String: String] = [:]
        for n in names {
            if let text = FileSystem.readText(FileSystem.join(directory, n)) { files[n] = text }
        }
        return Submission(files: files)
    }

    /// The student's starting point for `exercise`.
    public static func starter(of exercise: Exercise) -> Submission { Submission(files: exercise.starterFiles()) }

    /// The reference solution of a fix or write `exercise`.
    public static func solution(of exercise: Exercise) -> Submission { Submission(files: exercise.solutionFiles()) }
}
