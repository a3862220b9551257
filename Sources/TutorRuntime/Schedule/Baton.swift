/// One thread's permission to run, as a binary semaphore with its own mutex, so
/// handing the baton over never makes the woken thread contend for the
/// scheduler's mutex. (Spinning before parking was measured: slower, since on two
/// cores the spinner mostly steals time from the thread it waits for.)
final class Baton {
    private let mutex = Mutex()
    private let condition = Condition()
    private var posted = false

    func post() {
        mutex.lock()
        posted = true
        condition.signal()
        mutex.unlock()
    }

    /// Returns once the baton has been posted, consuming it.
    func wait() {
        mutex.lock()
        while !posted { condition.wait(mutex) }
        posted = false
        mutex.unlock()
    }
}
