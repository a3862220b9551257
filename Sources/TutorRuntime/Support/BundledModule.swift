import TutorLanguage

/// Modules written in Python and shipped inside the runtime, as CPython ships
/// `threading.py` and `queue.py`.
enum BundledModule {
    /// Compiles and runs `source` as module `name`. The module is visible in
    /// `interpreter.modules` while its body runs, as with `sys.modules`.
    static func load(_ name: String, source: String, filename: String, ts: ThreadState,
                     prepare: (PyModule) -> Void = { _ in }) throws -> PyModule {
        let interpreter = ts.interpreter
        let module = PyModule(name: name)
        // Modules CPython implements in C (`_thread`, `time`) have no __file__.
        if !filename.hasPrefix("<") { module.dict.setString("__file__", .str(filename)) }
        module.dict.setString("__builtins__", .object(interpreter.builtinsModule))
        prepare(module)
        interpreter.modules[name] = module
        do {
            let code = try interpreter.compile(expandLineDirectives(source), filename: filename)
            guard let exec = interpreter.builtinsModule.dict.getString("exec") else {
                throw PyException.runtimeError("exec() is unavailable")
            }
            _ = try ts.call(exec, [.object(code), .object(module.dict)])
        } catch {
            interpreter.modules[name] = nil
            throw error
        }
        return module
    }

    /// A line `#@line N` becomes blank lines so that the next line is line N. The
    /// bundled threading module uses it to put the two lines tracebacks of thread
    /// exceptions show where CPython 3.11's threading.py has them.
    static func expandLineDirectives(_ source: String) -> String {
        var out: [Substring] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("#@line "), let target = Int(trimmed.dropFirst(7)) {
                precondition(out.count < target, "bundled source is longer than its #@line \(target) directive allows")
                while out.count < target - 1 { out.append("") }
                continue
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}
