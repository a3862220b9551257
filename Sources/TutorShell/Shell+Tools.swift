import TutorGrading
import TutorRuntime

/// Commands that run things: edit, run, timeline, py.
extension Shell {
    func edit() {
        guard let ex = requireCurrent() else { return }
        EditorLauncher.open(studentFile(ex))
    }

    func runCurrent(_ argument: String = "") {
        let options: ProgramRunner.Options
        switch ProgramRunner.Options.parse(argument.split(separator: " ").map(String.init)) {
        case .ok(let o): options = o
        case .bad(let message):
            Out.line(message)
            return
        }
        guard let ex = requireCurrent() else { return }
        let path = studentFile(ex)
        guard let source = FileSystem.readText(path) else {
            Out.line("Cannot read \(path).")
            return
        }
        let result = ProgramRunner.run(source: source, filename: path, directory: studentDirectory(ex), options: options)
        lastTimeline = result.timeline
        Out.line(style.dim("── exit status \(result.status) ──"))
        if let t = result.timeline { drawTimeline(t) }
    }

    func timeline() {
        guard let t = lastTimeline else {
            Out.line("No run yet: type run first.")
            return
        }
        drawTimeline(t)
    }

    func drawTimeline(_ t: Timeline) {
        Out.write(TimelineText.render(t, width: max(40, mode.width - 2), color: mode.color))
    }

    func python() {
        if repl == nil { repl = PythonREPL() }
        guard let repl = repl else { return }
        if pythonInput == nil {
            if mode.interactive, let editor = LibEditInput(name: "python", historyPath: workspace.pythonHistoryPath) {
                pythonInput = editor
            } else {
                pythonInput = input
            }
        }
        guard let pyInput = pythonInput else { return }
        repl.loop(input: pyInput, style: style, banner: true)
        // The shell's own completer is restored when py shared its input.
        input.completer = { [unowned self] text in completer.complete(text) }
    }}
