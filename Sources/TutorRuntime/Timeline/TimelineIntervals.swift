/// The timeline as intervals: what each row was doing from when to when. The
/// text picture and the trace file are both drawn from these.
extension Timeline {
    public enum State: UInt8, CaseIterable {
        /// A thread holds the GIL (or no GIL exists) and is not blocked; a task is
        /// taking a step.
        case running
        /// A thread wants the GIL while another thread holds it.
        case gilWait
        case sleep
        case lockWait
        case join
        /// A blocking wait on nothing in particular: the event loop with nothing ready.
        case idle
        /// A task suspended at an `await`.
        case awaiting

        public var label: String {
            switch self {
            case .running: return "running"
            case .gilWait: return "waiting for the GIL"
            case .sleep: return "sleep"
            case .lockWait: return "lock wait"
            case .join: return "join"
            case .idle: return "idle"
            case .awaiting: return "await"
            }
        }
    }

    public struct Interval: Equatable {
        public var track: Int
        public var state: State
        public var start: UInt64
        public var end: UInt64
        /// The lock of a lock wait (index into `lockNames`), the line of an await; else -1.
        public var detail: Int32

        public var seconds: Double { Double(end &- start) * 1e-9 }
    }

    /// When each row exists: its first to its last event.
    public func lifetimes() -> [(start: UInt64, end: UInt64)] {
        var spans = [(start: UInt64, end: UInt64)?](repeating: nil, count: tracks.count)
        for e in events {
            let i = Int(e.track)
            if let s = spans[i] {
                spans[i] = (s.start, max(s.end, e.time))
            } else {
                spans[i] = (e.time, e.time)
            }
        }
        return spans.map { $0 ?? (0, 0) }
    }

    /// Every row's states, in time order per row, rows in creation order. Equal
    /// neighbouring states are merged; zero-length intervals are kept (virtual time
    /// does not move while code runs).
    public func intervals() -> [Interval] {
        struct RowState {
            var alive = false
            var holdsGIL = true
            var wait = WaitKind.none
            var waitDetail: Int32 = -1
            var stepping = false
            var awaitLine: Int32 = -1
            var since: UInt64 = 0
        }
        var rows = [RowState](repeating: RowState(), count: tracks.count)
        // With real threads, a new thread runs only once it has the GIL (the main
        // thread, row 0, runs from the start); a scheduled run has no GIL events.
        for i in rows.indices where i > 0 && !isVirtual { rows[i].holdsGIL = false }
        var perTrack = [[Interval]](repeating: [], count: tracks.count)

        func current(_ r: RowState, isTask: Bool) -> (State, Int32)? {
            guard r.alive else { return nil }
            if isTask { return r.stepping ? (.running, -1) : (.awaiting, r.awaitLine) }
            switch r.wait {
            case .sleep: return (.sleep, -1)
            case .lock: return (.lockWait, r.waitDetail)
            case .join: return (.join, -1)
            case .idle: return (.idle, -1)
            case .none: return r.holdsGIL ? (.running, -1) : (.gilWait, -1)
            }
        }

        for e in events {
            let i = Int(e.track)
            let isTask = tracks[i].isTask
            var r = rows[i]
            let before = current(r, isTask: isTask)
            if !r.alive, e.kind != .threadEnd, e.kind != .taskEnd { r.alive = true }
            switch e.kind {
            case .threadStart: break
            case .threadEnd, .taskEnd: r.alive = false
            case .gilWait: r.holdsGIL = false
            case .gilAcquire: r.holdsGIL = true
            case .gilRelease: r.holdsGIL = false
            case .waitBegin: r.wait = e.wait; r.waitDetail = e.detail
            case .waitEnd: r.wait = .none; r.waitDetail = -1
            case .lockAcquire, .lockRelease: break
            case .taskStepBegin: r.stepping = true
            case .taskStepEnd: r.stepping = false; r.awaitLine = e.detail
            }
            let after = current(r, isTask: isTask)
            if before == nil || before?.0 != after?.0 || before?.1 != after?.1 {
                if let (state, detail) = before {
                    perTrack[i].append(Interval(track: i, state: state, start: r.since, end: e.time, detail: detail))
                }
                r.since = e.time
            }
            rows[i] = r
        }
        // Merge equal neighbours (a zero-length gap between them is not a change).
        var all: [Interval] = []
        for list in perTrack {
            var merged: [Interval] = []
            for iv in list {
                if var last = merged.last, last.state == iv.state, last.detail == iv.detail, last.end == iv.start {
                    last.end = iv.end
                    merged[merged.count - 1] = last
                } else if iv.end > iv.start || iv.state == .running {
                    merged.append(iv)
                }
            }
            all += merged
        }
        return all
    }

    /// The name of a row's state for people: "lock wait: lock_a", "await (line 12)".
    public func describe(_ iv: Interval) -> String {
        switch iv.state {
        case .lockWait where iv.detail >= 0 && Int(iv.detail) < lockNames.count:
            return "lock wait: \(lockNames[Int(iv.detail)])"
        case .awaiting where iv.detail >= 0:
            return "await (line \(iv.detail))"
        default:
            return iv.state.label
        }
    }
}
