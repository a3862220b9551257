// The program text as the lexer sees it, plus what error reporting needs from it.

/// Source normalized the way CPython reads it: `\r\n` and `\r` become `\n`, a leading
/// byte-order mark is dropped, and a non-empty source always ends with `\n`.
/// Kept as Unicode scalars so that columns count characters and indexing is O(1).
final class SourceText: @unchecked Sendable {
    let scalars: [Unicode.Scalar]
    let filename: String
    /// Index in `scalars` of the first character of each line; `lineStarts[0]` is line 1.
    let lineStarts: [Int]

    init(_ source: String, filename: String) {
        var normalized: [Unicode.Scalar] = []
        normalized.reserveCapacity(source.unicodeScalars.count + 1)
        var previousWasCarriageReturn = false
        for scalar in source.unicodeScalars {
            if scalar == "\r" {
                normalized.append("\n")
                previousWasCarriageReturn = true
                continue
            }
            if scalar == "\n" && previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = false
            normalized.append(scalar)
        }
        if normalized.first == "\u{FEFF}" { normalized.removeFirst() }
        if let last = normalized.last, last != "\n" { normalized.append("\n") }
        var starts = [0]
        for (index, scalar) in normalized.enumerated() where scalar == "\n" && index + 1 < normalized.count {
            starts.append(index + 1)
        }
        self.scalars = normalized
        self.filename = filename
        self.lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its newline, or "" when out of range.
    func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        if end > start, scalars[end - 1] == "\n" { end -= 1 }
        return String(scalars: scalars[start..<end])
    }

    /// Number of characters on a 1-based line, newline excluded.
    func lineLength(_ line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 0 }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        if end > start, scalars[end - 1] == "\n" { end -= 1 }
        return end - start
    }

    /// Builds an error located at a 1-based line and CPython-style 1-based offset.
    func error(_ message: String, line: Int, offset: Int, kind: SyntaxErrorInfo.Kind = .syntaxError,
               incomplete: Bool = false) -> SyntaxErrorInfo {
        SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line, column: offset,
                        text: lineText(line), isIncompleteInput: incomplete)
    }
}
