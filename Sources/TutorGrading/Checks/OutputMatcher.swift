/// Compares a program's output with what a check expects, in one of the
/// `MatchMode`s, and explains a mismatch in a way a student can act on.
public enum OutputMatcher {
    public struct Verdict: Equatable, Sendable {
        public var passed: Bool
        /// One or two sentences; empty when passed.
        public var message: String
        /// A unified diff or a list of missing/unexpected lines, when useful.
        public var diff: String?
    }

    /// `expected` must be resolved (`.text` or `.lines`, never `.solution`).
    public static func compare(actual: String, match: MatchMode, expected: ExpectedOutput) -> Verdict {
        let got = OutputText.lines(actual)
        switch (match, expected) {
        case (.exact, .text(let text)):
            let want = OutputText.lines(text)
            if got == want {
                let wantNewline = text.unicodeScalars.last == "\n", gotNewline = actual.unicodeScalars.last == "\n"
                if wantNewline == gotNewline || want.isEmpty { return pass }
                return fail(wantNewline ? "The output is right except that its last line does not end with a newline."
                                        : "The output is right except for a newline at the end that should not be there.")
            }
            if got.map(OutputText.trimmedTrailing) == want.map(OutputText.trimmedTrailing) {
                return fail("The output has the right text but different spaces at the end of some lines.",
                            diff: UnifiedDiff.render(expected: want.map(visibleSpaces), actual: got.map(visibleSpaces)))
            }
            var message = "The output is not what was expected"
            if got.sorted() == want.sorted() { message += ": the right lines, in a different order" }
            else if got.isEmpty { message += ": the program printed nothing" }
            return fail(message + ".", diff: UnifiedDiff.render(expected: want, actual: got))
        case (.unordered, .text(let text)):
            let want = OutputText.lines(text)
            let (missing, extra) = multisetDifference(want: want, got: got)
            if missing.isEmpty && extra.isEmpty { return pass }
            return fail("The output does not have the expected lines (in any order).", diff: listing(missing: missing, extra: extra))
        case (.contains, .lines(let want)):
            let present = Set(got.map(OutputText.trimmedTrailing))
            let missing = want.filter { !present.contains(OutputText.trimmedTrailing($0)) }
            if missing.isEmpty { return pass }
            return fail(missing.count == 1 ? "The output has no line \"\(OutputText.clip(missing[0]))\"."
                                           : "The output is missing \(missing.count) expected lines.",
                        diff: listing(missing: missing, extra: []) + outputTail(got))
        case (.order, .lines(let want)):
            var position = 0
            let trimmed = got.map(OutputText.trimmedTrailing)
            for (k, line) in want.enumerated() {
                let target = OutputText.trimmedTrailing(line)
                guard let found = trimmed[position...].firstIndex(of: target) else {
                    let message: String
                    if !trimmed.contains(target) {
                        message = "The output has no line \"\(OutputText.clip(line))\"."
                    } else if k > 0 {
                        message = "\"\(OutputText.clip(line))\" is printed, but not after \"\(OutputText.clip(want[k - 1]))\"."
                    } else {
                        message = "\"\(OutputText.clip(line))\" is not printed where expected."
                    }
                    return fail(message, diff: "expected, in this order:\n" + want.map { "  " + $0 + "\n" }.joined() + outputTail(got))
                }
                position = found + 1
            }
            return pass
        case (.regex, .text(let pattern)):
            guard let regex = try? Regex(pattern) else { return fail("The check's pattern /\(pattern)/ is not a valid regular expression.") }
            if got.contains(where: { $0.firstMatch(of: regex) != nil }) { return pass }
            return fail("No line of the output matches /\(pattern)/.", diff: outputTail(got))
        default:
            return fail("The check's expected output does not fit `match = \"\(match.rawValue)\"`.")
        }
    }

    /// Why `pattern` is not a valid regular expression, or nil if it is.
    public static func regexProblem(_ pattern: String) -> String? {
        do {
            _ = try Regex(pattern)
            return nil
        } catch {
            return "\(error)"
        }
    }

    private static let pass = Verdict(passed: true, message: "", diff: nil)

    private static func fail(_ message: String, diff: String? = nil) -> Verdict {
        Verdict(passed: false, message: message, diff: diff)
    }

    private static func visibleSpaces(_ line: String) -> String {
        let core = OutputText.trimmedTrailing(line)
        let trailing = line.count - core.count
        return trailing == 0 ? line : core + String(repeating: "·", count: trailing)
    }

    /// Lines of `want` not matched in `got`, and lines of `got` not matched in `want`, counting repeats.
    static func multisetDifference(want: [String], got: [String]) -> (missing: [String], extra: [String]) {
        var counts: [String: Int] = [:]
        for line in got { counts[line, default: 0] += 1 }
        var missing: [String] = []
        for line in want {
            if let c = counts[line], c > 0 { counts[line] = c - 1 } else { missing.append(line) }
        }
        var extra: [String] = []
        for line in got {
            if let c = counts[line], c > 0 {
                extra.append(line)
                counts[line] = c - 1
            }
        }
        return (missing, extra)
    }

    private static func listing(missing: [String], extra: [String]) -> String {
        var out = ""
        if !missing.isEmpty { out += "missing:\n" + missing.prefix(20).map { "- " + $0 + "\n" }.joined() }
        if missing.count > 20 { out += "  … and \(missing.count - 20) more\n" }
        if !extra.isEmpty { out += "not expected:\n" + extra.prefix(20).map { "+ " + $0 + "\n" }.joined() }
        if extra.count > 20 { out += "  … and \(extra.count - 20) more\n" }
        return out
    }

    /// The end of the output, for context.
    private static func outputTail(_ got: [String]) -> String {
        if got.isEmpty { return "your output: (nothing)\n" }
        let shown = got.suffix(12)
        var out = "your output\(got.count > shown.count ? " (last \(shown.count) of \(got.count) lines)" : ""):\n"
        out += shown.map { "  " + $0 + "\n" }.joined()
        return out
    }
}
