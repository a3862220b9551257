/// Turns a `GradeReport` into the text a student reads: a headline, one line
/// per check, and for each failure its explanation, diff, interleaving,
/// timeline and replay command. Plain text unless `color` is true.
public enum FeedbackRenderer {
    public static func render(_ report: GradeReport, color: Bool = false) -> String {
        let style = TerminalStyle(color: color)
        var out = ""
        let points = "\(PointsText.format(report.pointsEarned))/\(PointsText.format(report.pointsPossible)) point\(report.pointsPossible == 1 ? "" : "s")"
        if let problem = report.problem {
            out += style.red(style.bold("✗ \(report.title)")) + "  (\(points))\n  \(problem)\n"
            return out
        }
        if let p = report.prediction {
            if p.correct {
                out += style.green(style.bold("✓ Correct")) + "  (\(points))\n"
                if let e = p.explanation { out += "\n" + ensureNewline(e) }
            } else {
                out += style.red(style.bold("✗ Not quite")) + "\n" + indent(p.message, "  ") 
            }
            return out
        }
        let passed = report.checks.filter { $0.verdict == .passed }.count
        if report.passed {
            out += style.green(style.bold("✓ \(report.title): all \(report.checks.count) checks pass")) + "  (\(points))\n"
        } else {
            out += style.red(style.bold("✗ \(report.title): \(passed) of \(report.checks.count) checks pass")) + "  (\(points))\n"
        }
        for c in report.checks {
            let mark = c.verdict == .passed ? style.green("✓") : style.red("✗")
            out += "  \(mark) \(c.name)\n"
        }
        for c in report.checks where c.verdict == .failed && !c.message.hasPrefix("Not run:") {
            out += "\n" + style.bold("\(c.name):") + "\n"
            out += indent(c.message, "  ")
            if let d = c.diff { out += indent(style.diff(d), "  ") }
            if let i = c.interleaving { out += "  " + style.bold("How the threads interleaved:") + "\n" + indent(i, "  ") }
            if let details = c.details { out += indent(style.dim(details), "  ") }
            if let t = c.timeline { out += "  " + style.bold("What ran when:") + "\n" + indent(t, "  ") }
            if let r = c.replay { out += "  Replay it: " + style.yellow(r) + "\n" }
        }
        return out
    }

    /// One line for tables and logs: `coroutines/fetch-all  2/3 checks  0.67/1 points`.
    public static func summary(_ report: GradeReport) -> String {
        let points = "\(PointsText.format(report.pointsEarned))/\(PointsText.format(report.pointsPossible)) points"
        if let problem = report.problem { return "\(report.exerciseId)  \(problem)  \(points)" }
        if let p = report.prediction { return "\(report.exerciseId)  \(p.correct ? "correct" : "incorrect")  \(points)" }
        let passed = report.checks.filter { $0.verdict == .passed }.count
        return "\(report.exerciseId)  \(passed)/\(report.checks.count) checks  \(points)"
    }

    private static func indent(_ text: String, _ prefix: String) -> String {
        OutputText.lines(text).map { $0.isEmpty ? "\n" : prefix + $0 + "\n" }.joined()
    }

    private static func ensureNewline(_ s: String) -> String { s.hasSuffix("\n") ? s : s + "\n" }
}
