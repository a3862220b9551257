import TutorLanguage

extension RuntimeState {
    /// How long shutdown waits for terminated threads to leave Python code. Only a
    /// thread blocked outside the runtime's waits (reading stdin) takes that long;
    /// it is then abandoned and can never take the GIL again while the main thread
    /// holds it.
    static let stopTimeout = 1.0

    /// The at-exit hook, run by the main thread after the main module: like CPython's
    /// `threading._shutdown`, it wakes joiners of the main thread, runs the callbacks
    /// `threading._register_atexit` collected, and waits for every non-daemon thread.
    /// Daemon threads are then stopped, so no thread outlives the run. If the main
    /// thread was terminated (time limit) or interrupted meanwhile, every thread is
    /// stopped instead of waited for.
    func shutdown(_ ts: ThreadState) throws {
        if let main = ts.runtimeData as? ThreadRecord, ts === interpreter.mainThread { main.markFinished() }
        if let reason = ts.terminationReason {
            // Already reported by the main module; just end the other threads.
            stopAllThreads(ts, reason: reason)
            return
        }
        do {
            try runThreadingExitCallbacks(ts)
            try joinNonDaemonThreads(ts)
        } catch {
            stopAllThreads(ts, reason: ts.terminationReason ?? PyException(type: BuiltinTypes.systemExit, args: []))
            throw error
        }
        stopAllThreads(ts, reason: PyException(type: BuiltinTypes.systemExit, args: []))
    }

    private func runThreadingExitCallbacks(_ ts: ThreadState) throws {
        guard let threading = interpreter.modules["threading"],
              let run = threading.dict.getString("_run_exit_callbacks") else { return }
        _ = try ts.call(run, [])
    }

    private func joinNonDaemonThreads(_ ts: ThreadState) throws {
        // Threads may start others while we wait, so look again until none is left.
        while let next = runningThreads.first(where: { !$0.isDaemon }) {
            _ = try next.waitUntilFinished(ts, deadline: nil)
        }
    }

    /// Terminates every thread still running and waits a bounded time for them.
    private func stopAllThreads(_ ts: ThreadState, reason: PyException) {
        let threads = runningThreads
        for record in threads { record.threadState?.terminate(reason) }
        // A bound of the runtime's own, not a program wait: never time-scaled.
        let deadline = ts.scheduler == nil ? Deadline.after(seconds: Self.stopTimeout)
                                           : Deadline.after(seconds: Self.stopTimeout, on: ts)
        for record in threads {
            _ = try? record.waitUntilFinished(ts, deadline: deadline, interruptedBy: .none)
        }
        uninstallGILIfAlone()
    }
}
