/// A readable default name for a check without `name`.
enum CheckNames {
    static func name(of check: CheckSpec) -> String {
        if let n = check.name { return n }
        switch check.detail {
        case .output(let o):
            switch o.expected {
            case .solution: return "output matches the reference solution's" + (o.match == .unordered ? " (any order)" : "")
            case .lines(let lines) where o.match == .order: return "prints \(lines.count) lines in order"
            case .lines(let lines): return lines.count == 1 ? "prints \"\(OutputText.clip(lines[0], 40))\"" : "prints \(lines.count) expected lines"
            case .text(let t) where o.match == .regex: return "output matches /\(OutputText.clip(t, 40))/"
            case .text: return o.match == .unordered ? "prints the expected lines (any order)" : "prints the expected output"
            }
        case .timing(let b):
            var parts: [String] = []
            if let m = b.min { parts.append("at least \(SecondsText.format(m)) s") }
            if let m = b.max { parts.append("at most \(SecondsText.format(m)) s") }
            if let f = b.relativeMin { parts.append("at least \(SecondsText.format(f)) × the solution's time") }
            if let f = b.relativeMax { parts.append("at most \(SecondsText.format(f)) × the solution's time") }
            return "takes " + parts.joined(separator: " and ")
        case .schedules(let s):
            return "correct under \(s.runs) schedules"
        case .structure(let s):
            var parts: [String] = []
            if !s.mustCall.isEmpty { parts.append("calls " + s.mustCall.joined(separator: ", ")) }
            if !s.mustNotCall.isEmpty { parts.append("does not call " + s.mustNotCall.joined(separator: ", ")) }
            if !s.mustNotCallInAsync.isEmpty { parts.append("does not call " + s.mustNotCallInAsync.joined(separator: ", ") + " in a coroutine") }
            if !s.mustUse.isEmpty { parts.append("uses " + s.mustUse.map(\.rawValue).joined(separator: ", ")) }
            if s.threadsJoined { parts.append("joins every thread") }
            return parts.joined(separator: "; ")
        case .exception(.none):
            return "no uncaught exception"
        case .exception(.type(let t)):
            return "ends with \(t)"
        }
    }
}
