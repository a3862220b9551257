import Atomics
import TutorLanguage

/// Records what each thread and asyncio task of one run does, and when: thread
/// start and end, GIL hand-offs, sleeps and lock waits, task steps. Times come
/// from the run's clock: real monotonic time, or the scheduler's virtual clock in
/// a `--schedule` run. See docs/ARCHITECTURE.md, "Timelines".
///
/// Off (the normal case) it costs one relaxed atomic load per hook: `current(_:)`
/// returns nil while no timeline is attached to any interpreter. On, every event
/// takes one leaf mutex, and at most `capacity` events are kept.
public final class Timeline {
    public enum Kind: UInt8 {
        case threadStart, threadEnd
        /// The thread wants the GIL while another thread holds it.
        case gilWait
        case gilAcquire, gilRelease
        /// A blocking wait (sleep, lock, join, the event loop's idle wait) begins or ends.
        case waitBegin, waitEnd
        case lockAcquire, lockRelease
        /// One step of an asyncio task (a send/throw into its coroutine).
        case taskStepBegin, taskStepEnd
        case taskEnd
    }

    public enum WaitKind: UInt8 {
        case none, sleep, lock, join, idle
    }

    public struct Event {
        /// Nanoseconds since the timeline started (virtual: since the run started).
        public var time: UInt64
        public var kind: Kind
        public var wait: WaitKind
        public var track: Int32
        /// The lock of a lock event (an index into `lockNames`), or the line a task
        /// awaits at after a step; -1 when none.
        public var detail: Int32
    }

    public struct Track {
        public var name: String
        public var isTask: Bool
        /// For a task, the thread track its loop runs on.
        public var thread: Int32
    }

    public static let defaultCapacity = 200_000

    public let capacity: Int
    public private(set) var events: [Event] = []
    public private(set) var tracks: [Track] = []
    /// Names of the locks lock events refer to (resolved by `finish()`).
    public private(set) var lockNames: [String] = []
    public private(set) var truncated = false
    /// Whether times are the scheduler's virtual clock.
    public private(set) var isVirtual = false
    /// The time `finish()` was called: the end of the run.
    public private(set) var endTime: UInt64 = 0

    private let mutex = Mutex()
    private var origin: UInt64 = 0
    private weak var scheduler: Scheduler?
    /// A time-scaled run's clock: times are then program time, as the program sees it.
    private var runClock: RunClock?
    private weak var interpreter: Interpreter?
    private var finished = false
    private var threadTracks: [ObjectIdentifier: Int32] = [:]
    private var taskTracks: [ObjectIdentifier: Int32] = [:]
    private var lockIndex: [ObjectIdentifier: Int32] = [:]
    private var lockObjects: [(object: AnyObject, line: Int?)] = []
    private var taskNameCounts: [String: Int] = [:]
    /// Keeps keyed objects alive so their identities are not reused during the run.
    private var keepAlive: [AnyObject] = []

    public init(capacity: Int = Timeline.defaultCapacity) {
        self.capacity = max(16, capacity)
    }

    // MARK: attaching

    private static let attachedCount = ManagedAtomic<Int>(0)
    private static let registryMutex = Mutex()
    private static var registry: [ObjectIdentifier: Timeline] = [:]

    /// Starts recording `interpreter`'s run. Call after `Runtime.install`, before
    /// the program runs; the main thread's row starts now.
    public func attach(to interpreter: Interpreter) {
        self.interpreter = interpreter
        scheduler = interpreter.controller as? Scheduler
        isVirtual = scheduler != nil
        runClock = isVirtual ? nil : RunClock.of(interpreter)
        origin = isVirtual ? 0 : Deadline.now.nanoseconds
        Timeline.registryMutex.withLock { Timeline.registry[ObjectIdentifier(interpreter)] = self }
        Timeline.attachedCount.wrappingIncrement(ordering: .sequentiallyConsistent)
        record(.threadStart, track: threadTrack(interpreter.mainThread))
    }

