import Atomics
import Glibc

/// The state of one interpreter thread: its frame stack, recursion depth and
/// eval breaker. Objects are shared between threads; thread states are not.
public final class ThreadState {
    public struct BreakerFlags {
        /// Another thread wants the GIL, or the scheduler wants a decision.
        public static let gilDropRequest = 1
        /// An asynchronous exception (KeyboardInterrupt, a time limit) is pending.
        public static let pendingException = 2
        /// The deterministic scheduler counts every switch point.
        public static let scheduler = 4
    }

    public let interpreter: Interpreter
    /// Not retained: every running frame is kept alive by its caller's `run`.
    public internal(set) unowned(unsafe) var currentFrame: Frame?
    var depth = 0
    /// Polled by the evaluation loop at every switch point; any non-zero value
    /// sends the thread to `handleEvalBreaker`.
    public let evalBreaker: UnsafeAtomic<Int>
    /// Raised at the next switch point when `pendingException` is set.
    public var pendingException: PyException?
    private let pendingLock = Lock()
    public var name: String
    /// Whatever the runtime layer keeps per thread (its Thread object, scheduler slot).
    public var runtimeData: AnyObject?
    /// The lowest stack address this thread may use before RecursionError is raised
    /// regardless of the recursion limit (0 = unknown).
    var stackLimit: UInt = 0
    /// Containers whose repr is being computed, to print `[...]` for cycles.
    var reprInProgress: Set<ObjectIdentifier> = []

    public init(interpreter: Interpreter, name: String) {
        self.interpreter = interpreter
        self.name = name
        evalBreaker = .create(0)
    }

    deinit { evalBreaker.destroy() }

    /// Set once a run must end (time limit, the tutor shutting it down): every later
    /// switch point raises `terminationReason` again, so `except:` cannot swallow it.
    public private(set) var terminationReason: PyException?

    /// Stops this thread's Python code at its next switch point, for good.
    public func terminate(_ reason: PyException) {
        pendingLock.lock()
        terminationReason = reason
        pendingLock.unlock()
        _ = evalBreaker.loadThenBitwiseOr(with: BreakerFlags.pendingException, ordering: .sequentiallyConsistent)
    }

    /// Schedules an exception to be raised in this thread at its next switch point.
    public func raiseAsynchronously(_ e: PyException) {
        pendingLock.lock()
        pendingException = e
        pendingLock.unlock()
        _ = evalBreaker.loadThenBitwiseOr(with: BreakerFlags.pendingException, ordering: .sequentiallyConsistent)
    }

    func handleEvalBreaker() throws {
        let flags = evalBreaker.load(ordering: .acquiring)
        if flags & BreakerFlags.pendingException != 0 { try raisePendingException() }
        if flags & ~BreakerFlags.pendingException != 0, let c = interpreter.controller {
            try c.evalBreakerTripped(self)
        }
    }

    /// Throws the termination reason or the pending asynchronous exception, if any.
    /// Blocking waits (locks, sleep, join) call it when they wake early because
    /// `pendingException` was flagged, so Ctrl-C and time limits interrupt them.
    public func raisePendingException() throws {
        pendingLock.lock()
        if let reason = terminationReason {
            pendingLock.unlock()
            throw reason
        }
        let e = pendingException
        pendingException = nil
        pendingLock.unlock()
        _ = evalBreaker.loadThenBitwiseAnd(with: ~BreakerFlags.pendingException, ordering: .sequentiallyConsistent)
        if let e = e { throw e }
    }

    /// Records how far the calling thread's stack may grow, so deep recursion
    /// raises RecursionError before the native stack runs out. `stackSize` is the
    /// thread's stack size (the main thread's comes from RLIMIT_STACK).
    public func captureStackLimit(stackSize: Int? = nil, reserve: Int = 256 * 1024) {
        var size = stackSize ?? ThreadStackSize.current ?? 0
        if size == 0 {
            var limit = rlimit()
            if getrlimit(__rlimit_resource_t(RLIMIT_STACK.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max, limit.rlim_cur > 0 {
                size = Int(limit.rlim_cur)
            } else {
                size = 8 * 1024 * 1024
            }
        }
        var marker: UInt8 = 0
        let here = withUnsafePointer(to: &marker) { UInt(bitPattern: $0) }
        let usable = UInt(max(size - reserve, size / 2))
        stackLimit = here > usable ? here - usable : 0
    }

    /// The exception currently being handled (sys.exc_info), searching outward.
    public var handledException: PyException? {
        var f = currentFrame
        while let frame = f {
            if let e = frame.handledExceptions.last { return e }
            f = frame.back
        }
        return nil
    }

    /// Runs a blocking operation with the GIL released, so other threads can run.
    public func blocking<T>(_ body: () throws -> T) rethrows -> T {
        guard let c = interpreter.controller else { return try body() }
        c.releaseForBlocking(self)
        defer { c.reacquireAfterBlocking(self) }
        return try body()
    }

    // MARK: the current thread

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    /// The thread state of the calling OS thread, if it runs Python code.
    public static var current: ThreadState? {
        guard let p = pthread_getspecific(key) else { return nil }
        return Unmanaged<ThreadState>.fromOpaque(p).takeUnretainedValue()
    }

    /// Binds this thread state to the calling OS thread (the caller keeps it alive).
    public func makeCurrent(stackSize: Int? = nil) {
        pthread_setspecific(ThreadState.key, Unmanaged.passUnretained(self).toOpaque())
        if stackLimit == 0 { captureStackLimit(stackSize: stackSize) }
    }

    public static func clearCurrent() {
        pthread_setspecific(key, nil)
    }
}
