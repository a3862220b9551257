import TutorLanguage

/// What the runtime knows about one interpreter thread; kept in `ThreadState.runtimeData`.
final class ThreadRecord {
    let isDaemon: Bool
    /// Set by the thread itself before it first takes the GIL, so any thread that
    /// reads them while holding the GIL sees them.
    private(set) var ident = 0
    private(set) var nativeID = 0
    weak var threadState: ThreadState?
    /// `threading.local` namespaces of this thread (guarded by the GIL).
    var localNamespaces: [ObjectIdentifier: LocalNamespace] = [:]

    private var done = Monitor()
    private var finished = false

    init(isDaemon: Bool) {
        self.isDaemon = isDaemon
    }

    func bindToCurrentThread() {
        ident = NativeThread.currentIdent
        nativeID = NativeThread.currentNativeID
    }

    /// A scheduled run's idents come from the scheduler, so printed idents replay.
    func bind(ident: Int, nativeID: Int) {
        self.ident = ident
        self.nativeID = nativeID
    }

    var isFinished: Bool { done.mutex.withLock { finished } }

    /// Called once the thread has released the GIL for good; wakes every joiner.
    func markFinished() {
        done.mutex.withLock {
            finished = true
            done.condition.broadcast()
        }
    }

    /// In a forked child, for a thread that did not survive the fork: it counts as
    /// finished. Its monitor (whose mutex it may have held, whose condition it may
    /// have waited on) is leaked, never touched again.
    func abandonAfterFork() {
        _ = Unmanaged.passRetained(done)
        done = Monitor()
        finished = true
    }

    /// Waits (GIL released) until the thread has finished; false on timeout.
    func waitUntilFinished(_ ts: ThreadState, deadline: Deadline?, interruptedBy interruption: Interruption = .any) throws -> Bool {
        try BlockingWait.wait(ts, on: done, deadline: deadline, interruptedBy: interruption, resource: self) { finished }
    }
}
