import TutorLanguage

/// Decides, as CPython's REPL does, whether the lines typed so far form a
/// statement to run, need more lines (`...`), or are a syntax error.
///
/// - A compound statement (`if`, `def`, `for`, `with`, ...) always continues
///   until an empty line, even `if x: print(x)` on one line.
/// - An open bracket, a trailing backslash or an unterminated triple-quoted
///   string continues (the parser flags these as incomplete input).
/// - Anything else runs as soon as it parses.
enum ReplInputBuffer {
    enum Status {
        case complete
        case incomplete
        case error(PyException)
    }

    static let compoundKeywords: Set<String> = ["if", "for", "while", "def", "class", "with", "try", "async"]

    static func startsCompoundStatement(_ line: Substring) -> Bool {
        let text = line.drop(while: { $0 == " " || $0 == "\t" })
        if text.hasPrefix("@") { return true }
        let word = text.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        guard compoundKeywords.contains(String(word)) else { return false }
        let rest = text.dropFirst(word.count)
        // `if`/`while` followed by a name character would be a longer identifier.
        return rest.isEmpty || !(rest.first!.isLetter || rest.first!.isNumber || rest.first == "_")
    }

    static func status(of lines: [String], compile: (String) throws -> Void) -> Status {
        let source = lines.joined(separator: "\n") + "\n"
        let first = lines.first(where: { !$0.allSatisfy { $0 == " " || $0 == "\t" } }).map { Substring($0) } ?? ""
        let needsBlankLine = startsCompoundStatement(first)
        let lastIsBlank = lines.last.map { $0.allSatisfy { $0 == " " || $0 == "\t" } } ?? true
        do {
            try compile(source)
        } catch let e as PyException {
            guard let info = e.syntaxInfo else { return .error(e) }
            // Open brackets and strings continue even past empty lines, as in CPython;
            // an empty line after a block header with no body is an error.
            let openText = info.message.contains("never closed") || info.message.contains("triple-quoted")
            if info.isIncompleteInput && (openText || !lastIsBlank) { return .incomplete }
            // A block header with nothing under it yet: wait for the body.
            if needsBlankLine && !lastIsBlank && info.message.hasPrefix("expected an indented block") && info.line > lines.count - 1 {
                return .incomplete
            }
            if needsBlankLine && !lastIsBlank && info.line >= lines.count && info.message.contains("EOF") {
                return .incomplete
            }
            return .error(e)
        } catch {
            return .error(PyException(BuiltinTypes.systemError, "\(error)"))
        }
        if needsBlankLine && !lastIsBlank { return .incomplete }
        return .complete
    }
}
