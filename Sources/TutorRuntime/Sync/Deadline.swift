import Glibc
import TutorLanguage

/// A point in time on the monotonic clock, in nanoseconds.
struct Deadline: Comparable {
    var nanoseconds: UInt64

    static var now: Deadline {
        var t = Glibc.timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Deadline(nanoseconds: UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec))
    }

    /// `seconds` from now; huge values saturate instead of overflowing.
    static func after(seconds: Double) -> Deadline {
        now.adding(seconds: seconds)
    }

    /// `seconds` from now on `ts`'s clock: virtual time in a scheduled run. Virtual
    /// deadlines round up, so a positive timeout always moves the clock: otherwise
    /// a loop like Semaphore.acquire's, waiting out a remainder of 1e-17 s, would
    /// never see time pass. In a time-scaled run, `seconds` of program time last
    /// what the run clock says in wall time.
    static func after(seconds: Double, on ts: ThreadState) -> Deadline {
        guard let scheduler = ts.scheduler else {
            guard let clock = RunClock.of(ts.interpreter) else { return now.adding(seconds: seconds) }
            return now.adding(seconds: clock.wallSeconds(forProgram: seconds))
        }
        return scheduler.now.adding(seconds: seconds, roundingUp: true)
    }

    func adding(seconds: Double, roundingUp: Bool = false) -> Deadline {
        let delta = roundingUp ? (seconds * 1e9).rounded(.up) : seconds * 1e9
        if !(delta < Double(UInt64.max / 2)) { return Deadline(nanoseconds: UInt64.max / 2) }
        return Deadline(nanoseconds: nanoseconds &+ UInt64(max(0, delta)))
    }

    func seconds(since other: Deadline) -> Double {
        Double(Int64(bitPattern: nanoseconds &- other.nanoseconds)) / 1e9
    }

    var timespec: Glibc.timespec {
        Glibc.timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
    }

    static func < (a: Deadline, b: Deadline) -> Bool { a.nanoseconds < b.nanoseconds }
}
