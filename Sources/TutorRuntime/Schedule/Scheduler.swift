import Atomics
import TutorLanguage

/// The deterministic scheduler: the `ExecutionController` of a `--schedule` run,
/// used instead of the GIL (see docs/ARCHITECTURE.md, "Deterministic schedules and
/// virtual time").
///
/// Exactly one thread, `current`, holds the baton and runs Python code; every other
/// thread sleeps on its own condition until the baton is handed to it. Only the
/// baton holder makes decisions, and every decision draws from one seeded PRNG,
/// so which thread runs when is a function of the seed alone, never of the OS.
final class Scheduler: ExecutionController {
    /// One interpreter thread known to the scheduler.
    final class Slot {
        let ts: ThreadState
        /// Posted when this thread receives the baton.
        let baton = Baton()
        /// Set while the thread is blocked in the scheduler.
        var wait: PendingWait?
        var outcome = WaitOutcome.satisfied
        /// PCT priority: the highest runnable one runs.
        var priority = 0

        init(_ ts: ThreadState) { self.ts = ts }
    }

    let mutex = Mutex()
    unowned let interpreter: Interpreter
    /// Live threads in creation order (a deterministic order, unlike OS idents).
    var slots: [Slot] = []
    private var slotsByThread: [ObjectIdentifier: Slot] = [:]
    /// The baton holder; nil only while a finishing thread hands the baton on.
    var current: Slot?
    var rng: SplitMix64
    let meanRunLength: Int
    /// Switch points left before the next decision. Only the baton holder reads or
    /// writes it, and hand-offs go through `mutex`, so it needs no atomics.
    private var stepsLeft: Int
    /// The length of the current run of steps, to count steps taken.
    private var chunk: Int
    /// Switch points passed so far, all threads together (approximate when a
    /// thread blocks mid-chunk: counted up to its last decision).
    private(set) var steps = 0
    /// PCT: steps at which the running thread is demoted, ascending; empty once
    /// used up or when the strategy is random.
    private var changePoints: [Int] = []
    private var changesMade = 0
    private let usesPriorities: Bool
    /// Past this many steps a priority schedule turns into a fair random one, so
    /// a thread spinning on a flag cannot starve the thread that would set it.
    private let unfairStepBound: Int
    /// `ScheduleOptions.virtualTimeLimit` in nanoseconds.
    private let virtualLimit: UInt64?
    private var virtualLimitHit = false
    /// Virtual monotonic time in nanoseconds; advanced only when nobody can run.
    var clock: UInt64 = 0
    var deadlockReported = false
    private var identitiesAssigned = 0
    /// Set when the run's switches are wanted (a grader explaining a race).
    var interleaving: InterleavingRecorder?
    /// The deadlock report's text, once one was printed.
    var deadlockText: String?
    /// Every lock created in this run, for the deadlock report.
    var lockTraces: [WeakLockTrace] = []
    /// Seeds the `random` module's unseeded generators, so a replayed run draws
    /// the same numbers.
    let randomSeed: UInt64

    init(interpreter: Interpreter, options: ScheduleOptions) {
        self.interpreter = interpreter
        randomSeed = options.seed
        var rng = SplitMix64(seed: options.seed)
        meanRunLength = max(1, options.meanRunLength ?? (1 << (1 + rng.below(16))))
        switch options.strategy {
        case .random:
            usesPriorities = false
            unfairStepBound = 0
        case .pct(let depth, let expected):
            usesPriorities = true
            let k = max(1, expected)
            changePoints = (0..<max(0, depth - 1)).map { _ in 1 + rng.below(k) }.sorted()
            unfairStepBound = max(100_000, 20 * k)
        }
        self.rng = rng
        virtualLimit = options.virtualTimeLimit.map { Deadline(nanoseconds: 0).adding(seconds: max(0, $0)).nanoseconds }
        stepsLeft = 1
        chunk = 1
        let main = Slot(interpreter.mainThread)
        add(main)
        current = main
        stepsLeft = nextChunk()
        chunk = stepsLeft
    }

    /// Steps until the next decision: a random run length, or for PCT the next
    /// change point, rechecking priorities every 64 steps so that a thread whose
    /// wait ended gets the baton back soon if it has the higher priority.
    private func nextChunk() -> Int {
        if usesPriorities && steps < unfairStepBound {
            let toChange = changesMade < changePoints.count ? changePoints[changesMade] - steps : Int.max
            return max(1, min(64, toChange))
        }
        return 1 + rng.below(2 * meanRunLength)
    }

