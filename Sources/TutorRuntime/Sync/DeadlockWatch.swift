import Dispatch
import TutorLanguage

/// Deadlock detection for real-time runs (a scheduled run has the scheduler's
/// exact check). A thread blocked in a wait with no timeout registers here; when
/// every live interpreter thread is registered, nothing can wake any of them but
/// another of them, unless a wait is about to succeed. Waiters re-test their
/// condition every `BlockingWait.slice`, so a satisfiable wait ends within one
/// slice: if after `grace` (several slices) every thread is still registered and
/// no wait has begun or ended meanwhile, the run is deadlocked. Waits outside the
/// runtime (input(), a child process, a pipe) never register, so a thread in one
/// keeps the run from being reported.
final class DeadlockWatch {
    static let grace = 0.3

    private let mutex = Mutex()
    private unowned let state: RuntimeState
    private var blocked: [ObjectIdentifier: (order: Int, waiter: DeadlockReport.Waiter)] = [:]
    private var order = 0
    /// Changes whenever a wait begins or ends.
    private var epoch: UInt64 = 0
    private var checkScheduled = false
    private(set) var reportText: String?
    private var locks: [WeakLockTrace] = []

    init(state: RuntimeState) { self.state = state }

    /// A trace for a lock `ts` is creating, so the report can say who holds it.
    func newLockTrace(_ ts: ThreadState) -> LockTrace {
        let t = LockTrace(createdLine: SourceLine.current(ts), isInternal: !SourceLine.inProgram(ts))
        mutex.withLock {
            // Conditions make a lock per wait; drop dead entries as the list grows.
            if locks.count >= 64 && locks.count.nonzeroBitCount == 1 { locks.removeAll { $0.trace == nil } }
            locks.append(WeakLockTrace(trace: t))
        }
        return t
    }

    /// `ts` (holding the GIL, about to release it) blocks with no timeout.
    func began(_ ts: ThreadState, resource: AnyObject?) {
        let line = SourceLine.current(ts)
        mutex.withLock {
            order += 1
            epoch &+= 1
            blocked[ObjectIdentifier(ts)] = (order, DeadlockReport.Waiter(ts: ts, resource: resource, line: line))
            scheduleCheckIfStuck()
        }
    }

    func ended(_ ts: ThreadState) {
        mutex.withLock {
            epoch &+= 1
            blocked[ObjectIdentifier(ts)] = nil
        }
    }

    /// With `mutex` held.
    private func scheduleCheckIfStuck() {
        guard reportText == nil, !checkScheduled, allStuck else { return }
        checkScheduled = true
        let seen = epoch
        DispatchQueue.global().asyncAfter(deadline: .now() + DeadlockWatch.grace) { [weak self] in
            self?.check(seen)
        }
    }

    /// Every live interpreter thread waits here (lock order: this mutex, then the
    /// runtime's thread registry).
    private var allStuck: Bool { !blocked.isEmpty && blocked.count >= 1 + state.runningThreads.count }

    private func check(_ seen: UInt64) {
        mutex.lock()
        checkScheduled = false
        guard reportText == nil, allStuck else {
            mutex.unlock()
            return
        }
        guard epoch == seen else {
            scheduleCheckIfStuck()
            mutex.unlock()
            return
        }
        // No interpreter thread can run Python code now: each is parked in a wait
        // whose condition is false and stays false, so reading objects is safe.
        let waiters = blocked.values.sorted { $0.order < $1.order }.map(\.waiter)
        let report = DeadlockReport(interpreter: state.interpreter, waiters: waiters,
                                    locks: locks.compactMap { $0.trace }).text
        reportText = report
        mutex.unlock()
        let interpreter = state.interpreter
        interpreter.stdout.flush()
        interpreter.stderr.write(report + "\n")
        interpreter.stderr.flush()
        // As in a scheduled run: every thread unwinds and the run exits with status 1.
        let reason = PyException(type: BuiltinTypes.systemExit, args: [.int(1)])
        for w in waiters { w.ts.terminate(reason) }
    }
}

extension DeadlockWatch {
    /// The watch of `ts`'s run, when the runtime is installed.
    static func of(_ ts: ThreadState) -> DeadlockWatch? {
        (ts.interpreter.runtimeState as? RuntimeState)?.deadlockWatch
    }
}
