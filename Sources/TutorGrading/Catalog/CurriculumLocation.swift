/// Where the curriculum lives: `Exercises/` and `Solutions/` folders.
public struct CurriculumLocation: Equatable, Sendable {
    public var exercises: String
    public var solutions: String

    public init(exercises: String, solutions: String) {
        self.exercises = exercises
        self.solutions = solutions
    }

    /// The default curriculum: `$TUTOR_HOME/Exercises` and `$TUTOR_HOME/Solutions`
    /// when `TUTOR_HOME` is set, else the nearest `Exercises/` folder found in the
    /// current directory or one of its parents (with `Solutions/` beside it).
    public static func locate(currentDirectory: String? = FileSystem.currentDirectory(),
                              tutorHome: String? = FileSystem.environment("TUTOR_HOME")) -> CurriculumLocation? {
        if let home = tutorHome {
            return CurriculumLocation(exercises: FileSystem.join(home, "Exercises"), solutions: FileSystem.join(home, "Solutions"))
        }
        guard var dir = currentDirectory else { return nil }
        while true {
            let candidate = FileSystem.join(dir, "Exercises")
            if FileSystem.isDirectory(candidate) {
                return CurriculumLocation(exercises: candidate, solutions: FileSystem.join(dir, "Solutions"))
            }
            let parent = FileSystem.directoryName(dir)
            if parent == dir || dir == "/" || dir == "." { return nil }
            dir = parent
        }
    }
}
