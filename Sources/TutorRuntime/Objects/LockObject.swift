import TutorLanguage

/// `_thread.lock`, what `threading.Lock()` returns: a mutual-exclusion lock that
/// any thread may release.
final class PyLock: PyObject {
    static let pythonType: PyType = {
        let t = PyType.runtimeType("lock", module: "_thread")
        let acquire: NativeFunction = { ts, args, kwargs in
            let lock = try receiver(args, PyLock.self, "acquire", "_thread.lock")
            return .bool(try lock.acquire(ts, AcquireArguments(ts, args.dropFirst(), kwargs)))
        }
        let release: NativeFunction = { _, args, kwargs in
            try Arguments.exactly(0, "release", args.dropFirst(), kwargs)
            try receiver(args, PyLock.self, "release", "_thread.lock").release()
            return .none
        }
        let locked: NativeFunction = { _, args, kwargs in
            try Arguments.exactly(0, "locked", args.dropFirst(), kwargs)
            return .bool(try receiver(args, PyLock.self, "locked", "_thread.lock").isLocked)
        }
        for (name, body) in [("acquire", acquire), ("acquire_lock", acquire), ("release", release),
                             ("release_lock", release), ("locked", locked), ("locked_lock", locked)] {
            t.defineMethod(name, body)
        }
        t.defineMethod("__enter__") { ts, args, _ in
            .bool(try receiver(args, PyLock.self, "__enter__", "_thread.lock").acquire(ts, .wait))
        }
        t.defineMethod("__exit__") { _, args, _ in
            try receiver(args, PyLock.self, "__exit__", "_thread.lock").release()
            return .none
        }
        t.defineMethod("__repr__") { _, args, _ in
            let lock = try receiver(args, PyLock.self, "__repr__", "_thread.lock")
            return .str("<\(lock.isLocked ? "locked" : "unlocked") _thread.lock object at \(objectAddress(lock))>")
        }
        return t
    }()

    private let monitor = Monitor()
    /// Guarded by `monitor.mutex`: waiters change it without the GIL.
    private var held = false

    /// Holder and creation line for the deadlock report; only in scheduled runs.
    let trace: LockTrace?
    /// The program line that created the lock, kept only while a timeline records.
    let timelineLine: Int?

    init(trace: LockTrace? = nil) {
        self.trace = trace
        timelineLine = Timeline.isRecording ? ThreadState.current.flatMap { SourceLine.current($0) } : nil
        super.init(type: PyLock.pythonType)
        trace?.lock = self
    }

    var isLocked: Bool { monitor.mutex.withLock { held } }

    /// Takes the lock if it is free, without waiting.
    func tryAcquire() -> Bool {
        monitor.mutex.withLock {
            if held { return false }
            held = true
            return true
        }
    }

    func acquire(_ ts: ThreadState, _ a: AcquireArguments) throws -> Bool {
        // The uncontended case never touches the GIL.
        if tryAcquire() {
            trace?.acquired(by: ts)
            Timeline.current(ts)?.lockAcquired(ts, self)
            return true
        }
        if !a.blocking { return false }
        let acquired = try BlockingWait.wait(ts, on: monitor, deadline: a.deadline, resource: self) {
            if held { return false }
            held = true
            return true
        }
        if acquired {
            trace?.acquired(by: ts)
            Timeline.current(ts)?.lockAcquired(ts, self)
        }
        return acquired
    }

    func release() throws {
        let wasHeld: Bool = monitor.mutex.withLock {
            guard held else { return false }
            held = false
            monitor.condition.signal()
            return true
        }
        if !wasHeld { throw PyException.runtimeError("release unlocked lock") }
        trace?.released()
        if Timeline.isRecording, let ts = ThreadState.current { Timeline.current(ts)?.lockReleased(ts, self) }
    }
}
