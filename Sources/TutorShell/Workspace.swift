/// A student's workspace: a folder holding their copy of every exercise's files
/// (laid out as `Exercises/` is) and a `.tutor` folder with progress and history.
///
///     WORKSPACE/
///       .tutor/workspace        where the course lives (written by `tutor init`)
///       .tutor/progress         Progress, saved atomically after every change
///       .tutor/history          the shell's history; py_history: the py prompt's
///       .tutor/backups/         the student's files saved by `reset`
///       01-coroutines/01-three-sleeps/main.py
public struct Workspace {
    public let root: String

    public init(root: String) { self.root = FileSystem.absolute(root) }

    var stateDirectory: String { FileSystem.join(root, ".tutor") }
    var markerPath: String { FileSystem.join(stateDirectory, "workspace") }
    public var progressPath: String { FileSystem.join(stateDirectory, "progress") }
    var historyPath: String { FileSystem.join(stateDirectory, "history") }
    var pythonHistoryPath: String { FileSystem.join(stateDirectory, "py_history") }
    var backupDirectory: String { FileSystem.join(stateDirectory, "backups") }

    /// The folder holding the student's files of the exercise at `folder`
    /// (its path below the course root, e.g. `01-coroutines/01-three-sleeps`).
    func directory(for folder: String) -> String { FileSystem.join(root, folder) }

    /// The workspace containing `directory` (or one of its parents), if any.
    public static func find(from directory: String) -> Workspace? {
        var dir = FileSystem.absolute(directory)
        while true {
            let candidate = Workspace(root: dir)
            if FileSystem.exists(candidate.markerPath) { return candidate }
            let parent = FileSystem.directoryName(dir)
            if parent == dir { return nil }
            dir = parent
        }
    }

    /// Where the course (exercises and solutions) is, as recorded by `init`.
    public var coursePaths: CoursePaths? {
        guard let text = FileSystem.readText(markerPath) else { return nil }
        var exercises: String?, solutions: String?
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            if parts[0] == "exercises" { exercises = String(parts[1]) }
            if parts[0] == "solutions" { solutions = String(parts[1]) }
        }
        guard let e = exercises, FileSystem.isDirectory(e) else { return nil }
        return CoursePaths(exercises: e, solutions: solutions ?? FileSystem.join(FileSystem.directoryName(e), "Solutions"))
    }

    public enum InitResult: Equatable {
        case created(copied: Int)
        /// The folder already was a workspace; files missing from it were added.
        case updated(copied: Int)
        case failed(String)
    }

    /// Creates (or completes) a workspace: copies every exercise's files except its
    /// manifest, never overwriting a student's file, and writes empty progress.
    public static func initialize(at root: String, course: CoursePaths) -> InitResult {
        let ws = Workspace(root: root)
        let existed = FileSystem.exists(ws.markerPath)
        guard FileSystem.makeDirectories(ws.stateDirectory) else {
            return .failed("cannot create \(ws.stateDirectory)")
        }
        var copied = 0
        for topic in (FileSystem.list(course.exercises) ?? []) where FileSystem.isDirectory(FileSystem.join(course.exercises, topic)) {
            let topicDir = FileSystem.join(course.exercises, topic)
            for exercise in (FileSystem.list(topicDir) ?? []) where FileSystem.isDirectory(FileSystem.join(topicDir, exercise)) {
                let from = FileSystem.join(topicDir, exercise)
                let to = FileSystem.join(FileSystem.join(ws.root, topic), exercise)
                guard FileSystem.makeDirectories(to) else { return .failed("cannot create \(to)") }
                for file in (FileSystem.list(from) ?? []) where file != "exercise.toml" && !FileSystem.isDirectory(FileSystem.join(from, file)) {
                    let target = FileSystem.join(to, file)
                    if FileSystem.exists(target) { continue }
                    guard FileSystem.copy(FileSystem.join(from, file), to: target) else { return .failed("cannot write \(target)") }
                    copied += 1
                }
            }
        }
        let marker = "# Concurrency Tutor workspace\nexercises \(FileSystem.absolute(course.exercises))\nsolutions \(FileSystem.absolute(course.solutions))\n"
        guard FileSystem.writeAtomically(marker, to: ws.markerPath) else { return .failed("cannot write \(ws.markerPath)") }
        if !FileSystem.exists(ws.progressPath) {
            guard FileSystem.writeAtomically(Progress().serialized(), to: ws.progressPath) else {
                return .failed("cannot write \(ws.progressPath)")
            }
        }
        return existed ? .updated(copied: copied) : .created(copied: copied)
    }
}

/// Where a course's exercises and reference solutions are.
public struct CoursePaths: Equatable {
    public var exercises: String
    public var solutions: String

    public init(exercises: String, solutions: String) {
        self.exercises = exercises
        self.solutions = solutions
    }

    /// The bundled course, found as every command finds it (`CurriculumLocation`).
    public static func bundled() -> CoursePaths? {
        guard let found = CurriculumLocation.locate() else { return nil }
        return CoursePaths(exercises: FileSystem.absolute(found.exercises), solutions: FileSystem.absolute(found.solutions))
    }

}

#if canImport(Glibc)
import TutorGrading
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
