import TutorLanguage

/// The `blocking` and `timeout` arguments of `lock.acquire()` and `RLock.acquire()`.
struct AcquireArguments {
    let blocking: Bool
    /// nil: wait as long as it takes.
    let deadline: Deadline?

    init(_ ts: ThreadState, _ args: ArraySlice<Value>, _ kwargs: KeywordArguments) throws {
        let slots = try Arguments.bind("acquire", args, kwargs, names: ["blocking", "timeout"])
        blocking = try slots[0].map { try TimeValue.flag(ts, $0) } ?? true
        let timeout = try slots[1].map(TimeValue.seconds) ?? -1
        if !blocking && timeout != -1 {
            throw PyException.valueError("can't specify a timeout for a non-blocking call")
        }
        if timeout < 0 && timeout != -1 { throw PyException.valueError("timeout value must be positive") }
        if timeout > TimeValue.timeoutMax { throw PyException.overflowError("timeout value is too large") }
        deadline = timeout < 0 ? nil : Deadline.after(seconds: timeout, on: ts)
    }

    static let wait = AcquireArguments(blocking: true, deadline: nil)

    private init(blocking: Bool, deadline: Deadline?) {
        self.blocking = blocking
        self.deadline = deadline
    }
}