    // MARK: ExecutionController

    func evalBreakerTripped(_ ts: ThreadState) throws {
        stepsLeft &-= 1
        if stepsLeft > 0 { return }
        mutex.lock()
        defer { mutex.unlock() }
        guard let me = slot(for: ts) else { return }
        pass(from: me)
    }

    /// Blocking outside the runtime's waits (reading stdin) keeps the baton: nobody
    /// else runs meanwhile, so the run stays deterministic.
    func releaseForBlocking(_ ts: ThreadState) {}
    func reacquireAfterBlocking(_ ts: ThreadState) {}

    // MARK: thread life

    /// Called by the creating thread (holding the baton) before the OS thread starts,
    /// so threads join the schedule in program order.
    func register(_ ts: ThreadState) {
        mutex.lock()
        defer { mutex.unlock() }
        add(Slot(ts))
        // From now on every live thread reports each switch point.
        for s in slots {
            _ = s.ts.evalBreaker.loadThenBitwiseOr(with: ThreadState.BreakerFlags.scheduler, ordering: .sequentiallyConsistent)
        }
    }

    /// The new OS thread waits here until the scheduler first picks it.
    func enter(_ ts: ThreadState) {
        guard let me = mutex.withLock({ slot(for: ts) }) else { return }
        me.baton.wait()
        Timeline.current(ts)?.threadStarted(ts)
    }

    /// The thread has left Python for good: forget it and, if it holds the baton
    /// (it does unless its OS thread never started), hand the baton on.
    func exit(_ ts: ThreadState) {
        Timeline.current(ts)?.threadEnded(ts)
        mutex.lock()
        defer { mutex.unlock() }
        guard let me = slotsByThread.removeValue(forKey: ObjectIdentifier(ts)) else { return }
        slots.removeAll { $0 === me }
        guard current === me else { return }
        current = nil
        // The main thread never leaves the schedule, so someone is left to run.
        guard !slots.isEmpty else { return }
        pass(from: nil)
    }

    /// Gives a thread record pthread-like idents that depend only on creation order
    /// (called with the baton held).
    func assignIdentity(_ record: ThreadRecord) {
        let n = mutex.withLock { () -> Int in
            identitiesAssigned += 1
            return identitiesAssigned
        }
        record.bind(ident: 0x7F3A_0000_0000 + n * 0x80_0000, nativeID: 4200 + n)
    }

    func slot(for ts: ThreadState) -> Slot? { slotsByThread[ObjectIdentifier(ts)] }

    private func add(_ s: Slot) {
        // Distinct (with overwhelming probability) and above every demoted priority.
        if usesPriorities { s.priority = 1_000 + rng.below(1 << 30) }
        slots.append(s)
        slotsByThread[ObjectIdentifier(s.ts)] = s
    }

    // MARK: decisions (with `mutex` held)

    /// Picks the next thread from the runnable ones (possibly `me` again) and hands
    /// it the baton; returns once `me` holds the baton again. `me` is nil when the
    /// caller is finishing and must not wait. Drops `mutex` while waiting.
    func pass(from me: Slot?) {
        steps += max(0, chunk - max(stepsLeft, 0))
        if usesPriorities, let me = me, changesMade < changePoints.count, steps >= changePoints[changesMade] {
            changesMade += 1
            me.priority = changesMade
        }
        let next = pickRunnable()
        stepsLeft = nextChunk()
        chunk = stepsLeft
        if next === me { return }
        interleaving?.record(from: me?.ts, to: next.ts, interpreter: interpreter)
        current = next
        // Post outside `mutex`, so the woken thread does not contend for it.
        mutex.unlock()
        next.baton.post()
        me?.baton.wait()
        mutex.lock()
    }

    /// Wakes the waits that can end, advancing virtual time or breaking a deadlock
    /// when nothing can run; then draws one runnable thread.
    private func pickRunnable() -> Slot {
        while true {
            resolveWaits()
            let runnable = slots.filter { $0.wait == nil }
            if !runnable.isEmpty {
                if usesPriorities && steps < unfairStepBound {
                    return runnable.max { $0.priority < $1.priority } ?? runnable[0]
                }
                return runnable[rng.below(runnable.count)]
            }
            if let earliest = slots.compactMap({ $0.wait?.deadline }).min() {
                if let limit = virtualLimit, earliest.nanoseconds > limit, !virtualLimitHit {
                    // Stop every thread where it waits, as a wall-clock limit would.
                    virtualLimitHit = true
                    clock = max(clock, limit)
                    let seconds = Double(limit) / 1e9
                    let reason = PyException(TimeLimit.exceptionType,
                                             "virtual time limit exceeded: the program's clock passed \(TimeLimit.formatSeconds(seconds))")
                    for s in slots { s.ts.terminate(reason) }
                    continue
                }
                clock = max(clock, earliest.nanoseconds)
                continue
            }
            breakDeadlock()
        }
    }

