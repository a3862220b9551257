import TutorLanguage

extension RuntimeState {
    /// `startThread` in a scheduled run. The new thread joins the schedule now, in
    /// program order; its OS thread then waits until the scheduler first picks it.
    /// It finishes (record marked, registry updated) while still holding the baton,
    /// so joiners observe the end of a thread at a deterministic point.
    func startScheduledThread(_ scheduler: Scheduler, daemon: Bool, entry: ThreadEntry) throws -> (ident: Int, record: ThreadRecord) {
        let ts = ThreadState(interpreter: interpreter, name: "Thread")
        let record = ThreadRecord(isDaemon: daemon)
        record.threadState = ts
        ts.runtimeData = record
        scheduler.assignIdentity(record)
        register(record)
        scheduler.register(ts)
        let started = NativeThread.start { stackSize in
            ts.makeCurrent(stackSize: stackSize)
            scheduler.enter(ts)
            entry.run(ts)
            record.localNamespaces.removeAll()
            self.unregister(record)
            record.markFinished()
            ThreadState.clearCurrent()
            scheduler.exit(ts)
        }
        guard started != nil else {
            unregister(record)
            scheduler.exit(ts)
            throw PyException.runtimeError("can't start new thread")
        }
        return (record.ident, record)
    }
}

/// The ident Python code sees for the calling thread: the scheduler's replayable
/// one in a scheduled run, else the pthread's.
enum ThreadIdent {
    static var current: Int {
        if let ts = ThreadState.current, ts.scheduler != nil, let record = ts.runtimeData as? ThreadRecord {
            return record.ident
        }
        return NativeThread.currentIdent
    }
}
