import TutorLanguage

/// Who holds a lock and where it was created and taken, kept only in scheduled
/// runs (real-time locks carry nil), for the deadlock report.
final class LockTrace {
    weak var lock: PyObject?
    let createdLine: Int?
    /// Made by bundled code (a Condition's waiter lock), not by the program.
    let isInternal: Bool
    weak var holder: ThreadState?
    var heldSinceLine: Int?

    init(createdLine: Int?, isInternal: Bool) {
        self.createdLine = createdLine
        self.isInternal = isInternal
    }

    /// Called with the baton held, so these writes are ordered like Python code.
    func acquired(by ts: ThreadState) {
        if holder === ts { return }
        holder = ts
        heldSinceLine = SourceLine.current(ts)
    }

    func released() {
        holder = nil
        heldSinceLine = nil
    }
}

struct WeakLockTrace {
    weak var trace: LockTrace?
}

extension Scheduler {
    /// A trace for a lock being created by `ts`.
    func newLockTrace(_ ts: ThreadState) -> LockTrace {
        let t = LockTrace(createdLine: SourceLine.current(ts), isInternal: !SourceLine.inProgram(ts))
        mutex.lock()
        // Conditions make a lock per wait; drop dead entries as the list grows.
        if lockTraces.count >= 64 && lockTraces.count.nonzeroBitCount == 1 {
            lockTraces.removeAll { $0.trace == nil }
        }
        lockTraces.append(WeakLockTrace(trace: t))
        mutex.unlock()
        return t
    }
}