    /// Ends every wait that is satisfied, interrupted or timed out. Satisfying a
    /// wait runs its `ready` on the blocked thread's behalf (claiming the lock for
    /// it); the start of the sweep is drawn from the PRNG so competing waiters win
    /// in seed-dependent order.
    private func resolveWaits() {
        guard !slots.isEmpty else { return }
        let start = rng.below(slots.count)
        for i in 0..<slots.count {
            let s = slots[(start + i) % slots.count]
            guard let w = s.wait else { continue }
            if w.interruption.stops(s.ts) {
                finish(s, .interrupted)
                continue
            }
            w.monitor.mutex.lock()
            let ok = w.ready()
            w.monitor.mutex.unlock()
            if ok {
                finish(s, .satisfied)
            } else if let d = w.deadline, d.nanoseconds <= clock {
                finish(s, .timedOut)
            }
        }
    }

    private func finish(_ s: Slot, _ outcome: WaitOutcome) {
        s.wait = nil
        s.outcome = outcome
    }

    /// Nothing can run and no timer is pending: report once, then terminate every
    /// thread so the run unwinds and exits with status 1. If even terminated threads
    /// cannot wake (waits that ignore termination), their waits end as timeouts.
    private func breakDeadlock() {
        if deadlockReported {
            for s in slots where s.wait != nil { finish(s, .timedOut) }
            return
        }
        deadlockReported = true
        interpreter.stdout.flush()
        let report = DeadlockReport(scheduler: self).text
        deadlockText = report
        interpreter.stderr.write(report + "\n")
        interpreter.stderr.flush()
        let reason = PyException(type: BuiltinTypes.systemExit, args: [.int(1)])
        for s in slots { s.ts.terminate(reason) }
    }

    // MARK: processes

    /// In a child made by fork() in a scheduled run: only `ts` survived. The child
    /// keeps the parent's virtual time and the seed's stream, so it is as
    /// deterministic as its parent. Vanished threads' batons are leaked, never
    /// touched again.
    func resetAfterFork(_ ts: ThreadState) {
        for s in slots where s.ts !== ts { _ = Unmanaged.passRetained(s.baton) }
        let me = slots.first { $0.ts === ts } ?? Slot(ts)
        me.wait = nil
        slots = [me]
        slotsByThread = [ObjectIdentifier(ts): me]
        current = me
    }

    /// Moves virtual time forward to at least `nanoseconds`: a joined child's end,
    /// or the timeout of a wait for another process. Called by the baton holder.
    func advanceClock(to nanoseconds: UInt64) {
        mutex.withLock { clock = max(clock, nanoseconds) }
    }

    // MARK: virtual time

    var now: Deadline { Deadline(nanoseconds: clock) }

    /// `time.time()` in a scheduled run: a fixed epoch (2026-01-01 00:00 UTC) plus
    /// virtual time, so even printed timestamps replay identically.
    static let epoch = 1_767_225_600.0
}

enum WaitOutcome {
    case satisfied, timedOut, interrupted
}

/// A wait parked in the scheduler; `ready` is only called with `monitor.mutex` held.
final class PendingWait {
    let monitor: Monitor
    let deadline: Deadline?
    let interruption: Interruption
    let ready: () -> Bool
    /// What the thread waits for (a lock, a thread record), for the deadlock report.
    let resource: AnyObject?
    /// The program line the thread waits at.
    let line: Int?

    init(monitor: Monitor, deadline: Deadline?, interruption: Interruption, ready: @escaping () -> Bool,
         resource: AnyObject?, line: Int?) {
        self.monitor = monitor
        self.deadline = deadline
        self.interruption = interruption
        self.ready = ready
        self.resource = resource
        self.line = line
    }
}

extension ThreadState {
    /// The deterministic scheduler, in a `--schedule` run.
    var scheduler: Scheduler? { interpreter.controller as? Scheduler }
}
