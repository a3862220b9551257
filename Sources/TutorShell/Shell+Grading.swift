import TutorGrading

/// Commands that grade and help: check, answer, hint, next, reset, solution, watch.
extension Shell {
    func check() {
        guard let ex = requireCurrent() else { return }
        if ex.kind == .predict {
            Out.line("This is a predict exercise: type " + style.bold("answer YOUR-ANSWER") + ". The question: \(ex.manifest.predict?.question ?? "")")
            return
        }
        _ = grade(ex)
    }

    /// Grades and records a pass; returns whether it passed.
    /// Nil when Ctrl-C stopped the check.
    func grade(_ ex: Exercise) -> Bool? {
        Out.line(style.dim("Checking \(ex.id)…"))
        guard let verdict = GradingBridge.check(ex, directory: studentDirectory(ex), color: mode.color) else {
            Out.line("Stopped checking.")
            return nil
        }
        Out.line(verdict.text.trimmingNewlines)
        if verdict.passed { passed(ex) }
        return verdict.passed
    }

    func passed(_ ex: Exercise) {
        let first = !store.progress.isDone(ex.id)
        record { $0.markDone(ex.id) }
        Out.line(style.green("✓ Passed \(ex.id).") + (first ? " Type " + style.bold("next") + " for the next exercise, " + style.bold("solution") + " to compare with the reference." : ""))
    }

    func answer(_ argument: String) {
        guard let ex = requireCurrent() else { return }
        guard ex.kind == .predict else {
            Out.line("\(ex.id) is a \(ex.kind.rawValue) exercise: edit the file, then check.")
            return
        }
        var text = argument.replacingEscapedNewlines
        if argument.isEmpty {
            guard ex.manifest.predict?.answer == .output else {
                Out.line("Usage: answer YOUR-ANSWER. The question: \(ex.manifest.predict?.question ?? "")")
                return
            }
            // Predicted output is several lines: read them up to an empty line.
            Out.line("Type the lines you expect it to print, then an empty line (Ctrl-C cancels):")
            guard let lines = readAnswerLines() else { return }
            text = lines.joined(separator: "\n")
        }
        record { $0.answers[ex.id] = text }
        guard let verdict = GradingBridge.answer(ex, answer: text, color: mode.color) else {
            Out.line("Stopped checking your answer.")
            return
        }
        Out.line(verdict.text.trimmingNewlines)
        if verdict.passed { passed(ex) }
    }

    /// Lines typed at a `... ` prompt up to an empty one; nil if cancelled.
    func readAnswerLines() -> [String]? {
        var lines: [String] = []
        while true {
            switch input.read(prompt: "... ") {
            case .line(let line):
                if line.trimmingSpaces.isEmpty { return lines.isEmpty ? nil : lines }
                lines.append(line)
            case .interrupt, .end:
                return nil
            }
        }
    }

    func hint() {
        guard let ex = requireCurrent() else { return }
        let used = store.progress.hintsUsed[ex.id] ?? 0
        let hints = ex.hints
        guard !hints.isEmpty else {
            Out.line("This exercise has no hints.")
            return
        }
        if used >= hints.count {
            Out.line("No more hints; here they all are again:")
            for (i, h) in hints.enumerated() { Out.line(style.yellow("Hint \(i + 1)/\(hints.count): ") + h) }
            return
        }
        record { $0.hintsUsed[ex.id] = used + 1 }
        Out.line(style.yellow("Hint \(used + 1)/\(hints.count): ") + hints[used])
    }

    func next() {
        let all = catalog.exercises
        guard !all.isEmpty else { return }
        let start = all.firstIndex { $0.id == current?.id } ?? -1
        for offset in 1...all.count {
            let ex = all[(start + offset + all.count) % all.count]
            if !store.progress.isDone(ex.id) {
                record { $0.current = ex.id }
                show("")
                return
            }
        }
        Out.line(style.green("You have passed every exercise. Well done!"))
    }

    func reset() {
        guard let ex = requireCurrent() else { return }
        let stamp = Clock.timestamp()
        let backup = FileSystem.join(workspace.backupDirectory, ex.id.replacingSlashes + "-" + stamp)
        FileSystem.makeDirectories(backup)
        for (name, starter) in zip(ex.files, ex.starterPaths) {
            let path = FileSystem.join(studentDirectory(ex), name)
            if FileSystem.exists(path) && !FileSystem.copy(path, to: FileSystem.join(backup, name)) {
                Out.line("Could not back up \(path); nothing was reset.")
                return
            }
            guard FileSystem.copy(starter, to: path) else {
                Out.line("Could not restore \(path).")
                return
            }
        }
        Out.line("Restored the starter file; yours is saved in \(backup).")
    }

    func solution() {
        guard let ex = requireCurrent() else { return }
        guard store.progress.isDone(ex.id) else {
            Out.line("The solution opens once you have passed \(ex.id). Stuck? Type hint.")
            return
        }
        if ex.kind == .predict {
            Out.line(Markdown.render(ex.explanation() ?? "There is no explanation for this exercise.", style: style))
            return
        }
        let solutions = ex.solutionFiles()
        for name in ex.files {
            let mine = FileSystem.readText(FileSystem.join(studentDirectory(ex), name)) ?? ""
            let theirs = solutions[name] ?? ""
            Out.line(SideBySide.render(left: mine, right: theirs, leftTitle: "yours: \(name)", rightTitle: "solution",
                                       width: mode.width, style: style))
        }
    }

    func watch() {
        guard let ex = requireCurrent() else { return }
        if ex.kind == .predict {
            Out.line("watch is for fix and write exercises; this one wants an answer.")
            return
        }
        let paths = ex.files.map { FileSystem.join(studentDirectory(ex), $0) }
        Out.line("Watching \(paths.joined(separator: ", ")): saving re-checks; Ctrl-C or Enter stops.")
        // Passing, or Ctrl-C during a check, ends the watch.
        if grade(ex) != false { return }
        FileWatcher.watch(directory: studentDirectory(ex), files: Set(ex.files)) { [self] in
            Out.line()
            return grade(ex) != false
        }
        Out.line("Stopped watching.")
    }
}
