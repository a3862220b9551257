import TutorGrading
import TutorLanguage
import TutorRuntime

/// The interactive shell (`tutor` in a workspace): reads commands, keeps the
/// student's place and progress, and runs, checks and explains exercises.
public final class Shell {
    let workspace: Workspace
    let store: ProgressStore
    let catalog: Catalog
    let mode: TerminalMode
    let style: Style
    let input: LineInput
    var pythonInput: LineInput?
    var repl: PythonREPL?
    var lastTimeline: Timeline?

    init(workspace: Workspace, catalog: Catalog, mode: TerminalMode) {
        self.workspace = workspace
        self.catalog = catalog
        self.mode = mode
        style = Style(color: mode.color)
        store = ProgressStore(path: workspace.progressPath)
        if mode.interactive, let editor = LibEditInput(name: "tutor", historyPath: workspace.historyPath) {
            input = editor
        } else {
            input = PlainInput(showsPrompt: mode.interactive)
        }
    }

    /// Opens the shell in `workspace` and returns the exit status when the student
    /// leaves. Runs on a large-stack thread: `py` runs Python code on it.
    public static func run(workspace: Workspace, mode: TerminalMode = .detect()) -> Int32 {
        guard let course = workspace.coursePaths else {
            Out.error("tutor: \(workspace.root) is a workspace, but its course folder is missing; run `tutor init` there again from the tutor's repository.")
            return 2
        }
        let catalog = Catalog.load(exercises: course.exercises, solutions: course.solutions)
        var status: Int32 = 0
        Interrupts.shared.install()
        Interrupts.shared.exitAtPrompt = !mode.interactive
        LargeStackThread.run {
            let shell = Shell(workspace: workspace, catalog: catalog, mode: mode)
            status = shell.main()
        }
        return status
    }

    func main() -> Int32 {
        if let warning = store.warning { Out.error(style.yellow(warning)) }
        for problem in catalog.problems.prefix(5) { Out.error(style.yellow("course: \(problem)")) }
        if store.progress.current.flatMap({ catalog.exercise($0) }) == nil, let first = catalog.exercises.first {
            record { $0.current = first.id }
        }
        welcome()
        input.completer = { [unowned self] text in completer.complete(text) }
        while true {
            let event = readCommandLine()
            switch event {
            case .end:
                return 0
            case .interrupt:
                continue
            case .line(let line):
                let trimmed = line.trimmingSpaces
                if trimmed.isEmpty { continue }
                input.addHistory(trimmed)
                if !execute(trimmed) { return 0 }
            }
        }
    }

    private func readCommandLine() -> InputEvent {
        // With a py session alive its threads keep running while the student types.
        if let repl = repl { return repl.whileWaiting { input.read(prompt: prompt) } }
        return input.read(prompt: prompt)
    }

    var prompt: String {
        let name = current?.id ?? "tutor"
        guard mode.color else { return "\(name)> " }
        let ignore = Character(Unicode.Scalar(UInt8(LibEditInput.promptIgnore)))
        // libedit must not count the colour codes' width: they go between ignore marks.
        return "\(ignore)\u{1B}[1;36m\(ignore)\(name)\(ignore)\u{1B}[0m\(ignore)> "
    }

    var completer: ShellCompleter {
        var names: [String] = []
        for c in CommandTable.all { names.append(c.name); names.append(contentsOf: c.aliases.filter { $0.count > 1 }) }
        return ShellCompleter(commands: names, exerciseIDs: catalog.exercises.map(\.id),
                              exerciseCommands: Set(CommandTable.all.filter(\.takesExercise).flatMap { [$0.name] + $0.aliases }))
    }

    private func welcome() {
        let exercises = catalog.exercises
        let passed = exercises.filter { store.progress.isDone($0.id) }.count
        Out.line(style.bold("Concurrency Tutor") + ": \(plural(exercises.count, "exercise")) in \(plural(catalog.topics.count, "topic")), \(passed) passed.")
        if let ex = current {
            let stop = ex.title.last.map { ".?!".contains($0) } == true ? "" : "."
            Out.line("You are at \(style.cyan(ex.id)) (\(ex.kind.rawValue)): \(ex.title)\(stop)")
            Out.line("Type \(style.bold("show")) to read it, \(style.bold("list")) for all exercises, \(style.bold("help")) for every command; Tab completes, Ctrl-D leaves.")
        } else {
            Out.line("This course has no exercises yet. Type \(style.bold("py")) for Python, \(style.bold("help")) for the commands.")
        }
    }

