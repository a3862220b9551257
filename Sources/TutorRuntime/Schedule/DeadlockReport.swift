import TutorLanguage

/// The text printed when a scheduled run deadlocks, e.g.
/// `deadlock: Thread 'alice' holds lock_a (line 9) and waits for lock_b (line 11); ...`.
/// Built while no thread runs Python code (by the baton holder with every other
/// thread parked, or by the real-time watch once every thread is stuck), so
/// reading Python objects (thread names, module globals) is safe.
struct DeadlockReport {
    /// A thread stuck in a wait: what it waits for and at which program line.
    struct Waiter {
        let ts: ThreadState
        let resource: AnyObject?
        let line: Int?
    }

    let interpreter: Interpreter
    /// In thread creation order.
    let waiters: [Waiter]
    let locks: [LockTrace]

    init(interpreter: Interpreter, waiters: [Waiter], locks: [LockTrace]) {
        self.interpreter = interpreter
        self.waiters = waiters
        self.locks = locks
    }

    init(scheduler: Scheduler) {
        self.init(interpreter: scheduler.interpreter,
                  waiters: scheduler.slots.compactMap { s in
                      s.wait.map { DeadlockReport.Waiter(ts: s.ts, resource: $0.resource, line: $0.line) } },
                  locks: scheduler.lockTraces.compactMap { $0.trace })
    }

    var text: String {
        "deadlock: " + waiters.map(describe).joined(separator: "; ")
    }

    private func describe(_ w: Waiter) -> String {
        var s = "Thread '\(threadName(w.ts))'"
        let held = locks.filter { $0.holder === w.ts && !$0.isInternal }
        if !held.isEmpty {
            s += " holds " + held.map { lockName($0) + at($0.heldSinceLine) }.joined(separator: ", ")
            s += " and"
        }
        switch w.resource {
        case let lock as PyLock where lock.trace?.isInternal == true:
            // Condition.wait (and so Event, queue, Barrier) blocks on a private lock.
            return s + " waits to be notified" + at(w.line, showingSource: true)
        case let lock as PyLock where lock.trace != nil:
            s += " waits for " + lockName(lock.trace!)
        case let lock as PyRLock where lock.trace != nil:
            s += " waits for " + lockName(lock.trace!)
        case let record as ThreadRecord:
            let name = record.threadState.map(threadName) ?? "?"
            s += " waits for Thread '\(name)' to finish"
        default:
            s += " waits"
        }
        return s + at(w.line)
    }

    private func at(_ line: Int?, showingSource: Bool = false) -> String {
        guard let line = line else { return "" }
        if showingSource, let file = SourceLine.mainFile(interpreter),
           let text = interpreter.sourceLine(filename: file, line: line) {
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            return " (line \(line): \(trimmed))"
        }
        return " (line \(line))"
    }

    /// The global the lock is bound to in the main module, else where it was made.
    private func lockName(_ trace: LockTrace) -> String {
        if let lock = trace.lock, let main = interpreter.modules["__main__"] {
            for (key, value) in main.dict.entries {
                if case .object(let o) = value, o === lock, case .object(let name as PyStr) = key {
                    return name.value
                }
            }
        }
        if let line = trace.createdLine { return "the lock created at line \(line)" }
        return "a lock"
    }

    /// The `threading.Thread` name of `ts`, looked up in `threading._active`.
    private func threadName(_ ts: ThreadState) -> String {
        ThreadNames.name(of: ts, in: interpreter)
    }
}
