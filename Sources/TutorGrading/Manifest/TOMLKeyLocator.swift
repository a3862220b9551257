/// Finds the line on which a key of a TOML document is written. TOMLKit's nodes
/// carry no source positions, so semantic errors ("`kind` must be one of ...")
/// are located by this light scan of the text: it follows table headers, counts
/// `[[array]]` headers, and skips the insides of strings and multi-line values.
/// It only has to agree with a real parser on documents that parsed.
struct TOMLKeyLocator {
    /// "checks[2].match" -> line.
    private var lines: [String: Int] = [:]

    init(text: String) {
        var section: [String] = []
        var arrayCounts: [String: Int] = [:]
        var depth = 0                      // open [ and { of a multi-line value
        var openString: String?            // """ or ''' of a multi-line string
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = Substring(rawLine)
            if let quote = openString {
                // Inside a multi-line string: only its closing quotes matter.
                if let close = line.firstRange(of: quote) {
                    openString = nil
                    depth = max(0, depth + TOMLKeyLocator.bracketBalance(line[close.upperBound...], openString: &openString))
                }
                continue
            }
            if depth > 0 {
                depth = max(0, depth + TOMLKeyLocator.bracketBalance(line, openString: &openString))
                continue
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[[") {
                guard let end = trimmed.firstRange(of: "]]") else { continue }
                let name = TOMLKeyLocator.keyParts(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<end.lowerBound])
                let key = name.joined(separator: ".")
                let index = arrayCounts[key, default: 0]
                arrayCounts[key] = index + 1
                // Nested array tables restart their count under each parent element.
                for other in arrayCounts.keys where other.hasPrefix(key + ".") { arrayCounts[other] = 0 }
                section = name
                section[section.count - 1] += "[\(index)]"
                record(section, number)
                continue
            }
            if trimmed.hasPrefix("[") {
                guard let end = trimmed.firstIndex(of: "]") else { continue }
                section = TOMLKeyLocator.resolve(TOMLKeyLocator.keyParts(trimmed[trimmed.index(after: trimmed.startIndex)..<end]),
                                                 arrayCounts: arrayCounts)
                record(section, number)
                continue
            }
            guard let eq = TOMLKeyLocator.unquotedEquals(trimmed) else { continue }
            let key = TOMLKeyLocator.keyParts(trimmed[..<eq])
            guard !key.isEmpty else { continue }
            record(section + key, number)
            depth = max(0, TOMLKeyLocator.bracketBalance(trimmed[trimmed.index(after: eq)...], openString: &openString))
        }
    }

    /// The line of `path` ("checks", "2", "match" as ["checks[2]", "match"]), or of
    /// its nearest ancestor that was found, or 1.
    func line(of path: [String]) -> Int {
        var p = path
        while !p.isEmpty {
            if let n = lines[p.joined(separator: ".")] { return n }
            p.removeLast()
        }
        return 1
    }

    private mutating func record(_ path: [String], _ line: Int) {
        let key = path.joined(separator: ".")
        if lines[key] == nil { lines[key] = line }
    }

    /// `[checks.x]` under the latest `[[checks]]` means `checks[n].x`.
    private static func resolve(_ parts: [String], arrayCounts: [String: Int]) -> [String] {
        var out: [String] = []
        var prefix: [String] = []
        for part in parts {
            prefix.append(part)
            if let count = arrayCounts[prefix.joined(separator: ".")], count > 0 {
                out.append(part + "[\(count - 1)]")
            } else {
                out.append(part)
            }
        }
        return out
    }

    /// `a."b.c" . d` -> ["a", "b.c", "d"].
    private static func keyParts(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for ch in text {
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "." {
                parts.append(OutputText.trimmed(current))
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(OutputText.trimmed(current))
        return parts.filter { !$0.isEmpty }
    }

    private static func unquotedEquals(_ text: Substring) -> Substring.Index? {
        var quote: Character?
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            if let q = quote {
                if ch == q { quote = nil }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "=" {
                return i
            } else if ch == "#" {
                return nil
            }
            i = text.index(after: i)
        }
        return nil
    }

    /// Net `[`/`{` minus `]`/`}` outside strings and comments; sets `openString`
    /// when a multi-line string starts and does not end on this line.
    private static func bracketBalance(_ text: Substring, openString: inout String?) -> Int {
        var balance = 0
        var i = text.startIndex
        while i < text.endIndex {
            let rest = text[i...]
            if rest.hasPrefix("\"\"\"") || rest.hasPrefix("'''") {
                let quote = String(rest.prefix(3))
                let after = text.index(i, offsetBy: 3)
                if let close = text[after...].firstRange(of: quote) {
                    i = close.upperBound
                    continue
                }
                openString = quote
                return balance
            }
            let ch = text[i]
            if ch == "#" { break }
            if ch == "\"" || ch == "'" {
                // A one-line string: skip to its closing quote (basic strings may escape it).
                var j = text.index(after: i)
                while j < text.endIndex, text[j] != ch {
                    if ch == "\"", text[j] == "\\" { j = text.index(after: j) ; if j == text.endIndex { break } }
                    j = text.index(after: j)
                }
                i = j < text.endIndex ? text.index(after: j) : j
                continue
            }
            if ch == "[" || ch == "{" { balance += 1 }
            if ch == "]" || ch == "}" { balance -= 1 }
            i = text.index(after: i)
        }
        return balance
    }
}

