/// Reading a student's typed answer: numbers with units, lines of output, Python
/// reprs written a little differently, sets of values.
enum PredictAnswerText {
    /// "3", "3.0", "3 s", "~3 seconds", "about 2.5s" -> the number.
    static func seconds(_ answer: String) -> Double? {
        var s = OutputText.trimmed(answer).lowercased()
        for prefix in ["about", "approximately", "approx.", "approx", "around", "~", "≈"] where s.hasPrefix(prefix) {
            s = OutputText.trimmed(String(s.dropFirst(prefix.count)))
        }
        for suffix in ["seconds", "second", "secs", "sec", "s"] where s.hasSuffix(suffix) {
            s = OutputText.trimmed(String(s.dropLast(suffix.count)))
            break
        }
        s = s.replacingOccurrencesOfComma()
        guard let d = Double(s), d.isFinite else { return nil }
        return d
    }

    /// Output lines with trailing spaces and trailing blank lines dropped.
    static func outputLines(_ text: String) -> [String] {
        var lines = OutputText.lines(text).map(OutputText.trimmedTrailing)
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// A repr as typed: trimmed, spaces outside quotes dropped, double quotes
    /// read as single ones when the text has no single quote (Python's repr
    /// prefers single quotes).
    static func normalizedValue(_ text: String) -> String {
        var s = OutputText.trimmed(text)
        if !s.contains("'") { s = String(s.map { $0 == "\"" ? "'" : $0 }) }
        var out = ""
        var quote: Character?
        for ch in s {
            if let q = quote {
                out.append(ch)
                if ch == q { quote = nil }
            } else if ch == "'" || ch == "\"" {
                quote = ch
                out.append(ch)
            } else if !ch.isWhitespace {
                out.append(ch)
            }
        }
        return out
    }

    /// "1, 2", "{1, 2}", "1 or 2", "[(1, 2), (2, 1)]" -> normalized items. Commas
    /// inside brackets and quotes do not split.
    static func valueSet(_ text: String) -> Set<String> {
        var s = OutputText.trimmed(text)
        if let f = s.first, let l = s.last, (f == "{" && l == "}") || (f == "[" && l == "]"), isBalancedOuter(s) {
            s = String(s.dropFirst().dropLast())
        }
        var items: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for ch in s {
            if let q = quote {
                current.append(ch)
                if ch == q { quote = nil }
                continue
            }
            if depth == 0 && (ch == "," || ch == ";" || ch == "\n") {
                items.append(current)
                current = ""
                continue
            }
            switch ch {
            case "'", "\"": quote = ch
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: break
            }
            current.append(ch)
        }
        items.append(current)
        // "1 or 2" and "1 and 2"
        items = items.flatMap { item -> [String] in
            item.split(separator: " ").contains { $0 == "or" || $0 == "and" }
                ? item.split(separator: " ").filter { $0 != "or" && $0 != "and" }.map(String.init)
                : [item]
        }
        return Set(items.map(normalizedValue).filter { !$0.isEmpty })
    }

    /// `{1, 2}` but not `{1} | {2}`: the first bracket closes at the very end.
    private static func isBalancedOuter(_ s: String) -> Bool {
        var depth = 0
        for (i, ch) in s.enumerated() {
            if ch == "(" || ch == "[" || ch == "{" { depth += 1 }
            if ch == ")" || ch == "]" || ch == "}" {
                depth -= 1
                if depth == 0 && i != s.count - 1 { return false }
            }
        }
        return true
    }

    /// Numbers first (by value), then other text.
    static func sorted(_ values: Set<String>) -> [String] {
        values.sorted { a, b in
            switch (Double(a), Double(b)) {
            case (let x?, let y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b
            }
        }
    }
}

private extension String {
    /// "2,5" (a decimal comma) -> "2.5".
    func replacingOccurrencesOfComma() -> String {
        filter { $0 == "," }.count == 1 ? String(map { $0 == "," ? "." : $0 }) : self
    }
}