    /// Ends recording: closes every row still open at the current time, names the
    /// locks (by the `__main__` global bound to them, else their creation line) and
    /// detaches. Call once the program (and its threads) have ended.
    public func finish() {
        guard let interpreter = interpreter, !finished else { return }
        let end = now()
        var names: [String] = []
        let main = interpreter.modules["__main__"]
        mutex.withLock {
            endTime = end
            finished = true
            var open = Set<Int32>()
            var endedTasks = Set<Int32>()
            for e in events {
                switch e.kind {
                case .threadStart, .taskStepBegin: open.insert(e.track)
                case .threadEnd: open.remove(e.track)
                case .taskEnd: open.remove(e.track); endedTasks.insert(e.track)
                default: break
                }
            }
            for t in open.sorted() {
                let kind: Kind = tracks[Int(t)].isTask ? .taskEnd : .threadEnd
                events.append(Event(time: end, kind: kind, wait: .none, track: t, detail: -1))
            }
            for (object, line) in lockObjects {
                names.append(Timeline.lockName(object, line: line, main: main))
            }
            lockNames = names
            keepAlive.removeAll()
            lockObjects.removeAll()
        }
        Timeline.registryMutex.withLock { Timeline.registry[ObjectIdentifier(interpreter)] = nil }
        Timeline.attachedCount.wrappingDecrement(ordering: .sequentiallyConsistent)
    }

    private static func lockName(_ lock: AnyObject, line: Int?, main: PyModule?) -> String {
        if let main = main {
            for (key, value) in main.dict.entries {
                if case .object(let o) = value, o === lock, case .object(let k as PyStr) = key { return k.value }
            }
        }
        if let line = line { return "lock (line \(line))" }
        return "lock"
    }

    /// The timeline recording `ts`'s run, if any. One atomic load when none is.
    @inline(__always)
    static func current(_ ts: ThreadState) -> Timeline? {
        if attachedCount.load(ordering: .relaxed) == 0 { return nil }
        return lookup(ts.interpreter)
    }

    /// Whether any timeline records at all (for hooks without a thread at hand).
    @inline(__always)
    static var isRecording: Bool { attachedCount.load(ordering: .relaxed) != 0 }

    @inline(never)
    private static func lookup(_ interpreter: Interpreter) -> Timeline? {
        registryMutex.withLock { registry[ObjectIdentifier(interpreter)] }
    }

    // MARK: the clock

    private func now() -> UInt64 {
        // The virtual clock is written only by the baton holder, and every hook runs
        // on the baton holder, as `time.monotonic()` does.
        if let s = scheduler { return s.clock }
        let wall = Deadline.now.nanoseconds &- origin
        if let c = runClock { return UInt64(max(0, Double(wall) * c.scale)) }
        return wall
    }

    // MARK: recording

    private func record(_ kind: Kind, track: Int32, wait: WaitKind = .none, detail: Int32 = -1) {
        let virtualTime = isVirtual ? now() : 0
        mutex.withLock {
            guard !finished else { return }
            if events.count >= capacity {
                truncated = true
                return
            }
            let t = isVirtual ? virtualTime : now()
            events.append(Event(time: t, kind: kind, wait: wait, track: track, detail: detail))
        }
    }

    private func threadTrack(_ ts: ThreadState) -> Int32 {
        mutex.withLock { threadTrackLocked(ts, name: nil) }
    }

    /// With `mutex` held.
    private func threadTrackLocked(_ ts: ThreadState, name: String?) -> Int32 {
        let key = ObjectIdentifier(ts)
        if let t = threadTracks[key] {
            if let name = name { tracks[Int(t)].name = name }
            return t
        }
        let t = Int32(tracks.count)
        let isMain = ts === interpreter?.mainThread
        tracks.append(Track(name: name ?? (isMain ? "MainThread" : "Thread"), isTask: false, thread: t))
        threadTracks[key] = t
        keepAlive.append(ts)
        return t
    }

    // MARK: hooks (called by the runtime)

    /// A thread is being started by `caller` under the name Python gave it.
    func nameThread(_ ts: ThreadState, _ name: String?) {
        mutex.withLock { _ = threadTrackLocked(ts, name: name ?? "Thread") }
    }

