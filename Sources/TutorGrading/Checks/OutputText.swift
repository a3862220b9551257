/// Output as the checks compare it: lines without their newline characters.
enum OutputText {
    /// `"a\nb\n"` -> ["a", "b"]; a `\r` before a `\n` is dropped too. Splits on
    /// scalars because Swift treats "\r\n" as one Character.
    static func lines(_ text: String) -> [String] {
        var parts = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars -> String in
            var s = String(String.UnicodeScalarView(scalars))
            if s.unicodeScalars.last == "\r" { s.unicodeScalars.removeLast() }
            return s
        }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    static func trimmedTrailing(_ line: String) -> String {
        var s = Substring(line)
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }

    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Shortens long text for a message.
    static func clip(_ text: String, _ limit: Int = 80) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
