/// Draws a timeline as text: one row per thread or task, time along the line.
public enum TimelineText {
    /// The character and ANSI colour of each state.
    static func glyph(_ s: Timeline.State) -> (char: Character, color: String) {
        switch s {
        case .running: return ("█", "32")
        case .gilWait: return ("░", "31")
        case .sleep: return ("~", "34")
        case .lockWait: return ("x", "33")
        case .join: return ("=", "35")
        case .idle: return (".", "2")
        case .awaiting: return ("-", "36")
        }
    }

    /// The picture, `width` columns wide (at least 40), ending in a newline.
    public static func render(_ timeline: Timeline, width: Int = 80, color: Bool = false) -> String {
        let tracks = timeline.tracks
        let clock = timeline.isVirtual ? "virtual time" : "real time"
        var out = ""
        guard !tracks.isEmpty else { return "timeline: nothing recorded\n" }
        let span = max(timeline.endTime, 1)
        // Threads in creation order, each followed by the tasks its loop ran.
        var order: [Int] = []
        for (i, t) in tracks.enumerated() where !t.isTask {
            order.append(i)
            order += tracks.indices.filter { tracks[$0].isTask && Int(tracks[$0].thread) == i }
        }
        order += tracks.indices.filter { !order.contains($0) }
        let labels = order.map { i in tracks[i].isTask ? "  " + tracks[i].name : tracks[i].name }
        let labelWidth = min(max(labels.map(\.count).max() ?? 0, 4), 28)
        let columns = max(width, 40) - labelWidth - 3
        out += "timeline (\(clock)): \(format(Double(span) * 1e-9, decimals: 3)) s, \(tracks.count) row\(tracks.count == 1 ? "" : "s")\n"

        // Time spent in each state, per row and column.
        let stateCount = Timeline.State.allCases.count
        var cells = [[UInt64]](repeating: [UInt64](repeating: 0, count: columns * stateCount), count: tracks.count)
        var touched = [[Bool]](repeating: [Bool](repeating: false, count: columns), count: tracks.count)
        func column(_ t: UInt64) -> Int { min(columns - 1, Int(Double(t) / Double(span) * Double(columns))) }
        for iv in timeline.intervals() {
            let first = column(iv.start), last = column(max(iv.start, iv.end == 0 ? 0 : iv.end - 1))
            for c in first...last {
                let lo = UInt64(Double(c) / Double(columns) * Double(span))
                let hi = UInt64(Double(c + 1) / Double(columns) * Double(span))
                let overlap = min(iv.end, hi) > max(iv.start, lo) ? min(iv.end, hi) - max(iv.start, lo) : 0
                cells[iv.track][c * stateCount + Int(iv.state.rawValue)] += overlap
                touched[iv.track][c] = true
            }
        }
        for (row, label) in labels.enumerated() {
            let i = order[row]
            out += pad(label, labelWidth) + " |"
            var lastColor = ""
            for c in 0..<columns {
                var best: Timeline.State?
                var bestTime: UInt64 = 0
                for s in Timeline.State.allCases {
                    let t = cells[i][c * stateCount + Int(s.rawValue)]
                    if t > bestTime || (best == nil && touched[i][c] && s == .running && t == 0) {
                        best = s
                        bestTime = t
                    }
                }
                guard let state = best, touched[i][c] else {
                    if color && !lastColor.isEmpty { out += "\u{1B}[0m"; lastColor = "" }
                    out += " "
                    continue
                }
                let g = glyph(state)
                if color && g.color != lastColor {
                    out += "\u{1B}[\(g.color)m"
                    lastColor = g.color
                }
                out.append(g.char)
            }
            if color && !lastColor.isEmpty { out += "\u{1B}[0m" }
            out += "|\n"
        }
        out += axis(span: span, columns: columns, indent: labelWidth + 2)
        var legend = "  "
        var used = Set<Timeline.State>()
        for iv in timeline.intervals() { used.insert(iv.state) }
        for s in Timeline.State.allCases where used.contains(s) {
            let g = glyph(s)
            let running = timeline.isVirtual ? "running" : "running (holds the GIL)"
            let name = s == .running ? running : s == .idle ? "idle (event loop waits)" : s.label
            legend += (color ? "\u{1B}[\(g.color)m\(g.char)\u{1B}[0m" : String(g.char)) + " \(name)   "
        }
        out += legend.trimmedRight + "\n"
        if timeline.truncated {
            out += "timeline truncated: only the first \(timeline.capacity) events were recorded\n"
        }
        return out
    }

    /// Tick marks and labels in seconds under the rows.
    static func axis(span: UInt64, columns: Int, indent: Int) -> String {
        let seconds = Double(span) * 1e-9
        // About one tick per 12 columns, at 1, 2 or 5 times a power of ten.
        let rough = seconds / Double(max(1, columns / 12))
        var step = 1e-9
        while step * 10 <= rough { step *= 10 }
        if step * 5 <= rough { step *= 5 } else if step * 2 <= rough { step *= 2 }
        var decimals = 0
        var s = step
        while s < 1 - 1e-9 && decimals < 9 {
            s *= 10
            decimals += 1
        }
        var ticks = [Character](repeating: "-", count: columns)
        var labels = [Character](repeating: " ", count: columns + 12)
        var k = 0
        var labelEnd = -1
        while true {
            let t = Double(k) * step
            if t > seconds + 1e-12 { break }
            let c = min(columns - 1, Int(t / seconds * Double(columns)))
            ticks[c] = "+"
            let text = format(t, decimals: decimals) + "s"
            if c > labelEnd {
                for (j, ch) in text.enumerated() where c + j < labels.count { labels[c + j] = ch }
                labelEnd = c + text.count
            }
            k += 1
        }
        let margin = String(repeating: " ", count: indent)
        return margin + String(ticks) + "\n" + (margin + String(labels)).trimmedRight + "\n"
    }

    /// `x` with `decimals` digits after the point, without Foundation.
    static func format(_ x: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let n = Int((x * scale).rounded())
        if decimals == 0 { return String(n) }
        let digits = String(n)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let cut = padded.index(padded.endIndex, offsetBy: -decimals)
        return padded[..<cut] + "." + padded[cut...]
    }

    static func pad(_ s: String, _ width: Int) -> String {
        if s.count > width { return String(s.prefix(width - 1)) + "…" }
        return s + String(repeating: " ", count: width - s.count)
    }
}

extension String {
    fileprivate var trimmedRight: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
