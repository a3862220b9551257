import TutorLanguage

extension Scheduler {
    /// `BlockingWait.wait` in a scheduled run: instead of sleeping in the OS, the
    /// thread parks in the scheduler, which hands the baton to another thread and
    /// resolves the wait (success, virtual timeout or interruption) at a later
    /// decision. Same contract as `BlockingWait.wait`.
    func wait(_ ts: ThreadState, on monitor: Monitor, deadline: Deadline?, interruptedBy interruption: Interruption,
              resource: AnyObject?, until ready: () -> Bool) throws -> Bool {
        monitor.mutex.lock()
        let immediate = ready()
        monitor.mutex.unlock()
        if immediate { return true }
        if interruption.stops(ts) {
            try ts.raisePendingException()
            return false
        }
        let line = SourceLine.current(ts)
        let outcome: WaitOutcome = withoutActuallyEscaping(ready) { ready in
            // `ready` outlives this call only inside `pendingWait`, which is cleared
            // before `block` returns.
            block(ts, PendingWait(monitor: monitor, deadline: deadline, interruption: interruption,
                                  ready: ready, resource: resource, line: line))
        }
        if outcome == .interrupted { try ts.raisePendingException() }
        return outcome == .satisfied
    }

    private func block(_ ts: ThreadState, _ w: PendingWait) -> WaitOutcome {
        mutex.lock()
        defer { mutex.unlock() }
        guard let me = slot(for: ts) else { return .timedOut }
        me.wait = w
        pass(from: me)
        // `pass` returns only once our wait was resolved and we were picked.
        me.wait = nil
        return me.outcome
    }
}

/// The line of the program's own code a thread is at (skipping threading.py and
/// queue.py frames), for reports.
enum SourceLine {
    static func mainFile(_ interpreter: Interpreter) -> String? {
        guard let m = interpreter.modules["__main__"], case .object(let s as PyStr)? = m.dict.getString("__file__")
        else { return nil }
        return s.value
    }

    /// Whether `ts` is running the program's own code rather than a bundled
    /// module's (threading.py making a Condition's waiter lock).
    static func inProgram(_ ts: ThreadState) -> Bool {
        guard let f = ts.currentFrame, let main = mainFile(ts.interpreter) else { return true }
        return f.code.filename == main
    }

    /// The innermost frame of `ts` running code that is not a bundled module
    /// (threading.py, queue.py: their paths are CPython's, under /usr/lib, or
    /// `<...>`): where the program itself is, in the main file or a module it
    /// imported (a grader's driver importing the student's file).
    static func inProgramCode(_ ts: ThreadState) -> (file: String, line: Int)? {
        var f = ts.currentFrame
        while let frame = f {
            let name = frame.code.filename
            if !name.hasPrefix("/usr/lib/python3") && !name.hasPrefix("<") { return (name, frame.currentLine) }
            f = frame.back
        }
        return nil
    }

    static func current(_ ts: ThreadState) -> Int? {
        let mainFile = mainFile(ts.interpreter)
        var f = ts.currentFrame
        while let frame = f {
            if mainFile == nil || frame.code.filename == mainFile { return frame.currentLine }
            f = frame.back
        }
        return ts.currentFrame?.currentLine
    }
}
