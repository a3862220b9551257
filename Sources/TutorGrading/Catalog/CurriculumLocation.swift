#if canImport(Glibc)
import Glibc
#endif

/// Where the curriculum lives: `Exercises/` and `Solutions/` folders.
public struct CurriculumLocation: Equatable, Sendable {
    public var exercises: String
    public var solutions: String

    public init(exercises: String, solutions: String) {
        self.exercises = exercises
        self.solutions = solutions
    }

    /// The default curriculum: `$TUTOR_HOME/Exercises` and `$TUTOR_HOME/Solutions`
    /// when `TUTOR_HOME` is set (nil if that folder is missing); else the nearest `Exercises/` folder in the
    /// current directory or one of its parents (with `Solutions/` beside it);
    /// else the checkout the running `tutor` was built in, found by walking up
    /// from the executable to a folder holding `Exercises/` and `Package.swift`.
    /// The shell, `tutor verify` and `tutor grade` all find the course this way.
    public static func locate(currentDirectory: String? = FileSystem.currentDirectory(),
                              tutorHome: String? = FileSystem.environment("TUTOR_HOME"),
                              executable: String? = executablePath()) -> CurriculumLocation? {
        if let home = tutorHome {
            // Set but wrong is an error to report, not a reason to look elsewhere.
            let exercises = FileSystem.join(home, "Exercises")
            guard FileSystem.isDirectory(exercises) else { return nil }
            return CurriculumLocation(exercises: exercises, solutions: FileSystem.join(home, "Solutions"))
        }
        if var dir = currentDirectory {
            while true {
                let candidate = FileSystem.join(dir, "Exercises")
                if FileSystem.isDirectory(candidate) {
                    return CurriculumLocation(exercises: candidate, solutions: FileSystem.join(dir, "Solutions"))
                }
                let parent = FileSystem.directoryName(dir)
                if parent == dir || dir == "/" || dir == "." { break }
                dir = parent
            }
        }
        guard let exe = executable else { return nil }
        var dir = FileSystem.directoryName(exe)
        while dir != "/" && !dir.isEmpty && dir != "." {
            let candidate = FileSystem.join(dir, "Exercises")
            if FileSystem.isDirectory(candidate) && FileSystem.isFile(FileSystem.join(dir, "Package.swift")) {
                return CurriculumLocation(exercises: candidate, solutions: FileSystem.join(dir, "Solutions"))
            }
            dir = FileSystem.directoryName(dir)
        }
        return nil
    }

    /// The running executable's path (`/proc/self/exe`), or nil.
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
