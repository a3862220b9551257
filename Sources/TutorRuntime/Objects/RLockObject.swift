import TutorLanguage

/// `_thread.RLock`, what `threading.RLock()` returns: the owning thread may acquire
/// it again, and must release it as many times.
final class PyRLock: PyObject {
    static let pythonType: PyType = {
        let t = PyType.runtimeType("RLock", module: "_thread")
        t.defineMethod("acquire") { ts, args, kwargs in
            let lock = try receiver(args, PyRLock.self, "acquire", "_thread.RLock")
            return .bool(try lock.acquire(ts, AcquireArguments(ts, args.dropFirst(), kwargs)))
        }
        t.defineMethod("release") { _, args, kwargs in
            try Arguments.exactly(0, "release", args.dropFirst(), kwargs)
            try receiver(args, PyRLock.self, "release", "_thread.RLock").release()
            return .none
        }
        t.defineMethod("__enter__") { ts, args, _ in
            .bool(try receiver(args, PyRLock.self, "__enter__", "_thread.RLock").acquire(ts, .wait))
        }
        t.defineMethod("__exit__") { _, args, _ in
            try receiver(args, PyRLock.self, "__exit__", "_thread.RLock").release()
            return .none
        }
        // The protocol threading.Condition uses to wait on an RLock held recursively.
        t.defineMethod("_is_owned") { _, args, _ in
            .bool(try receiver(args, PyRLock.self, "_is_owned", "_thread.RLock").isOwnedByCaller)
        }
        t.defineMethod("_release_save") { _, args, _ in
            let (count, owner) = try receiver(args, PyRLock.self, "_release_save", "_thread.RLock").releaseAll()
            return .tuple([.int(count), .int(owner)])
        }
        t.defineMethod("_acquire_restore") { ts, args, _ in
            let lock = try receiver(args, PyRLock.self, "_acquire_restore", "_thread.RLock")
            guard args.count == 2, case .object(let state as PyTuple) = args[1], state.items.count == 2,
                  case .int(let count) = state.items[0], case .int(let owner) = state.items[1] else {
                throw PyException.typeError("_acquire_restore() argument must be a (count, owner) tuple")
            }
            try lock.restore(ts, count: count, owner: owner)
            return .none
        }
        t.defineMethod("__repr__") { _, args, _ in
            let lock = try receiver(args, PyRLock.self, "__repr__", "_thread.RLock")
            let (count, owner) = lock.state
            return .str("<\(count > 0 ? "locked" : "unlocked") _thread.RLock object owner=\(owner) count=\(count) at \(objectAddress(lock))>")
        }
        return t
    }()

    private let monitor = Monitor()
    /// Guarded by `monitor.mutex`. `owner` is the owning thread's ident, 0 when free.
    private var owner = 0
    private var count = 0

    /// Holder and creation line for the deadlock report; only in scheduled runs.
    let trace: LockTrace?

    /// Scheduled runs (the only ones with a trace) use replayable idents.
    private var callerIdent: Int { trace == nil ? NativeThread.currentIdent : ThreadIdent.current }

    init(trace: LockTrace? = nil) {
        self.trace = trace
        super.init(type: PyRLock.pythonType)
        trace?.lock = self
    }

    var state: (count: Int, owner: Int) { monitor.mutex.withLock { (count, owner) } }

    var isOwnedByCaller: Bool {
        let me = callerIdent
        return monitor.mutex.withLock { owner == me && count > 0 }
    }

    func acquire(_ ts: ThreadState, _ a: AcquireArguments) throws -> Bool {
        let me = callerIdent
        let immediate: Bool = monitor.mutex.withLock {
            if owner == me {
                count += 1
                return true
            }
            return claim(me, count: 1)
        }
        if immediate {
            trace?.acquired(by: ts)
            return true
        }
        if !a.blocking { return false }
        let acquired = try BlockingWait.wait(ts, on: monitor, deadline: a.deadline, resource: self) { claim(me, count: 1) }
        if acquired { trace?.acquired(by: ts) }
        return acquired
    }

    func release() throws {
        let me = callerIdent
        let released: Bool = monitor.mutex.withLock {
            guard owner == me, count > 0 else { return false }
            count -= 1
            if count == 0 {
                owner = 0
                monitor.condition.signal()
            }
            return true
        }
        if !released { throw PyException.runtimeError("cannot release un-acquired lock") }
        if trace != nil && !isOwnedByCaller { trace?.released() }
    }

    /// Releases every level at once, returning what `restore` needs.
    func releaseAll() throws -> (Int, Int) {
        let me = callerIdent
        let saved: (Int, Int)? = monitor.mutex.withLock {
            guard owner == me, count > 0 else { return nil }
            defer {
                count = 0
                owner = 0
                monitor.condition.signal()
            }
            return (count, owner)
        }
        guard let s = saved else { throw PyException.runtimeError("cannot release un-acquired lock") }
        trace?.released()
        return s
    }

    /// Takes the lock back at the saved level. A KeyboardInterrupt must not leave the
    /// caller (Condition.wait) without its lock, so only termination ends this wait.
    func restore(_ ts: ThreadState, count saved: Int, owner savedOwner: Int) throws {
        _ = try BlockingWait.wait(ts, on: monitor, deadline: nil, interruptedBy: .terminationOnly, resource: self) {
            claim(savedOwner, count: saved)
        }
        trace?.acquired(by: ts)
    }

    /// With `monitor.mutex` held.
    private func claim(_ thread: Int, count levels: Int) -> Bool {
        guard owner == 0 else { return false }
        owner = thread
        count = levels
        return true
    }
}
