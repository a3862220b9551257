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
}

/// Collects a scheduled run's switches (at most `capacity`, the earliest ones).
/// Only the baton holder appends, with every other thread parked, so reading
/// thread names and frames here is safe.
final class InterleavingRecorder {
    let capacity: Int
    private(set) var switches: [InterleavingSwitch] = []
    private(set) var dropped = 0
    private var names: [ObjectIdentifier: String] = [:]

    init(capacity: Int) { self.capacity = capacity }

    func record(from: ThreadState?, to: ThreadState, interpreter: Interpreter) {
        guard switches.count < capacity else {
            dropped += 1
            return
        }
        switches.append(InterleavingSwitch(
            from: from.map { name($0, interpreter) }, fromLine: from.flatMap(SourceLine.current),
            to: name(to, interpreter), toLine: SourceLine.current(to)))
    }

    private func name(_ ts: ThreadState, _ interpreter: Interpreter) -> String {
        let key = ObjectIdentifier(ts)
        if let n = names[key] { return n }
        let n = ThreadNames.name(of: ts, in: interpreter)
        names[key] = n
        return n
    }
}

/// The Python-visible name of an interpreter thread (`Thread.name`), read from
/// threading's table of active threads. Call only while no other thread runs
/// Python code (the baton holder, or with every other thread parked).
enum ThreadNames {
    static func name(of ts: ThreadState, in interpreter: Interpreter) -> String {
        if let record = ts.runtimeData as? ThreadRecord,
           let threading = interpreter.modules["threading"],
           case .object(let active as PyDict)? = threading.dict.getString("_active"),
           case .object(let thread)? = try? active.get(.int(record.ident)),
           case .object(let name as PyStr)? = thread.attributes?.getString("_name") {
            return name.value
        }
        return ts === interpreter.mainThread ? "MainThread" : ts.name
    }
}
