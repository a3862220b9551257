import Foundation
@testable import TutorShell

/// A temporary folder with a three-exercise course (one of each kind) and a
/// workspace made from it, removed when the test ends.
final class Fixture {
    let root: String
    let course: CoursePaths
    let workspace: String
    let home: String

    /// `withOutputPrediction` adds a second topic with a predict-the-output exercise.
    init(makeWorkspace: Bool = true, withOutputPrediction: Bool = false) throws {
        let template = NSTemporaryDirectory() + "tutor-shell-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard mkdtemp(&bytes) != nil else { throw SpawnError("mkdtemp failed") }
        root = String(cString: bytes)
        course = CoursePaths(exercises: root + "/course/Exercises", solutions: root + "/course/Solutions")
        workspace = root + "/ws"
        home = root + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try writeCourse()
        if withOutputPrediction { try writeOutputPrediction() }
        if makeWorkspace {
            guard case .created = Workspace.initialize(at: workspace, course: course) else { throw SpawnError("init failed") }
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ text: String, to path: String) throws {
        let full = path.hasPrefix("/") ? path : root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOfFile: path.hasPrefix("/") ? path : root + "/" + path, encoding: .utf8)
    }

    /// The student's copy of an exercise's main.py.
    func studentFile(_ folder: String) -> String { workspace + "/01-basics/" + folder + "/main.py" }

    static let fixedSum = "total = 0\nfor n in [1, 2, 3]:\n    total += n\nprint('total =', total)\n"

    private func writeCourse() throws {
        try write("title = \"Basics\"\n", to: "course/Exercises/01-basics/topic.toml")
        try write("""
            title = "A nap"
            kind = "predict"
            files = ["main.py"]
            instructions = \"\"\"
            The program sleeps, then prints.
            \"\"\"
            hints = ["How long is the sleep?", "time.sleep(2) takes 2 seconds."]

            [predict]
            question = "How many seconds does this program take?"
            answer = "duration"

            [[predict.feedback]]
            answer = "0"
            message = "time.sleep really waits."

            """, to: "course/Exercises/01-basics/01-nap/exercise.toml")
        try write("import time\ntime.sleep(2)\nprint('awake')\n", to: "course/Exercises/01-basics/01-nap/main.py")
        try write("It sleeps for two seconds.\n", to: "course/Solutions/01-basics/01-nap/explanation.md")

        try write("""
            title = "Fix the sum"
            kind = "fix"
            files = ["main.py"]
            instructions = \"\"\"
            Print the sum of 1, 2 and 3.
            \"\"\"
            hints = ["Look at where total starts.", "total must start at 0."]

            [[checks]]
            type = "output"
            match = "exact"
            expected = "total = 6\\n"

            """, to: "course/Exercises/01-basics/02-fix-sum/exercise.toml")
        try write("total = 10\nfor n in [1, 2, 3]:\n    total += n\nprint('total =', total)\n",
                  to: "course/Exercises/01-basics/02-fix-sum/main.py")
        try write(Fixture.fixedSum, to: "course/Solutions/01-basics/02-fix-sum/main.py")

        try write("""
            title = "Say hello"
            kind = "write"
            files = ["main.py"]
            instructions = \"\"\"
            Print `hello`.
            \"\"\"
            hints = ["Use print.", "print('hello')"]

            [[checks]]
            type = "output"
            match = "exact"

            """, to: "course/Exercises/01-basics/03-hello/exercise.toml")
        try write("# Print hello here.\n", to: "course/Exercises/01-basics/03-hello/main.py")
        try write("print('hello')\n", to: "course/Solutions/01-basics/03-hello/main.py")
    }

    private func writeOutputPrediction() throws {
        try write("title = \"More\"\n", to: "course/Exercises/02-more/topic.toml")
        try write("""
            title = "Two lines"
            kind = "predict"
            files = ["main.py"]
            instructions = "What does it print?"
            hints = ["Read it.", "Line by line."]

            [predict]
            question = "What does the program print?"
            answer = "output"

            """, to: "course/Exercises/02-more/01-two-lines/exercise.toml")
        try write("for i in range(2):\n    print('line', i)\n", to: "course/Exercises/02-more/01-two-lines/main.py")
    }

    /// Starts the shell in `cwd` (the workspace by default) with piped stdin.
    func pipedShell(cwd: String? = nil, env: [String: String] = [:]) throws -> Child {
        try Child.piped(ChildShell.arguments, env: ChildShell.environment(home: home, extra: env), cwd: cwd ?? workspace)
    }

    /// Starts the shell on a pseudo-terminal.
    func ptyShell(cwd: String? = nil, env: [String: String] = [:]) throws -> Child {
        try Child.onPTY(ChildShell.arguments, env: ChildShell.environment(home: home, extra: env), cwd: cwd ?? workspace)
    }
}
