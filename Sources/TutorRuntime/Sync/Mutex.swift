import Glibc

/// A pthread mutex. The runtime's own state (the GIL, lock objects, thread records)
/// is guarded by these; Python objects are guarded by the GIL alone.
final class Mutex {
    fileprivate let raw: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        raw = .allocate(capacity: 1)
        raw.initialize(to: pthread_mutex_t())
        pthread_mutex_init(raw, nil)
    }

    deinit {
        pthread_mutex_destroy(raw)
        raw.deallocate()
    }

    func lock() { pthread_mutex_lock(raw) }
    func unlock() { pthread_mutex_unlock(raw) }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}

/// A condition variable whose timed waits use the monotonic clock, so changing
/// the wall clock cannot stretch or cut a timeout.
final class Condition {
    private let raw: UnsafeMutablePointer<pthread_cond_t>

    init() {
        raw = .allocate(capacity: 1)
        raw.initialize(to: pthread_cond_t())
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(raw, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(raw)
        raw.deallocate()
    }

    /// Waits (the caller holds `mutex`) until signalled; wakeups may be spurious.
    func wait(_ mutex: Mutex) { pthread_cond_wait(raw, mutex.raw) }

    /// Waits until signalled or `deadline`; returns false when the deadline passed.
    @discardableResult
    func wait(_ mutex: Mutex, until deadline: Deadline) -> Bool {
        var time = deadline.timespec
        return pthread_cond_timedwait(raw, mutex.raw, &time) != ETIMEDOUT
    }

    func signal() { pthread_cond_signal(raw) }
    func broadcast() { pthread_cond_broadcast(raw) }
}

/// A mutex with one condition: the shape every blocking primitive needs.
final class Monitor {
    let mutex = Mutex()
    let condition = Condition()
}
