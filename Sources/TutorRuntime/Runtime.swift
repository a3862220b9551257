import Atomics
import TutorLanguage

/// The concurrency runtime: the GIL and the `_thread`, `threading`, `time` and
/// `queue` modules, layered on the language target.
public enum Runtime {
    /// Registers the runtime's modules with `interpreter`. Nothing else changes until
    /// the program starts its first extra thread, which installs the GIL.
    public static func install(into interpreter: Interpreter) {
        _ = installState(into: interpreter)
    }

    private static func installState(into interpreter: Interpreter) -> RuntimeState {
        let state = RuntimeState(interpreter: interpreter)
        interpreter.runtimeState = state
        interpreter.moduleFactories["_thread"] = { ts in try ThreadModule.make(ts, state) }
        interpreter.moduleFactories["threading"] = { ts in try ThreadingModule.make(ts) }
        interpreter.moduleFactories["time"] = { ts in try TimeModule.make(ts) }
        interpreter.moduleFactories["random"] = { ts in try RandomModule.make(ts) }
        interpreter.moduleFactories["queue"] = { ts in try QueueModule.make(ts) }
        interpreter.moduleFactories["asyncio"] = { ts in try AsyncioModule.make(ts) }
        FuturesModule.install(into: interpreter)
        SysAdditions.install(into: interpreter, state)
        interpreter.atExitHooks.append { ts in try state.shutdown(ts) }
        MultiprocessingModule.install(into: interpreter, state)
        return state
    }

    /// Like `install(into:)`, with `options` for a real-time run: with a
    /// `timeScale` other than 1, every wait lasts `timeScale` times less wall time
    /// while the program's clocks run `timeScale` times faster from now on.
    public static func install(into interpreter: Interpreter, options: RuntimeOptions) {
        _ = installState(into: interpreter)
        let k = options.timeScale
        if k > 0, k.isFinite, k != 1 { RunClock.install(RunClock(scale: k), for: interpreter) }
    }

    /// Like `install(into:)`, but the run is a deterministic function of
    /// `options.seed`: a seeded scheduler replaces the GIL and time is virtual.
    public static func install(into interpreter: Interpreter, options: ScheduleOptions) {
        _ = installScheduled(into: interpreter, options: options)
    }

    static func installScheduled(into interpreter: Interpreter, options: ScheduleOptions) -> Scheduler {
        let state = installState(into: interpreter)
        let scheduler = Scheduler(interpreter: interpreter, options: options)
        state.scheduler = scheduler
        interpreter.controller = scheduler
        interpreter.replayableIdentities = ReplayableIdentities()
        // Every thread of a scheduled run has its record (and replayable ident) from
        // the start, so an RLock never sees its owner's ident change.
        _ = state.record(for: interpreter.mainThread)
        return scheduler
    }
}

/// Options of a real-time (unscheduled) run.
public struct RuntimeOptions: Sendable {
    /// How many times faster than the wall clock the program's time runs (> 0):
    /// `time.sleep(2)` with 100 takes 0.02 s yet `time.time()` advances by 2.
    /// 1 (the default) changes nothing, and so does a value that is not a positive
    /// finite number (the CLI rejects those).
    public var timeScale: Double

    public init(timeScale: Double = 1) {
        self.timeScale = timeScale
    }
}

/// The runtime's state for one interpreter: its GIL (once a second thread exists),
/// the switch interval and the threads it started.
final class RuntimeState {
    unowned let interpreter: Interpreter
    /// Read and written only by a thread holding the GIL (or the only thread).
    private(set) var gil: GIL?
    /// Set for the whole of a scheduled run; then there is never a GIL.
    var scheduler: Scheduler?
    /// Detects deadlocks in real-time runs.
    private(set) lazy var deadlockWatch = DeadlockWatch(state: self)
    /// The report of a real-time deadlock, if one happened.
    var deadlockReport: String? { scheduler?.deadlockText ?? deadlockWatch.reportText }
    /// `sys.getswitchinterval()`, kept in microseconds as CPython does.
    var switchIntervalMicroseconds = 5000 {
        didSet { gil?.switchInterval = switchInterval }
    }
    var switchInterval: Double { Double(switchIntervalMicroseconds) * 1e-6 }

    /// Threads started by the runtime that have not finished yet.
    private var registryMutex = Mutex()
    /// Each with its start number: shutdown joins threads in start order, which a
    /// scheduled run needs to be deterministic.
    private var running: [ObjectIdentifier: (order: Int, record: ThreadRecord)] = [:]
    private var startedCount = 0

    init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// A trace for a new lock, for deadlock reports (scheduled or real-time).
    func newLockTrace(_ ts: ThreadState) -> LockTrace {
        if let s = scheduler { return s.newLockTrace(ts) }
        return deadlockWatch.newLockTrace(ts)
    }

