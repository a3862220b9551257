import Atomics
import TutorLanguage

/// The global interpreter lock: at most one interpreter thread runs Python code.
///
/// Hand-off protocol (CPython's, see docs/ARCHITECTURE.md "Threads and the GIL"):
///
/// 1. A thread that wants the GIL while another holds it waits on `released` for one
///    switch interval. If the interval passes and the same holder still has it (no
///    hand-off happened meanwhile), the waiter sets the holder's `gilDropRequest`
///    eval breaker bit and keeps waiting.
/// 2. The holder sees the bit at its next switch point (`evalBreakerTripped`),
///    releases the GIL and then waits on `taken` until another thread has taken it
///    (FORCE_SWITCHING), so it cannot immediately win the GIL back.
/// 3. Threads release the GIL around blocking calls (`releaseForBlocking`) and take
///    it back afterwards like any waiter.
///
/// Every field is guarded by `mutex`; `mutex` is never held while waiting for
/// anything but the two conditions, so GIL operations cannot deadlock with each other
/// or with the runtime's other locks.
final class GIL: ExecutionController {
    private let mutex = Mutex()
    /// Signalled when the GIL becomes free.
    private let released = Condition()
    /// Broadcast whenever a thread takes the GIL.
    private let taken = Condition()
    private var holder: ThreadState?
    /// Counts acquisitions, so waiters can tell whether a hand-off happened.
    private var switchCount: UInt64 = 0
    private var waiters = 0
    private var interval: Double
    /// Records hand-offs when the run has a timeline (`tutor run --timeline`).
    private let timeline: Timeline?
    /// With a switch point at every instruction, a drop request is honoured only
    /// after a random number of further instructions (0 to 31), drawn when the
    /// request is first seen. Requests arrive at random *times*, which favours the
    /// slow instructions (calls, returns); the delay spreads switches evenly over
    /// instruction boundaries instead, so a switch between the load and the store
    /// of `x += 1` is as likely as the statement's share of instructions, and the
    /// lectures' unlocked counter loses updates in most runs, not just some.
    /// Holder-only state (read and written by the thread holding the GIL).
    private var dropDelay = -1
    private var delayRandom: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The GIL starts out held by `holder`, the thread creating the first extra thread.
    init(holder: ThreadState, interval: Double) {
        self.holder = holder
        self.interval = interval
        switchCount = 1
        timeline = Timeline.current(holder)
        timeline?.gilAcquired(holder)
    }

    var switchInterval: Double {
        get { mutex.withLock { interval } }
        set { mutex.withLock { interval = newValue } }
    }

    func acquire(_ ts: ThreadState) {
        mutex.lock()
        take(ts)
        mutex.unlock()
    }

    func release(_ ts: ThreadState) {
        mutex.lock()
        give(ts)
        mutex.unlock()
    }

    // MARK: ExecutionController

    func evalBreakerTripped(_ ts: ThreadState) throws {
        guard ts.evalBreaker.load(ordering: .acquiring) & ThreadState.BreakerFlags.gilDropRequest != 0 else { return }
        if ts.interpreter.switchPoints == .everyInstruction {
            if dropDelay < 0 {
                // xorshift64: cheap, and exact reproducibility is not needed here
                // (real-time runs are not deterministic anyway).
                delayRandom ^= delayRandom << 13
                delayRandom ^= delayRandom >> 7
                delayRandom ^= delayRandom << 17
                dropDelay = Int(delayRandom & 31)
            }
            if dropDelay > 0 {
                dropDelay -= 1
                return
            }
            dropDelay = -1
        }
        mutex.lock()
        defer { mutex.unlock() }
        // A request is only honoured while someone is still waiting for it.
        guard holder === ts, waiters > 0 else {
            clearDropRequest(ts)
            return
        }
        give(ts)
        let before = switchCount
        while switchCount == before { taken.wait(mutex) }
        take(ts)
    }

    func releaseForBlocking(_ ts: ThreadState) { release(ts) }

    func reacquireAfterBlocking(_ ts: ThreadState) { acquire(ts) }

    // MARK: with `mutex` held

    private func take(_ ts: ThreadState) {
        if holder != nil {
            timeline?.gilWaiting(ts)
            waiters += 1
            while let current = holder {
                let before = switchCount
                let signalled = released.wait(mutex, until: .after(seconds: max(interval, 1e-6)))
                if !signalled, let h = holder, h === current, switchCount == before {
                    _ = h.evalBreaker.loadThenBitwiseOr(with: ThreadState.BreakerFlags.gilDropRequest,
                                                        ordering: .sequentiallyConsistent)
                }
            }
            waiters -= 1
        }
        holder = ts
        timeline?.gilAcquired(ts)
        switchCount &+= 1
        clearDropRequest(ts)
        taken.broadcast()
    }

    private func give(_ ts: ThreadState) {
        assert(holder === ts, "a thread released the GIL it does not hold")
        holder = nil
        timeline?.gilReleased(ts)
        clearDropRequest(ts)
        if waiters > 0 { released.signal() }
    }

    /// Drop-request bits are only set (under `mutex`) on the current holder, and are
    /// cleared whenever a thread takes or gives the GIL, so a stale bit never survives.
    private func clearDropRequest(_ ts: ThreadState) {
        _ = ts.evalBreaker.loadThenBitwiseAnd(with: ~ThreadState.BreakerFlags.gilDropRequest,
                                              ordering: .sequentiallyConsistent)
    }
}