    func threadStarted(_ ts: ThreadState) { record(.threadStart, track: threadTrack(ts)) }
    func threadEnded(_ ts: ThreadState) { record(.threadEnd, track: threadTrack(ts)) }
    func gilWaiting(_ ts: ThreadState) { record(.gilWait, track: threadTrack(ts)) }
    func gilAcquired(_ ts: ThreadState) { record(.gilAcquire, track: threadTrack(ts)) }
    func gilReleased(_ ts: ThreadState) { record(.gilRelease, track: threadTrack(ts)) }

    func waitBegan(_ ts: ThreadState, _ kind: WaitKind, resource: AnyObject?) {
        let lock = kind == .lock ? lockID(resource) : -1
        record(.waitBegin, track: threadTrack(ts), wait: kind, detail: lock)
    }

    func waitEnded(_ ts: ThreadState, _ kind: WaitKind, resource: AnyObject?) {
        let lock = kind == .lock ? lockID(resource) : -1
        record(.waitEnd, track: threadTrack(ts), wait: kind, detail: lock)
    }

    func lockAcquired(_ ts: ThreadState, _ lock: AnyObject) {
        record(.lockAcquire, track: threadTrack(ts), detail: lockID(lock))
    }

    func lockReleased(_ ts: ThreadState, _ lock: AnyObject) {
        record(.lockRelease, track: threadTrack(ts), detail: lockID(lock))
    }

    private func lockID(_ resource: AnyObject?) -> Int32 {
        guard let r = resource else { return -1 }
        let line = (r as? PyLock)?.timelineLine ?? (r as? PyLock)?.trace?.createdLine
        return mutex.withLock {
            if let i = lockIndex[ObjectIdentifier(r)] { return i }
            let i = Int32(lockObjects.count)
            lockObjects.append((r, line))
            lockIndex[ObjectIdentifier(r)] = i
            return i
        }
    }

    /// A task's coroutine is about to take one step; its row starts at its first.
    /// `name` is asked for only then.
    func taskStepBegan(_ ts: ThreadState, coroutine: AnyObject, name: () -> String) {
        let key = ObjectIdentifier(coroutine)
        let known = mutex.withLock { taskTracks[key] }
        let track: Int32
        if let t = known {
            track = t
        } else {
            let base = name()
            let thread = threadTrack(ts)
            track = mutex.withLock {
                let n = (taskNameCounts[base] ?? 0) + 1
                taskNameCounts[base] = n
                let t = Int32(tracks.count)
                tracks.append(Track(name: n == 1 ? base : "\(base)#\(n)", isTask: true, thread: thread))
                taskTracks[key] = t
                keepAlive.append(coroutine)
                return t
            }
        }
        record(.taskStepBegin, track: track)
    }

    /// The step ended: the task now awaits at `line`, or, if `done`, it has finished.
    func taskStepEnded(_ ts: ThreadState, coroutine: AnyObject, done: Bool, line: Int?) {
        guard let track = mutex.withLock({ taskTracks[ObjectIdentifier(coroutine)] }) else { return }
        record(.taskStepEnd, track: track, detail: Int32(clamping: line ?? -1))
        if done { record(.taskEnd, track: track) }
    }
}

extension Timeline {
    /// What a blocking wait on `resource` is, for its row.
    static func waitKind(of resource: AnyObject?) -> WaitKind {
        switch resource {
        case is PyLock, is PyRLock: return .lock
        case is ThreadRecord: return .join
        default: return .idle
        }
    }

    /// The row name of the task stepping `coroutine`: its coroutine's name, with
    /// the task's name when the loop's `_current_tasks` shows which task it is.
    static func taskName(_ ts: ThreadState, asyncio: PyModule, coroutine: AnyObject) -> String {
        let base = (coroutine as? PyGenerator)?.qualifiedName ?? "task"
        guard case .object(let current as PyDict)? = asyncio.dict.getString("_current_tasks") else { return base }
        for (_, task) in current.entries {
            if case .object(let c)? = try? ts.getAttribute(task, "_coro"), c === coroutine,
               case .object(let n as PyStr)? = try? ts.getAttribute(task, "_name") {
                return "\(base) (\(n.value))"
            }
        }
        return base
    }
}
