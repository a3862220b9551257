import Atomics
import Glibc
import TutorLanguage

/// How a real-time run's program time relates to wall time: the one place that
/// converts between them. With `--time-scale K`, program time runs K times faster
/// than the wall clock from `origin` (the moment the run was installed): every
/// clock the program reads (`time.time()`, `time.monotonic()`, `loop.time()`)
/// advances K seconds per wall second, and every wait it starts (a sleep, a
/// timeout) lasts 1/K of its program duration in wall time. Deadlines stay on the
/// wall (monotonic) clock, so the waits themselves are unchanged.
///
/// A run without a scale has no run clock and pays nothing; a scheduled run has
/// none either, since its virtual clock wins.
final class RunClock {
    let scale: Double
    /// The wall (monotonic) instant the run started, in nanoseconds.
    let origin: UInt64
    /// `time.time()` at `origin`.
    let originRealtime: Double

    init(scale: Double) {
        self.scale = scale
        origin = Deadline.now.nanoseconds
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        originRealtime = Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// The wall time a wait of `seconds` of program time lasts.
    func wallSeconds(forProgram seconds: Double) -> Double { seconds / scale }

    /// Program time elapsed since the run started, in nanoseconds.
    func programElapsed(wall: Deadline = .now) -> Double {
        Double(Int64(bitPattern: wall.nanoseconds &- origin)) * scale
    }

    /// `clock`'s reading as the program sees it: the realtime and monotonic clocks
    /// run scaled from the origin; CPU-time clocks (nil) are not waits, so they are
    /// left alone.
    func read(_ clock: clockid_t) -> (seconds: Double, nanoseconds: Int)? {
        let elapsed = programElapsed()
        if clock == CLOCK_REALTIME {
            let seconds = originRealtime + elapsed * 1e-9
            return (seconds, Int(originRealtime * 1e9) + Int(elapsed))
        }
        if clock == CLOCK_MONOTONIC {
            let ns = Double(origin) + elapsed
            return (ns * 1e-9, Int(ns))
        }
        return nil
    }

    // MARK: one run clock per interpreter

    private struct Entry {
        weak var interpreter: Interpreter?
        let clock: RunClock
    }
    private static let installedCount = ManagedAtomic<Int>(0)
    private static let registryMutex = Mutex()
    private static var registry: [ObjectIdentifier: Entry] = [:]

    /// Makes `clock` the run clock of `interpreter`'s run.
    static func install(_ clock: RunClock, for interpreter: Interpreter) {
        registryMutex.withLock {
            registry = registry.filter { $0.value.interpreter != nil }
            registry[ObjectIdentifier(interpreter)] = Entry(interpreter: interpreter, clock: clock)
            installedCount.store(registry.count, ordering: .sequentiallyConsistent)
        }
    }

    /// The run clock of `interpreter`, nil when its time is not scaled.
    static func of(_ interpreter: Interpreter) -> RunClock? {
        if installedCount.load(ordering: .relaxed) == 0 { return nil }
        return registryMutex.withLock {
            guard let entry = registry[ObjectIdentifier(interpreter)], entry.interpreter === interpreter else { return nil }
            return entry.clock
        }
    }

    /// The run clock `ts` waits and reads time by: nil in a scheduled run (virtual
    /// time) or an unscaled one.
    static func of(_ ts: ThreadState) -> RunClock? {
        ts.scheduler == nil ? of(ts.interpreter) : nil
    }
}
