import Atomics
import TutorLanguage

/// Every wait a Python program can block in (lock acquire, join, sleep, queue get)
/// goes through here. The wait:
///
/// - releases the GIL first and takes it back last, so other threads run and no
///   thread ever waits for the GIL while holding a primitive's mutex (the lock
///   order is always GIL, then primitive mutex);
/// - sleeps in slices of at most `slice` seconds and, between slices, looks at the
///   thread's eval breaker: a pending KeyboardInterrupt or termination (time limit)
///   ends the wait and is raised, so a blocked thread can always be stopped.
enum BlockingWait {
    static let slice = 0.05

    /// Waits until `ready` returns true or `deadline` passes; returns whether `ready`
    /// succeeded. `ready` runs with `monitor.mutex` held and may claim the resource
    /// (take the lock) in the same step; it must not touch Python objects.
    static func wait(_ ts: ThreadState, on monitor: Monitor, deadline: Deadline?,
                     interruptedBy interruption: Interruption = .any, resource: AnyObject? = nil,
                     timelineKind: Timeline.WaitKind? = nil, until ready: () -> Bool) throws -> Bool {
        let timeline = Timeline.current(ts)
        let kind = timeline == nil ? .none : (timelineKind ?? Timeline.waitKind(of: resource))
        timeline?.waitBegan(ts, kind, resource: resource)
        if let scheduler = ts.scheduler {
            defer { timeline?.waitEnded(ts, kind, resource: resource) }
            return try scheduler.wait(ts, on: monitor, deadline: deadline, interruptedBy: interruption,
                                      resource: resource, until: ready)
        }
        var satisfied = false
        var interrupted = false
        // A wait only another thread can end (no timeout, not a bounded cleanup).
        let watch = deadline == nil && interruption != .none ? DeadlockWatch.of(ts) : nil
        watch?.began(ts, resource: resource)
        defer { watch?.ended(ts) }
        ts.blocking {
            monitor.mutex.lock()
            while true {
                if ready() {
                    satisfied = true
                    break
                }
                if interruption.stops(ts) {
                    interrupted = true
                    break
                }
                let now = Deadline.now
                if let d = deadline, d <= now { break }
                var wake = now.adding(seconds: slice)
                if let d = deadline, d < wake { wake = d }
                monitor.condition.wait(monitor.mutex, until: wake)
            }
            monitor.mutex.unlock()
            // Before the GIL is taken back: waiting for it shows as such.
            timeline?.waitEnded(ts, kind, resource: resource)
        }
        if interrupted { try ts.raisePendingException() }
        return satisfied
    }

    /// Sleeps for `seconds` with the GIL released; interruptible like `wait`.
    static func sleep(_ ts: ThreadState, seconds: Double) throws {
        let deadline = Deadline.after(seconds: seconds, on: ts)
        _ = try wait(ts, on: Monitor(), deadline: deadline, timelineKind: .sleep) { false }
    }
}

/// What may end a wait early.
enum Interruption {
    /// KeyboardInterrupt and termination: every wait Python code starts.
    case any
    /// Only termination: waits that must not be left half-done by a KeyboardInterrupt
    /// (re-taking a condition's lock), yet must not outlive a terminated run.
    case terminationOnly
    /// Nothing: bounded cleanup waits during shutdown.
    case none

    func stops(_ ts: ThreadState) -> Bool {
        switch self {
        case .any: return ts.hasPendingInterruption
        case .terminationOnly: return ts.hasPendingInterruption && ts.terminationReason != nil
        case .none: return false
        }
    }
}

extension ThreadState {
    /// A KeyboardInterrupt or termination waits to be raised in this thread.
    var hasPendingInterruption: Bool {
        evalBreaker.load(ordering: .acquiring) & BreakerFlags.pendingException != 0
    }
}
