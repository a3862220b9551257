/// Just enough Markdown for instructions in a terminal: headings in bold,
/// `code` in colour, fenced blocks highlighted as Python. Without colour the
/// text is shown as written.
enum Markdown {
    static func render(_ text: String, style: Style) -> String {
        guard style.color else { return text }
        var out: [String] = []
        var fence: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let block = fence {
                    out.append(Highlighter(style: style).highlight(block.joined(separator: "\n")))
                    fence = nil
                } else {
                    fence = []
                }
                continue
            }
            if fence != nil { fence?.append(line); continue }
            if line.hasPrefix("#") {
                out.append(style.bold(String(line.drop(while: { $0 == "#" || $0 == " " }))))
                continue
            }
            out.append(strong(inlineCode(String(line), style: style), style: style))
        }
        if let block = fence { out.append(Highlighter(style: style).highlight(block.joined(separator: "\n"))) }
        return out.joined(separator: "\n")
    }

    /// `**text**` in bold.
    private static func strong(_ line: String, style: Style) -> String {
        let pieces = split(line, on: "**")
        guard pieces.count >= 3 else { return line }
        var out = ""
        for (i, piece) in pieces.enumerated() {
            if i % 2 == 1 && i < pieces.count - 1 { out += style.bold(piece) } else {
                if i % 2 == 1 { out += "**" }
                out += piece
            }
        }
        return out
    }

    /// `text` cut at every `separator` (Foundation-free `components(separatedBy:)`).
    static func split(_ text: String, on separator: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: separator) {
            pieces.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }

    private static func inlineCode(_ line: String, style: Style) -> String {
        let pieces = line.split(separator: "`", omittingEmptySubsequences: false)
        guard pieces.count >= 3 else { return line }
        var out = ""
        for (i, piece) in pieces.enumerated() {
            if i % 2 == 1 && i < pieces.count - 1 { out += style.cyan(String(piece)) } else {
                if i % 2 == 1 { out += "`" }
                out += piece
            }
        }
        return out
    }
}
