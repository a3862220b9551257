#if canImport(Glibc)
import Glibc
#endif

/// Progress on stderr: a bar redrawn in place on a terminal; otherwise plain
/// lines (every exercise that did not pass, and a count every 10% or 30 s).
public final class ProgressDisplay {
    public enum Mode: Sendable { case bar, lines, quiet }

    let mode: Mode
    let total: Int
    var done = 0
    var notPassed = 0
    let start = monotonicNow()
    var lastLine = monotonicNow()
    var lastPercent = 0
    var lastDraw = 0.0
    let write: (String) -> Void

    public init(mode: Mode, total: Int, write: @escaping (String) -> Void = { fputs($0, stderr) }) {
        self.mode = mode
        self.total = total
        self.write = write
    }

    /// A bar when stderr is a terminal (and TERM is not dumb), else lines.
    public static func automatic() -> Mode {
        if isatty(2) != 0, let term = getenv("TERM"), String(cString: term) != "dumb" { return .bar }
        return .lines
    }

    public func started(resumed: Int) {
        guard mode != .quiet else { return }
        if resumed > 0 { write("tutor grade: resuming, \(resumed) verdict\(resumed == 1 ? "" : "s") already in the journal\n") }
        write("tutor grade: \(total) exercise\(total == 1 ? "" : "s") to grade\n")
    }

    public func record(_ v: Verdict) {
        done += 1
        if !v.passed { notPassed += 1 }
        let now = monotonicNow()
        let elapsed = now - start
        let rate = Double(done) / max(elapsed, 1e-6)
        switch mode {
        case .quiet: return
        case .lines:
            if !v.passed { write("\(v.status.mark.padding(2)) \(v.student) \(v.exercise): \(v.message.split(separator: "\n").first.map(String.init) ?? "")\n") }
            let percent = total > 0 ? done * 100 / total : 100
            if percent / 10 > lastPercent / 10 || now - lastLine >= 30 || done == total {
                lastPercent = percent
                lastLine = now
                write("progress: \(done)/\(total) (\(percent)%), \(notPassed) not passed, \(Self.rate(rate))\n")
            }
        case .bar:
            if done < total && now - lastDraw < 0.1 { return }
            lastDraw = now
            var width = 30
            if let c = getenv("COLUMNS"), let n = Int(String(cString: c)), n > 70 { width = min(60, n - 50) }
            let filled = total > 0 ? done * width / total : width
            let eta = rate > 0 && done < total ? "  ETA \(Self.duration(Double(total - done) / rate))" : ""
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            write("\r\u{1B}[K[\(bar)] \(done)/\(total)  \(notPassed) not passed  \(Self.rate(rate))\(eta)")
            if done == total { write("\n") }
        }
    }

    public func finished(interrupted: Bool) {
        if mode == .bar && done < total { write("\n") }
        if interrupted && mode != .quiet {
            write("tutor grade: interrupted after \(done) of \(total); run the same command again to resume\n")
        }
        if mode != .quiet && done > 0 { write(Self.statistics(done: done, seconds: monotonicNow() - start) + "\n") }
    }

    /// "graded N in T s (R/s); grader peak memory ..., largest worker ...".
    static func statistics(done: Int, seconds: Double) -> String {
        var me = rusage(), children = rusage()
        getrusage(0, &me)  // RUSAGE_SELF
        getrusage(-1, &children)  // RUSAGE_CHILDREN
        let mib = { (kib: Int) -> String in "\((Double(kib) / 1024 * 10).rounded() / 10) MiB" }
        return "tutor grade: graded \(done) in \((seconds * 100).rounded() / 100) s (\(rate(Double(done) / max(seconds, 1e-6)))); "
            + "grader peak memory \(mib(Int(me.ru_maxrss))), largest worker \(mib(Int(children.ru_maxrss)))"
    }

    static func rate(_ r: Double) -> String {
        r >= 10 ? "\(Int(r.rounded()))/s" : "\((r * 10).rounded() / 10)/s"
    }

    static func duration(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 60 ? "\(t / 60)m\(t % 60)s" : "\(t)s"
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
