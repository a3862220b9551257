import TutorGrading
/// How `tutor` (no arguments) and `tutor init` find or make a workspace.
public enum ShellLauncher {
    /// Where `tutor` started outside any workspace puts the student's workspace
    /// when it knows the bundled course: `$TUTOR_WORKSPACE`, else ~/concurrency-tutor.
    public static func defaultWorkspacePath() -> String {
        if let w = FileSystem.environment("TUTOR_WORKSPACE") { return FileSystem.absolute(w) }
        if let home = FileSystem.environment("HOME") { return FileSystem.join(home, "concurrency-tutor") }
        return FileSystem.absolute("workspace")
    }

    /// `tutor` with no arguments: the shell of the workspace around the current
    /// folder; outside one, the default workspace for the bundled course (made on
    /// first use); with no course in sight, how to make a workspace.
    public static func openShell() -> Int32 {
        if let ws = Workspace.find(from: (FileSystem.currentDirectory() ?? "/")) {
            return Shell.run(workspace: ws)
        }
        guard let course = CoursePaths.bundled() else {
            Out.error("""
                tutor: this folder is not a Concurrency Tutor workspace.
                Make one with `tutor init DIR` (from the tutor's repository, or with TUTOR_HOME set
                to it), then `cd DIR` and run `tutor`.
                """)
            return 1
        }
        let path = defaultWorkspacePath()
        let existed = Workspace.find(from: path)?.root == Workspace(root: path).root
        // Initialising again is harmless (students' files are kept) and picks up
        // exercises added to the course, or a repository that moved.
        guard initialize(at: path, course: course, quiet: true) else { return 1 }
        if !existed { Out.line("Made your workspace in \(path): your copy of every exercise's files lives there.") }
        return Shell.run(workspace: Workspace(root: path))
    }

    /// `tutor init [DIR]`; returns the exit status.
    public static func initCommand(directory: String?) -> Int32 {
        guard let course = CoursePaths.bundled() else {
            Out.error("tutor init: cannot find the exercises. Run it from the tutor's repository or set TUTOR_HOME to it.")
            return 1
        }
        let path = FileSystem.absolute(directory ?? ".")
        return initialize(at: path, course: course, quiet: false) ? 0 : 1
    }

    private static func initialize(at path: String, course: CoursePaths, quiet: Bool) -> Bool {
        switch Workspace.initialize(at: path, course: course) {
        case .created(let n):
            if !quiet { Out.line("Made a workspace in \(path) with \(n) starter files. Start it with: cd \(path) && tutor") }
            return true
        case .updated(let n):
            if !quiet { Out.line("\(path) already is a workspace; added \(n) missing starter files, kept yours.") }
            return true
        case .failed(let message):
            Out.error("tutor init: \(message)")
            return false
        }
    }
}
