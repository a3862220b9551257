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
            let code = try CompiledBundles.code(for: source, filename: filename, interpreter: interpreter)
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

/// Compiled bundled modules, kept across runs in one process: importing asyncio
/// means compiling thousands of lines, which would otherwise dominate a grader's
/// hundreds of short scheduled runs. A code object is not shareable between
/// interpreters running at once (each keeps a free list of frames), so each is
/// checked out by one interpreter and handed back by `release(_:)` once that
/// interpreter's run is over; a second concurrent run compiles its own.
public enum CompiledBundles {
    private final class Entry {
        let source: String
        let expanded: String
        var idle: [CodeObject] = []
        init(source: String, expanded: String) {
            self.source = source
            self.expanded = expanded
        }
    }

    private static let mutex = Mutex()
    nonisolated(unsafe) private static var entries: [String: Entry] = [:]
    /// Code objects checked out, by interpreter.
    nonisolated(unsafe) private static var inUse: [ObjectIdentifier: [(String, CodeObject)]] = [:]

    static func code(for source: String, filename: String, interpreter: Interpreter) throws -> CodeObject {
        let key = ObjectIdentifier(interpreter)
        let found: (String, CodeObject?) = mutex.withLock {
            guard let e = entries[filename], e.source == source else { return ("", nil) }
            let code = e.idle.popLast()
            if let c = code { inUse[key, default: []].append((filename, c)) }
            return (e.expanded, code)
        }
        if let code = found.1 {
            interpreter.registerSource(found.0, filename: filename)
            return code
        }
        let expanded = BundledModule.expandLineDirectives(source)
        let code = try interpreter.compile(expanded, filename: filename)
        mutex.withLock {
            if entries[filename]?.source != source { entries[filename] = Entry(source: source, expanded: expanded) }
            inUse[key, default: []].append((filename, code))
        }
        return code
    }

    /// Hands `interpreter`'s code objects back for later runs. Call only once no
    /// thread of that interpreter can run Python code any more.
    public static func release(_ interpreter: Interpreter) {
        mutex.withLock {
            guard let codes = inUse.removeValue(forKey: ObjectIdentifier(interpreter)) else { return }
            for (filename, code) in codes { entries[filename]?.idle.append(code) }
        }
    }
}
