import TutorRuntime

/// Renders a scheduled run's thread switches compactly: one row per stretch a
/// thread ran, with the line it was stopped at and that line's source. When a
/// thread was stopped at a line that another thread then ran before it
/// resumed (how a lost update happens), the rows around the first such moment
/// are shown and marked; otherwise the beginning and end, with repeated
/// patterns collapsed.
public enum InterleavingText {
    struct Segment: Equatable {
        var thread: String
        var firstLine: Int?
        /// Where the thread was when the next switch took the baton away (nil: it finished or was in library code).
        var stoppedAt: Int?
        var finished = false
    }

    /// One switch, as `InterleavingSwitch` has it (whose initializer is the runtime's).
    struct Switch {
        var from: String?
        var fromLine: Int?
        var to: String
        var toLine: Int?
    }

    /// `file`: the file `sourceLines` come from; lines the runtime located in
    /// another file (a check's driver importing the student's module) are
    /// left out rather than shown against the wrong source.
    public static func render(_ switches: [InterleavingSwitch], sourceLines: [String], file: String? = nil,
                              maximumRows: Int = 24) -> String {
        func inFile(_ line: Int?, _ where: String?) -> Int? {
            guard let file, let w = `where` else { return line }
            return w == file || w.hasSuffix("/" + file) ? line : nil
        }
        return render(switches.map { Switch(from: $0.from, fromLine: inFile($0.fromLine, $0.fromFile), to: $0.to,
                                            toLine: inFile($0.toLine, $0.toFile)) },
                      sourceLines: sourceLines, maximumRows: maximumRows)
    }

    static func render(_ switches: [Switch], sourceLines: [String], maximumRows: Int = 24) -> String {
        guard !switches.isEmpty else { return "(no thread switches recorded)\n" }
        let segments = self.segments(switches)
        let width = min(24, segments.map(\.thread.count).max() ?? 8) + 2
        if let (stopped, overlapped) = firstOverlap(segments) {
            let from = max(0, stopped - 3), to = min(segments.count, overlapped + 3)
            var out = ""
            if from > 0 { out += "      … \(from) earlier switch\(from == 1 ? "" : "es")\n" }
            for i in from..<to {
                var r = row(segments[i], sourceLines, width)
                if i == stopped { r += "   ◀ stopped here" }
                if i == overlapped { r += "   ◀ runs line \(segments[stopped].stoppedAt ?? 0) meanwhile" }
                out += r + "\n"
            }
            if to < segments.count { out += "      … \(segments.count - to) later switch\(segments.count - to == 1 ? "" : "es")\n" }
            let a = segments[stopped].thread, b = segments[overlapped].thread
            out += "\(a) was stopped at line \(segments[stopped].stoppedAt ?? 0); \(b) ran that line before \(a) went on.\n"
            return out
        }
        let rows = collapsedRows(segments, sourceLines, width)
        if rows.count <= maximumRows { return rows.map { $0 + "\n" }.joined() }
        let head = maximumRows / 2, tail = maximumRows - head
        return rows.prefix(head).map { $0 + "\n" }.joined()
            + "      … \(rows.count - maximumRows) more rows …\n"
            + rows.suffix(tail).map { $0 + "\n" }.joined()
    }

    static func segments(_ switches: [Switch]) -> [Segment] {
        var segments: [Segment] = []
        for (k, s) in switches.enumerated() {
            let next = k + 1 < switches.count ? switches[k + 1] : nil
            let continues = next?.from == s.to
            let seg = Segment(thread: s.to, firstLine: s.toLine, stoppedAt: continues ? next?.fromLine : nil,
                              finished: next == nil || !continues)
            if let last = segments.last, last.thread == seg.thread {
                segments[segments.count - 1].stoppedAt = seg.stoppedAt
                segments[segments.count - 1].finished = seg.finished
            } else {
                segments.append(seg)
            }
        }
        return segments
    }

    /// The first thread stopped at line L, and the first other thread's segment that
    /// ran line L before the stopped thread resumed.
    static func firstOverlap(_ segments: [Segment]) -> (Int, Int)? {
        for (i, s) in segments.enumerated() {
            guard let line = s.stoppedAt else { continue }
            var j = i + 1
            while j < segments.count, segments[j].thread != s.thread {
                if segments[j].firstLine == line || segments[j].stoppedAt == line { return (i, j) }
                j += 1
            }
        }
        return nil
    }

    private static func collapsedRows(_ segments: [Segment], _ source: [String], _ width: Int) -> [String] {
        var rows: [String] = []
        var i = 0
        while i < segments.count {
            var collapsed = false
            for period in [1, 2] where i + 2 * period <= segments.count {
                var repeats = 1
                while i + (repeats + 1) * period <= segments.count,
                      Array(segments[(i + repeats * period)..<(i + (repeats + 1) * period)]) == Array(segments[i..<(i + period)]) {
                    repeats += 1
                }
                if repeats >= 3 {
                    for s in segments[i..<(i + period)] { rows.append(row(s, source, width)) }
                    rows.append("      … the \(period == 1 ? "row" : "2 rows") above repeated \(repeats - 1) more times")
                    i += repeats * period
                    collapsed = true
                    break
                }
            }
            if !collapsed {
                rows.append(row(segments[i], source, width))
                i += 1
            }
        }
        return rows
    }

    /// A source line without its trailing `# comment` (a `#` inside quotes stays).
    static func withoutComment(_ line: String) -> String {
        var quote: Character?
        var out = ""
        for ch in line {
            if let q = quote {
                if ch == q { quote = nil }
            } else if ch == "'" || ch == "\"" {
                quote = ch
            } else if ch == "#" {
                break
            }
            out.append(ch)
        }
        return out
    }

    private static func row(_ s: Segment, _ source: [String], _ width: Int) -> String {
        let name = s.thread.count > width - 2 ? String(s.thread.prefix(width - 3)) + "…" : s.thread
        var text = "  " + name + String(repeating: " ", count: max(1, width - name.count))
        if let stop = s.stoppedAt {
            text += "stopped at line \(stop)"
            if stop >= 1, stop <= source.count {
                text += ": " + OutputText.clip(OutputText.trimmed(withoutComment(source[stop - 1])), 50)
            }
        } else if s.finished, s.firstLine != nil {
            text += "ran to its end"
        } else {
            text += "ran (inside the library)"
        }
        return text
    }
}