    /// The record of `ts`, created on first use for threads the runtime did not start
    /// (the main thread).
    func record(for ts: ThreadState) -> ThreadRecord {
        if let r = ts.runtimeData as? ThreadRecord { return r }
        let r = ThreadRecord(isDaemon: false)
        if ThreadState.current === ts { r.bindToCurrentThread() }
        scheduler?.assignIdentity(r)
        r.threadState = ts
        ts.runtimeData = r
        return r
    }

    var runningThreads: [ThreadRecord] {
        registryMutex.withLock { running.values.sorted { $0.order < $1.order }.map(\.record) }
    }

    func register(_ record: ThreadRecord) {
        registryMutex.withLock {
            startedCount += 1
            running[ObjectIdentifier(record)] = (startedCount, record)
        }
    }
    func unregister(_ record: ThreadRecord) { registryMutex.withLock { running[ObjectIdentifier(record)] = nil } }

    /// Starts an interpreter thread that runs `entry`. The caller holds the GIL (or is
    /// the only thread, in which case the GIL is installed now, held by the caller).
    /// Returns the new thread's ident and record.
    /// With a `dispatchLabel` (a concurrent.futures worker) a real-time run starts
    /// the thread on a serial Dispatch queue of that label instead of a pthread of
    /// its own; a scheduled run ignores it, since only threads the scheduler
    /// creates can be scheduled.
    func startThread(from caller: ThreadState, daemon: Bool, entry: ThreadEntry,
                     dispatchLabel: String? = nil) throws -> (ident: Int, record: ThreadRecord) {
        if let scheduler = scheduler { return try startScheduledThread(scheduler, daemon: daemon, entry: entry) }
        let gil = installGIL(heldBy: caller)
        let ts = ThreadState(interpreter: interpreter, name: "Thread")
        let record = ThreadRecord(isDaemon: daemon)
        record.threadState = ts
        ts.runtimeData = record
        register(record)
        let timeline = Timeline.current(caller)
        let body: (Int) -> Void = { stackSize in
            ts.makeCurrent(stackSize: stackSize)
            record.bindToCurrentThread()
            timeline?.threadStarted(ts)
            gil.acquire(ts)
            entry.run(ts)
            // Drop this thread's Python references while the GIL still protects them.
            record.localNamespaces.removeAll()
            gil.release(ts)
            timeline?.threadEnded(ts)
            ThreadState.clearCurrent()
            self.unregister(record)
            record.markFinished()
        }
        let ident = dispatchLabel.flatMap { NativeThread.dispatchUsable ? NativeThread.startOnDispatch(label: $0, body) : nil }
            ?? NativeThread.start(body)
        guard let id = ident else {
            unregister(record)
            throw PyException.runtimeError("can't start new thread")
        }
        return (id, record)
    }

    private func installGIL(heldBy ts: ThreadState) -> GIL {
        if let g = gil { return g }
        let g = GIL(holder: ts, interval: switchInterval)
        gil = g
        interpreter.controller = g
        return g
    }

    /// In a child made by `fork()`, only the forking thread exists: forget the GIL
    /// (the child needs none) and every other thread, whose mutexes and condition
    /// waiters vanished with them. Their objects are leaked on purpose: destroying a
    /// condition a vanished thread waited on could block forever.
    func resetAfterFork(_ ts: ThreadState) {
        // libdispatch's worker pool did not survive the fork either.
        NativeThread.dispatchUsable = false
        if let g = gil { _ = Unmanaged.passRetained(g) }
        gil = nil
        if let s = scheduler {
            s.resetAfterFork(ts)
        } else {
            interpreter.controller = nil
        }
        _ = ts.evalBreaker.loadThenBitwiseAnd(with: ~ThreadState.BreakerFlags.gilDropRequest,
                                              ordering: .sequentiallyConsistent)
        _ = Unmanaged.passRetained(registryMutex)
        // The watch's mutex and its list of blocked threads belong to the parent.
        _ = Unmanaged.passRetained(deadlockWatch)
        deadlockWatch = DeadlockWatch(state: self)
        for entry in running.values where entry.record.threadState !== ts { entry.record.abandonAfterFork() }
        registryMutex = Mutex()
        running = [:]
    }

    /// Removes the GIL once no other thread exists, so later single-threaded code
    /// pays nothing again.
    func uninstallGILIfAlone() {
        guard gil != nil, runningThreads.isEmpty else { return }
        interpreter.controller = nil
        gil = nil
        // No request can be pending with nobody left to make it; clear any anyway,
        // so the evaluation loop never polls a bit no controller will handle.
        if let ts = ThreadState.current {
            _ = ts.evalBreaker.loadThenBitwiseAnd(with: ~ThreadState.BreakerFlags.gilDropRequest,
                                                  ordering: .sequentiallyConsistent)
        }
    }
}
