import TutorLanguage

/// One hand-off of the baton in a scheduled run: which thread stopped, at which
/// line of the program, and which thread went on from which line. A grader shows
/// these to explain how a race happened.
public struct InterleavingSwitch: Sendable, Equatable {
    /// The thread that stopped running; nil when it had just finished.
    public var from: String?
    public var fromLine: Int?
    public var to: String
    public var toLine: Int?
    /// The files of those lines: the innermost frame running the program's own
    /// code (the main file or a module it imported, never a bundled module).
    public var fromFile: String?
    public var toFile: String?
}

/// Collects a scheduled run's switches (at most `capacity`, the earliest ones).
/// Only the baton holder appends, with every other thread parked, so reading
/// thread names and frames here is safe.
final class InterleavingRecorder {
    private struct Raw {
        var from: ObjectIdentifier?
        var fromAt: (file: String, line: Int)?
        var to: ObjectIdentifier
        var toAt: (file: String, line: Int)?
    }

    let capacity: Int
    private var raw: [Raw] = []
    private(set) var dropped = 0
    /// Python names, resolved as soon as each thread appears in threading's table
    /// (a thread just starting is not there yet, so names are applied at the end).
    private var names: [ObjectIdentifier: String] = [:]
    private var threads: [ObjectIdentifier: ThreadState] = [:]

    init(capacity: Int) { self.capacity = capacity }

    func record(from: ThreadState?, to: ThreadState, interpreter: Interpreter) {
        guard raw.count < capacity else {
            dropped += 1
            return
        }
        if let f = from { learnName(f, interpreter) }
        learnName(to, interpreter)
        raw.append(Raw(from: from.map(ObjectIdentifier.init), fromAt: from.flatMap(SourceLine.inProgramCode),
                       to: ObjectIdentifier(to), toAt: SourceLine.inProgramCode(to)))
    }

    var switches: [InterleavingSwitch] {
        raw.map { r in
            InterleavingSwitch(from: r.from.map(name), fromLine: r.fromAt?.line, to: name(r.to), toLine: r.toAt?.line,
                               fromFile: r.fromAt?.file, toFile: r.toAt?.file)
        }
    }

    private func name(_ key: ObjectIdentifier) -> String {
        names[key] ?? threads[key]?.name ?? "Thread"
    }

    private func learnName(_ ts: ThreadState, _ interpreter: Interpreter) {
        let key = ObjectIdentifier(ts)
        if names[key] != nil { return }
        threads[key] = ts
        if let n = ThreadNames.pythonName(of: ts, in: interpreter) {
            names[key] = n
        } else if ts === interpreter.mainThread {
            names[key] = "MainThread"
        }
    }
}

/// The Python-visible name of an interpreter thread (`Thread.name`), read from
/// threading's table of active threads. Call only while no other thread runs
/// Python code (the baton holder, or with every other thread parked).
enum ThreadNames {
    static func name(of ts: ThreadState, in interpreter: Interpreter) -> String {
        pythonName(of: ts, in: interpreter) ?? (ts === interpreter.mainThread ? "MainThread" : ts.name)
    }

    static func pythonName(of ts: ThreadState, in interpreter: Interpreter) -> String? {
        if let record = ts.runtimeData as? ThreadRecord,
           let threading = interpreter.modules["threading"],
           case .object(let active as PyDict)? = threading.dict.getString("_active"),
           case .object(let thread)? = try? active.get(.int(record.ident)),
           case .object(let name as PyStr)? = thread.attributes?.getString("_name") {
            return name.value
        }
        return nil
    }
}
