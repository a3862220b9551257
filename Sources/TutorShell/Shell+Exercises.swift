import TutorGrading

/// Commands that move through the course and show it: help, list, start, show.
extension Shell {
    func help(_ argument: String) {
        if !argument.isEmpty {
            guard let c = CommandTable.find(argument) else {
                Out.line("No command '\(argument)'. Type help for the list.")
                return
            }
            Out.line(style.bold(c.usage) + (c.aliases.isEmpty ? "" : "  (also: \(c.aliases.joined(separator: ", ")))"))
            Out.line(c.help)
            return
        }
        Out.line("Commands (help COMMAND for details):")
        let width = (CommandTable.all.map { $0.usage.count }.max() ?? 0) + 2
        for c in CommandTable.all {
            Out.line("  " + style.bold(c.usage.padding(to: width)) + c.summary)
        }
        Out.line("Keys: Tab completes commands and exercise names, Up/Down recall history, Ctrl-C clears the line or stops a running program, Ctrl-D leaves.")
    }

    func list() {
        let all = catalog.exercises
        let passed = all.filter { store.progress.isDone($0.id) }.count
        Out.line("\(passed) of \(all.count) passed")
        let width = (all.map { $0.id.count }.max() ?? 0) + 2
        for topic in catalog.topics {
            Out.line(style.bold(topic.title))
            for ex in topic.exercises {
                let mark: String
                if store.progress.isDone(ex.id) { mark = style.green("✓") } else if ex.id == current?.id { mark = style.cyan("▸") } else { mark = " " }
                Out.line("  \(mark) \(ex.id.padding(to: width))\(ex.title)  \(style.dim(ex.kind.rawValue))")
            }
        }
    }

    func start(_ argument: String) {
        guard !argument.isEmpty else {
            Out.line("Usage: start EXERCISE (Tab completes the names).")
            return
        }
        guard let ex = resolve(argument) else { return }
        record { $0.current = ex.id }
        show("")
    }

    func show(_ argument: String) {
        let exercise: Exercise?
        if argument.isEmpty { exercise = requireCurrent() } else { exercise = resolve(argument) }
        guard let ex = exercise else { return }
        ensureStudentFiles(ex)
        let done = store.progress.isDone(ex.id) ? style.green("  ✓ passed") : ""
        Out.line(style.bold("\(ex.title)") + "  " + style.dim("\(ex.id) · \(ex.kind.rawValue)") + done)
        Out.line()
        Out.line(Markdown.render(ex.instructions.trimmingNewlines, style: style))
        if let question = ex.manifest.predict?.question {
            Out.line()
            Out.line(style.bold("Question: ") + question)
        }
        for name in ex.files {
            let path = FileSystem.join(studentDirectory(ex), name)
            Out.line()
            Out.line(style.dim("── \(name) ── \(path)"))
            Out.line(numbered(Highlighter(style: style).highlight(FileSystem.readText(path) ?? "").trimmingNewlines))
        }
        Out.line()
        switch ex.kind {
        case .predict: Out.line("Predict, then type " + style.bold("answer YOUR-ANSWER") + ". " + style.bold("run") + " shows what happens (after answering is more honest).")
        case .fix, .write: Out.line(style.bold("edit") + " opens the file, " + style.bold("run") + " runs it, " + style.bold("check") + " grades it, " + style.bold("hint") + " helps.")
        }
    }

    func numbered(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let width = String(lines.count).count
        return lines.enumerated().map { i, line in
            style.dim(String(repeating: " ", count: width - String(i + 1).count) + "\(i + 1) │ ") + line
        }.joined(separator: "\n")
    }

}
