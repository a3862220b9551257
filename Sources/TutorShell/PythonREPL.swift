import TutorLanguage
import TutorRuntime

/// `py`: Python at a `>>>` prompt on the tutor's own runtime, in the style of
/// CPython's REPL. One interpreter lives for the whole shell session, so names,
/// threads and event loops survive leaving `py` and coming back.
///
/// Must be created and used on one thread (the shell's, which has a large stack):
/// that thread is the interpreter's main thread.
final class PythonREPL {
    let interpreter: Interpreter
    let ts: ThreadState
    private let globals: PyDict
    private let execFunction: Value
    /// Names known after the last statement, for Tab completion without the GIL.
    private var knownNames: [String] = []

    static let filename = "<stdin>"
    static let keywords = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
                           "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
                           "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                           "return", "try", "while", "with", "yield"]

    init() {
        var options = Interpreter.Options()
        options.argv = [""]
        // Line-buffered even when piped, so a background thread's prints appear as made.
        interpreter = Interpreter(options: options, stdout: FileDescriptorSink(fd: 1, lineBuffered: true),
                                  stderr: FileDescriptorSink(fd: 2, lineBuffered: true))
        Runtime.install(into: interpreter)
        ts = interpreter.mainThread
        ts.makeCurrent()
        let module = PyModule(name: "__main__")
        interpreter.modules["__main__"] = module
        module.dict.setString("__builtins__", .object(interpreter.builtinsModule))
        globals = module.dict
        execFunction = interpreter.builtins.getString("exec") ?? .none
        refreshNames()
    }

    /// Runs `body` (reading a line) with the GIL released, so the session's
    /// threads keep running while the student types.
    func whileWaiting<T>(_ body: () -> T) -> T {
        ts.blocking(body)
    }

    /// The interactive loop; returns when the student leaves (Ctrl-D, `exit()`).
    func loop(input: LineInput, style: Style, banner: Bool) {
        if banner {
            Out.line("Python 3.11 on the Concurrency Tutor's runtime. exit() or Ctrl-D returns to the tutor.")
        }
        input.completer = { [unowned self] text in complete(text) }
        var lines: [String] = []
        while true {
            let prompt = lines.isEmpty ? ">>> " : "... "
            let event = whileWaiting { input.read(prompt: prompt) }
            switch event {
            case .end:
                return
            case .interrupt:
                lines.removeAll()
                Out.line("KeyboardInterrupt")
                continue
            case .line(let line):
                if lines.isEmpty && line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                lines.append(line)
                switch ReplInputBuffer.status(of: lines, compile: { _ = try interpreter.compile($0, filename: Self.filename, mode: .interactive) }) {
                case .incomplete:
                    continue
                case .error(let e):
                    input.addHistory(lines.joined(separator: "\n"))
                    lines.removeAll()
                    report(e)
                case .complete:
                    let source = lines.joined(separator: "\n") + "\n"
                    input.addHistory(lines.filter { !$0.allSatisfy { $0 == " " } }.joined(separator: "\n"))
                    lines.removeAll()
                    if execute(source) == .leave { return }
                }
            }
        }
    }

    enum Outcome: Equatable { case ok, failed, leave }

    /// Compiles and runs one interactive statement; expression values are echoed.
    @discardableResult
    func execute(_ source: String) -> Outcome {
        defer {
            interpreter.stdout.flush()
            interpreter.stderr.flush()
            refreshNames()
        }
        return Interrupts.shared.aim(at: ts) {
            do {
                let code = try interpreter.compile(source, filename: Self.filename, mode: .interactive)
                // CPython 3.11 keeps no source for <stdin>: its tracebacks show no code lines.
                interpreter.registerSource("", filename: Self.filename)
                // The builtin exec runs the code in this module's namespace and adds no frame of its own.
                _ = try ts.call(execFunction, [.object(code), .object(globals)])
                // A Ctrl-C that came after the last switch point must not hit the next statement.
                try ts.raisePendingException()
                return .ok
            } catch let e as PyException {
                if e.isInstance(of: BuiltinTypes.systemExit) { return .leave }
                report(e)
                return .failed
            } catch {
                interpreter.stderr.write("internal error: \(error)\n")
                return .failed
            }
        }
    }

    private func report(_ e: PyException) {
        interpreter.stdout.flush()
        interpreter.stderr.write(TracebackPrinter.format(e, ts: ts))
        interpreter.stderr.flush()
    }

    private func refreshNames() {
        var names = PythonREPL.keywords
        for key in interpreter.builtins.liveKeys + globals.liveKeys {
            if case .object(let s as PyStr) = key { names.append(s.value) }
        }
        knownNames = names
    }

    /// Tab at the start of a line indents; elsewhere it completes names.
    func complete(_ text: String) -> Completion {
        let word = Completion.currentWord(text, separators: Set(" \t()[]{},:;=+-*/%<>!&|^~@.'\""))
        if word.isEmpty {
            let lineSoFar = text.split(separator: "\n").last.map(String.init) ?? text
            if lineSoFar.allSatisfy({ $0 == " " || $0 == "\t" }) { return Completion(insert: "    ", candidates: []) }
            return Completion(insert: "", candidates: [])
        }
        if let dotIndex = text.index(text.endIndex, offsetBy: -word.count - 1, limitedBy: text.startIndex), text[dotIndex] == "." {
            let owner = Completion.currentWord(String(text[..<dotIndex]), separators: Set(" \t()[]{},:;=+-*/%<>!&|^~@'\""))
            return Completion.complete(word: word, options: attributes(of: owner), suffix: "")
        }
        return Completion.complete(word: word, options: knownNames, suffix: "")
    }

    /// `dir()` of a dotted name (`t1`, `asyncio.tasks`), as rlcompleter offers;
    /// nothing else is evaluated, so Tab never runs a call. Called at the prompt,
    /// where the GIL is released: it is taken for the lookup.
    func attributes(of dotted: String) -> [String] {
        let parts = dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && ($0.first!.isLetter || $0.first == "_") && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }) else {
            return []
        }
        let controller = interpreter.controller
        controller?.reacquireAfterBlocking(ts)
        defer { controller?.releaseForBlocking(ts) }
        guard var value = globals.getString(parts[0]) ?? interpreter.builtins.getString(parts[0]),
              let getattr = interpreter.builtins.getString("getattr"), let dir = interpreter.builtins.getString("dir") else { return [] }
        do {
            for name in parts.dropFirst() { value = try ts.call(getattr, [value, .str(name)]) }
            guard case .object(let list as PyList) = try ts.call(dir, [value]) else { return [] }
            return list.items.compactMap { item in
                if case .object(let s as PyStr) = item, !s.value.hasPrefix("_") { return s.value }
                return nil
            }
        } catch {
            return []
        }
    }
}