    /// Changes progress and saves it at once; a failed save is said, not hidden.
    func record(_ change: (inout Progress) -> Void) {
        if !store.update(change) {
            Out.error(style.red("Could not save your progress to \(store.path) (is the folder writable?)."))
        }
    }

    // MARK: - Current exercise

    var current: Exercise? {
        store.progress.current.flatMap { catalog.exercise($0) }
    }

    /// The folder holding the student's copy of `exercise`'s files.
    func studentDirectory(_ exercise: Exercise) -> String {
        var relative = exercise.directory
        let root = catalog.exercisesRoot
        if relative.hasPrefix(root) { relative = String(relative.dropFirst(root.count)) }
        while relative.hasPrefix("/") { relative.removeFirst() }
        return workspace.directory(for: relative)
    }

    func studentFile(_ exercise: Exercise) -> String {
        FileSystem.join(studentDirectory(exercise), exercise.manifest.mainFile)
    }

    /// Copies starter files the workspace lacks (an exercise added after `init`).
    func ensureStudentFiles(_ exercise: Exercise) {
        let dir = studentDirectory(exercise)
        FileSystem.makeDirectories(dir)
        for (name, path) in zip(exercise.files, exercise.starterPaths) {
            let target = FileSystem.join(dir, name)
            if !FileSystem.exists(target) { _ = FileSystem.copy(path, to: target) }
        }
    }

    /// Resolves an argument to an exercise, explaining failures.
    func resolve(_ query: String) -> Exercise? {
        switch catalog.lookup(query) {
        case .found(let e): return e
        case .notFound:
            Out.line("No exercise matches '\(query)'. Type list to see them.")
        case .ambiguous(let ids):
            Out.line("'\(query)' could be: \(ids.joined(separator: ", ")).")
        }
        return nil
    }

    /// The current exercise, or a message saying there is none.
    func requireCurrent() -> Exercise? {
        if let ex = current {
            ensureStudentFiles(ex)
            return ex
        }
        Out.line("There is no current exercise; type list, then start NAME.")
        return nil
    }

    // MARK: - Commands

    /// Runs one command line; false means leave the shell.
    func execute(_ line: String) -> Bool {
        var line = line
        // Commands copied from feedback ("tutor run --schedule 7 main.py") work as typed.
        if line.hasPrefix("tutor ") { line = String(line.dropFirst(6)).trimmingSpaces }
        guard !line.isEmpty else { return true }
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let word = parts[0]
        let argument = parts.count > 1 ? parts[1].trimmingSpaces : ""
        guard let command = CommandTable.find(word) else {
            Out.line("Unknown command '\(word)'. Type help for the list.")
            return true
        }
        switch command.name {
        case "list": list()
        case "start": start(argument)
        case "show": show(argument)
        case "edit": edit()
        case "run": runCurrent(argument)
        case "check": check()
        case "hint": hint()
        case "answer": answer(argument)
        case "next": next()
        case "reset": reset()
        case "solution": solution()
        case "timeline": timeline()
        case "watch": watch()
        case "py": python()
        case "help": help(argument)
        case "quit": return false
        default: Out.line("Unknown command '\(word)'.")
        }
        return true
    }
}

func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }

extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }

    var trimmingNewlines: String {
        String(drop(while: { $0 == "\n" }).reversed().drop(while: { $0 == "\n" || $0 == " " }).reversed())
    }

    var replacingSlashes: String { String(map { $0 == "/" ? "-" : $0 }) }

    /// `\n` typed in an answer stands for a line break.
    var replacingEscapedNewlines: String {
        var out = ""
        var it = makeIterator()
        while let c = it.next() {
            if c == "\\" {
                if let n = it.next() { out += n == "n" ? "\n" : "\\\(n)" } else { out += "\\" }
            } else {
                out.append(c)
            }
        }
        return out
    }
}
