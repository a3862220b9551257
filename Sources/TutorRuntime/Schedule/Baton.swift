import Atomics
import Glibc

/// One thread's permission to run, as a binary semaphore. The waiter spins briefly
/// before parking because, in a scheduled run, the baton usually comes back within
/// microseconds; parking on every hand-off made futex wake-ups (and contention on
/// the scheduler's mutex) dominate runs that switch often.
final class Baton {
    private static let spins = 4000
    private let posted = ManagedAtomic<Bool>(false)
    private let mutex = Mutex()
    private let condition = Condition()
    /// Guarded by `mutex`: whether the owner is parked and needs a signal.
    private var parked = false

    func post() {
        posted.store(true, ordering: .releasing)
        mutex.lock()
        if parked { condition.signal() }
        mutex.unlock()
    }

    /// Returns once the baton has been posted, consuming it.
    func wait() {
        for _ in 0..<Baton.spins where take() { return }
        mutex.lock()
        parked = true
        while !take() { condition.wait(mutex) }
        parked = false
        mutex.unlock()
    }

    private func take() -> Bool {
        posted.compareExchange(expected: true, desired: false, ordering: .acquiring).exchanged
    }
}
