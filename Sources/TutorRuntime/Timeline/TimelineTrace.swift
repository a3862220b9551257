/// Writes a timeline as Chrome trace event JSON (`{"traceEvents": [...]}`), which
/// Perfetto and chrome://tracing open: one trace thread per row, named by
/// `thread_name` metadata; each row's life and each state interval are complete
/// ("X") events, lock acquire/release are instant ("i") events. Times are
/// microseconds. No Foundation: strings go through `JSONText.quote`.
public enum TimelineTrace {
    public static func json(_ timeline: Timeline, processName: String = "tutor run") -> String {
        let pid = 1
        var events: [String] = []
        events.append(#"{"name":"process_name","ph":"M","pid":\#(pid),"tid":0,"args":{"name":\#(JSONText.quote(processName))}}"#)
        let lifetimes = timeline.lifetimes()
        for (i, track) in timeline.tracks.enumerated() {
            let tid = i + 1
            events.append(#"{"name":"thread_name","ph":"M","pid":\#(pid),"tid":\#(tid),"args":{"name":\#(JSONText.quote(track.name))}}"#)
            events.append(#"{"name":"thread_sort_index","ph":"M","pid":\#(pid),"tid":\#(tid),"args":{"sort_index":\#(i)}}"#)
            let life = lifetimes[i]
            let category = track.isTask ? "task" : "thread"
            events.append(complete(name: track.name, category: category, start: life.start, end: life.end, pid: pid, tid: tid))
        }
        for iv in timeline.intervals() {
            events.append(complete(name: timeline.describe(iv), category: "state", start: iv.start, end: iv.end,
                                   pid: pid, tid: iv.track + 1))
        }
        for e in timeline.events where e.kind == .lockAcquire || e.kind == .lockRelease {
            let lock = e.detail >= 0 && Int(e.detail) < timeline.lockNames.count ? timeline.lockNames[Int(e.detail)] : "lock"
            let name = (e.kind == .lockAcquire ? "acquire " : "release ") + lock
            events.append(#"{"name":\#(JSONText.quote(name)),"cat":"lock","ph":"i","s":"t","ts":\#(micros(e.time)),"pid":\#(pid),"tid":\#(Int(e.track) + 1)}"#)
        }
        let clock = timeline.isVirtual ? "virtual" : "monotonic"
        return "{\"traceEvents\":[\n" + events.joined(separator: ",\n")
            + "\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"clock\":\"\(clock)\",\"truncated\":\(timeline.truncated)}}\n"
    }

    private static func complete(name: String, category: String, start: UInt64, end: UInt64, pid: Int, tid: Int) -> String {
        #"{"name":\#(JSONText.quote(name)),"cat":"\#(category)","ph":"X","ts":\#(micros(start)),"dur":\#(micros(end &- start)),"pid":\#(pid),"tid":\#(tid)}"#
    }

    /// Nanoseconds as microseconds with three decimals ("1500.250").
    static func micros(_ ns: UInt64) -> String {
        let frac = String(ns % 1000)
        return "\(ns / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}

/// JSON string literals without Foundation.
public enum JSONText {
    /// `s` as a quoted JSON string: quotes, backslashes and control characters
    /// escaped; everything else (valid Unicode) as is.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
        return out
    }
}
