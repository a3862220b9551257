// Turns source text into tokens the way CPython 3.11's tokenizer does: INDENT/DEDENT
// from leading whitespace, NEWLINE only for logical line ends outside brackets,
// and the tokenizer's own error messages and offsets.

struct Lexer {
    enum Mode {
        /// A whole program: indentation is significant and lines end in NEWLINE.
        case module
        /// The expression inside an f-string replacement field: behaves as if inside
        /// parentheses, so newlines are insignificant and there is no indentation.
        case embeddedExpression
    }

    /// An opening bracket still waiting for its partner.
    struct OpenBracket {
        var character: Unicode.Scalar
        var line: Int
        var column: Int
    }

    static let maximumBracketDepth = 200
    static let maximumIndentLevels = 100

    let source: SourceText
    private let text: [Unicode.Scalar]
    private let mode: Mode
    private var index: Int
    private let end: Int
    private var line: Int
    /// Index in `text` where the current line begins.
    private var lineStartIndex: Int
    /// Added to columns on the lexer's first line: an embedded expression starts mid-line.
    private var firstLineColumnOffset: Int
    private var firstLine: Int

    private var tokens: [Token] = []
    private var brackets: [OpenBracket] = []
    private var implicitBrackets: Int
    private var indentColumns: [Int] = [0]
    /// Indentation measured with tabs as one column, to detect inconsistent tab use.
    private var alternateIndentColumns: [Int] = [0]
    private var atLineStart = true
    /// Where a comment began on the current line, if one did.
    private var commentStart: Int?
    /// The bracket left open at end of input, reported by the parser when it fails.
    private(set) var unclosedBracket: OpenBracket?
    /// Deepest bracket nesting seen; the parser uses it to size its stack.
    private(set) var deepestNesting = 0
    /// The tokenizer's error, if any: lexing stops there and the token list ends early.
    /// The parser decides, as CPython does, whether its own earlier error wins.
    private(set) var deferredError: SyntaxErrorInfo?
    /// CPython raises most tokenizer errors as exceptions, which replace parser errors found
    /// earlier in the file; indentation and line-continuation errors it reports only when
    /// the parser reaches them.
    private(set) var deferredErrorOverridesParser = false

    /// Thrown internally for errors reported only when the parser reaches them.
    private struct Deferred: Error {
        var info: SyntaxErrorInfo
    }

    init(source: SourceText) {
        self.source = source
        self.text = source.scalars
        self.mode = .module
        self.index = 0
        self.end = source.scalars.count
        self.line = 1
        self.lineStartIndex = 0
        self.firstLineColumnOffset = 0
        self.firstLine = 1
        self.implicitBrackets = 0
    }

    /// Lexes `text`, the expression of an f-string replacement field whose first character
    /// sits at `line`/`column` of `source`.
    init(source: SourceText, embeddedText text: [Unicode.Scalar], line: Int, column: Int) {
        self.source = source
        self.text = text
        self.mode = .embeddedExpression
        self.index = 0
        self.end = text.count
        self.line = line
        self.lineStartIndex = 0
        self.firstLineColumnOffset = column
        self.firstLine = line
        self.implicitBrackets = 1
        self.atLineStart = false
    }

    /// Lexes everything; the token list always ends with `.endOfFile`. A tokenizer error
    /// ends the list early and is left in `deferredError` for the parser to weigh.
    mutating func tokenize() throws -> [Token] {
        tokens.reserveCapacity(end / 3 + 8)
        do {
            try readTokens()
        } catch let failure as SyntaxErrorInfo {
            deferredError = failure
            deferredErrorOverridesParser = true
            tokens.append(Token(kind: .endOfFile, line: line, column: column(of: min(index, end)),
                                endLine: line, endColumn: column(of: min(index, end)), bracketDepth: bracketDepth))
            return tokens
        } catch let deferred as Deferred {
            deferredError = deferred.info
            tokens.append(Token(kind: .endOfFile, line: line, column: column(of: min(index, end)),
                                endLine: line, endColumn: column(of: min(index, end)), bracketDepth: bracketDepth))
            return tokens
        }
        finish()
        return tokens
    }

    private mutating func readTokens() throws {
        while true {
            if atLineStart {
                atLineStart = false
                if try readIndentation() { continue }
            }
            skipSpaces()
            guard index < end else { break }
            let character = text[index]
            switch character {
            case "#":
                commentStart = index
                while index < end, text[index] != "\n" { index += 1 }
            case "\n":
                endPhysicalLine()
            case "\\":
                try readLineContinuation()
            default:
                try readToken(startingWith: character)
            }
        }
    }

    // MARK: - Positions

    private func column(of position: Int) -> Int {
        position - lineStartIndex + (line == firstLine ? firstLineColumnOffset : 0)
    }

    private var bracketDepth: Int { brackets.count + implicitBrackets }

    private mutating func startNewLine(at position: Int) {
        line += 1
        lineStartIndex = position
    }

    private mutating func append(_ kind: TokenKind, startLine: Int, startColumn: Int) {
        tokens.append(Token(kind: kind, line: startLine, column: startColumn,
                            endLine: line, endColumn: column(of: index), bracketDepth: bracketDepth))
    }

    private func error(_ message: String, line errorLine: Int, offset: Int,
                       kind: SyntaxErrorInfo.Kind = .syntaxError, incomplete: Bool = false) -> SyntaxErrorInfo {
        source.error(message, line: errorLine, offset: offset, kind: kind, incomplete: incomplete)
    }

    // MARK: - Lines and indentation

    private mutating func skipSpaces() {
        while index < end {
            let character = text[index]
            guard character == " " || character == "\t" || character == "\u{0C}" else { return }
            index += 1
        }
    }

    /// Measures a line's indentation and emits INDENT/DEDENT tokens.
    /// Returns true when the line was blank or a comment and has been skipped entirely.
    private mutating func readIndentation() throws -> Bool {
        var width = 0
        var alternateWidth = 0
        while index < end {
            switch text[index] {
            case " ":
                width += 1
                alternateWidth += 1
            case "\t":
                width = (width / 8 + 1) * 8
                alternateWidth += 1
            case "\u{0C}":
                width = 0
                alternateWidth = 0
            default:
                break
            }
            guard text[index] == " " || text[index] == "\t" || text[index] == "\u{0C}" else { break }
            index += 1
        }
        guard index < end else { return false }
        let first = text[index]
        if first == "#" || first == "\n" {
            // Blank and comment-only lines do not affect indentation.
            while index < end, text[index] != "\n" { index += 1 }
            if index < end {
                index += 1
                startNewLine(at: index)
                atLineStart = true
            }
            return true
        }
        guard bracketDepth == 0 else { return false }
        let indentColumn = column(of: index)
        let current = indentColumns.last ?? 0
        let currentAlternate = alternateIndentColumns.last ?? 0
        if width == current {
            if alternateWidth != currentAlternate { throw tabError() }
        } else if width > current {
            if indentColumns.count >= Lexer.maximumIndentLevels {
                throw Deferred(info: error("too many levels of indentation", line: line, offset: indentColumn + 1,
                                           kind: .indentationError))
            }
            if alternateWidth <= currentAlternate { throw tabError() }
            indentColumns.append(width)
            alternateIndentColumns.append(alternateWidth)
            tokens.append(Token(kind: .indent, line: line, column: 0, endLine: line, endColumn: indentColumn,
                                bracketDepth: 0))
        } else {
            // Validate before emitting anything: CPython reports the error instead of any DEDENT.
            var remaining = indentColumns.count
            while remaining > 1, width < indentColumns[remaining - 1] { remaining -= 1 }
            if width != indentColumns[remaining - 1] {
                throw Deferred(info: error("unindent does not match any outer indentation level", line: line,
                                           offset: source.lineLength(line) + 1, kind: .indentationError))
            }
            if alternateWidth != alternateIndentColumns[remaining - 1] { throw tabError() }
            while indentColumns.count > remaining {
                indentColumns.removeLast()
                alternateIndentColumns.removeLast()
                tokens.append(Token(kind: .dedent, line: line, column: indentColumn, endLine: line,
                                    endColumn: indentColumn, bracketDepth: 0))
            }
        }
        return false
    }

    private func tabError() -> Deferred {
        Deferred(info: error("inconsistent use of tabs and spaces in indentation", line: line, offset: 1,
                             kind: .tabError))
    }

    /// A newline ends the logical line unless brackets are open or the line had no tokens.
    private mutating func endPhysicalLine() {
        if bracketDepth == 0, let last = tokens.last, last.kind != .newline,
           last.kind != .indent, last.kind != .dedent {
            // Like CPython, a NEWLINE after a comment starts where the comment does.
            let start = commentStart ?? index
            tokens.append(Token(kind: .newline, line: line, column: column(of: start), endLine: line,
                                endColumn: column(of: index) + 1, bracketDepth: 0))
        }
        commentStart = nil
        index += 1
        startNewLine(at: index)
        if bracketDepth == 0 && mode == .module { atLineStart = true }
    }

    private mutating func readLineContinuation() throws {
        let backslashColumn = column(of: index)
        let backslashLine = line
        let next = index + 1
        if next < end, text[next] == "\n" {
            index = next + 1
            startNewLine(at: index)
        } else if next < end {
            throw Deferred(info: error("unexpected character after line continuation character", line: line,
                                       offset: backslashColumn + 2))
        } else {
            index = next
        }
        // At the end of input inside brackets the open bracket is reported instead.
        if index >= end && brackets.isEmpty {
            throw Deferred(info: error("unexpected EOF while parsing", line: backslashLine,
                                       offset: backslashColumn + 2, incomplete: true))
        }
    }

    private mutating func finish() {
        let eofLine: Int
        let eofColumn: Int
        if mode == .module, source.lineCount > 0, !text.isEmpty {
            eofLine = source.lineCount
            eofColumn = source.lineLength(eofLine)
        } else {
            eofLine = line
            eofColumn = column(of: index)
        }
        if let open = brackets.last {
            unclosedBracket = open
        } else if mode == .module {
            if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
                tokens.append(Token(kind: .newline, line: eofLine, column: eofColumn, endLine: eofLine,
                                    endColumn: eofColumn))
            }
            while indentColumns.count > 1 {
                indentColumns.removeLast()
                tokens.append(Token(kind: .dedent, line: eofLine, column: eofColumn, endLine: eofLine,
                                    endColumn: eofColumn))
            }
        }
        tokens.append(Token(kind: .endOfFile, line: eofLine, column: eofColumn, endLine: eofLine,
                            endColumn: eofColumn, bracketDepth: bracketDepth))
    }

    // MARK: - Tokens

    private mutating func readToken(startingWith character: Unicode.Scalar) throws {
        if character == "\"" || character == "'" {
            try readString(prefixStart: index, prefix: StringPrefix())
        } else if isIdentifierStart(character) {
            try readNameOrPrefixedString()
        } else if isDigit(character) || (character == "." && index + 1 < end && isDigit(text[index + 1])) {
            try readNumber()
        } else if let (punctuation, length) = punctuation(at: index) {
            try readPunctuation(punctuation, length: length)
        } else {
            let startColumn = column(of: index)
            let value = character.value
            if value < 0x20 || value == 0x7F {
                throw error("invalid non-printable character U+\(hex4(value))", line: line, offset: startColumn + 1)
            }
            let startLine = line
            index += 1
            append(.unknownCharacter(String(Character(character))), startLine: startLine,
                   startColumn: startColumn)
        }
    }

    private mutating func readPunctuation(_ punctuation: Punctuation, length: Int) throws {
        let startColumn = column(of: index)
        let startLine = line
        switch punctuation {
        case .leftParen, .leftBracket, .leftBrace:
            if bracketDepth >= Lexer.maximumBracketDepth {
                throw error("too many nested parentheses", line: line, offset: startColumn + 1)
            }
            brackets.append(OpenBracket(character: text[index], line: line, column: startColumn))
            deepestNesting = max(deepestNesting, bracketDepth)
        case .rightParen, .rightBracket, .rightBrace:
            let closing = text[index]
            guard let open = brackets.last else {
                throw error("unmatched '\(closing)'", line: line, offset: startColumn + 1)
            }
            let expected: Unicode.Scalar = open.character == "(" ? ")" : open.character == "[" ? "]" : "}"
            if closing != expected {
                var message = "closing parenthesis '\(closing)' does not match opening parenthesis '\(open.character)'"
                if open.line != line { message += " on line \(open.line)" }
                throw error(message, line: line, offset: startColumn + 1)
            }
            brackets.removeLast()
        default:
            break
        }
        index += length
        append(.punctuation(punctuation), startLine: startLine, startColumn: startColumn)
    }

    private func punctuation(at position: Int) -> (Punctuation, Int)? {
        let first = text[position]
        let second: Unicode.Scalar = position + 1 < end ? text[position + 1] : "\0"
        let third: Unicode.Scalar = position + 2 < end ? text[position + 2] : "\0"
        switch first {
        case "(": return (.leftParen, 1)
        case ")": return (.rightParen, 1)
        case "[": return (.leftBracket, 1)
        case "]": return (.rightBracket, 1)
        case "{": return (.leftBrace, 1)
        case "}": return (.rightBrace, 1)
        case ",": return (.comma, 1)
        case ";": return (.semicolon, 1)
        case "~": return (.tilde, 1)
        case ":": return second == "=" ? (.walrus, 2) : (.colon, 1)
        case ".": return second == "." && third == "." ? (.ellipsis, 3) : (.dot, 1)
        case "=": return second == "=" ? (.equal, 2) : (.assign, 1)
        case "!": return second == "=" ? (.notEqual, 2) : nil
        case "@": return second == "=" ? (.atAssign, 2) : (.at, 1)
        case "+": return second == "=" ? (.plusAssign, 2) : (.plus, 1)
        case "%": return second == "=" ? (.percentAssign, 2) : (.percent, 1)
        case "&": return second == "=" ? (.ampersandAssign, 2) : (.ampersand, 1)
        case "|": return second == "=" ? (.pipeAssign, 2) : (.pipe, 1)
        case "^": return second == "=" ? (.caretAssign, 2) : (.caret, 1)
        case "-":
            if second == "=" { return (.minusAssign, 2) }
            if second == ">" { return (.arrow, 2) }
            return (.minus, 1)
        case "*":
            if second == "*" { return third == "=" ? (.doubleStarAssign, 3) : (.doubleStar, 2) }
            return second == "=" ? (.starAssign, 2) : (.star, 1)
        case "/":
            if second == "/" { return third == "=" ? (.doubleSlashAssign, 3) : (.doubleSlash, 2) }
            return second == "=" ? (.slashAssign, 2) : (.slash, 1)
        case "<":
            if second == "<" { return third == "=" ? (.leftShiftAssign, 3) : (.leftShift, 2) }
            return second == "=" ? (.lessEqual, 2) : (.less, 1)
        case ">":
            if second == ">" { return third == "=" ? (.rightShiftAssign, 3) : (.rightShift, 2) }
            return second == "=" ? (.greaterEqual, 2) : (.greater, 1)
        default:
            return nil
        }
    }

    // MARK: - Names

    private mutating func readNameOrPrefixedString() throws {
        let start = index
        let startColumn = column(of: index)
        let startLine = line
        while index < end, isIdentifierContinuation(text[index]) { index += 1 }
        let length = index - start
        if length <= 2, index < end, text[index] == "\"" || text[index] == "'",
           let prefix = StringPrefix(text[start..<index]) {
            try readString(prefixStart: start, prefix: prefix)
            return
        }
        try validateIdentifier(from: start, to: index)
        let name = String(scalars: text[start..<index])
        let kind: TokenKind = ReservedWord(name: name).map { .reserved($0) } ?? .name(name)
        append(kind, startLine: startLine, startColumn: startColumn)
    }

    private func validateIdentifier(from start: Int, to stop: Int) throws {
        var position = start
        while position < stop {
            let scalar = text[position]
            if scalar.value >= 128 {
                let valid = position == start
                    ? scalar.properties.isXIDStart
                    : scalar.properties.isXIDContinue
                if !valid {
                    let offset = column(of: position) + 1
                    if isPrintable(scalar) {
                        throw error("invalid character '\(Character(scalar))' (U+\(hex4(scalar.value)))",
                                    line: line, offset: offset)
                    }
                    throw error("invalid non-printable character U+\(hex4(scalar.value))", line: line, offset: offset)
                }
            }
            position += 1
        }
    }

    // MARK: - Strings

    /// Scans a string literal whose prefix (possibly empty) starts at `prefixStart`
    /// and whose opening quote is at `index`.
    private mutating func readString(prefixStart: Int, prefix: StringPrefix) throws {
        let startColumn = column(of: prefixStart)
        let startLine = line
        let quote = text[index]
        let isTriple = index + 2 < end && text[index + 1] == quote && text[index + 2] == quote
        index += isTriple ? 3 : 1
        let bodyStart = index
        let bodyLine = line
        let bodyColumn = column(of: index)
        var bodyEnd = index
        while true {
            guard index < end else {
                let detectedAt = max(min(line, source.lineCount), 1)
                if !isTriple {
                    // A backslash before the final newline carried the string to the end.
                    throw error("unterminated string literal (detected at line \(detectedAt))", line: startLine,
                                offset: startColumn + 1)
                }
                throw error("unterminated triple-quoted string literal (detected at line \(detectedAt))",
                            line: startLine, offset: startColumn + 1, incomplete: true)
            }
            let character = text[index]
            if character == quote {
                if !isTriple {
                    bodyEnd = index
                    index += 1
                    break
                }
                if index + 2 < end, text[index + 1] == quote, text[index + 2] == quote {
                    bodyEnd = index
                    index += 3
                    break
                }
                index += 1
            } else if character == "\\" {
                index += 1
                if index < end, text[index] == "\n" {
                    index += 1
                    startNewLine(at: index)
                } else if index < end {
                    index += 1
                }
            } else if character == "\n" {
                if !isTriple {
                    throw error("unterminated string literal (detected at line \(line))", line: startLine,
                                offset: startColumn + 1)
                }
                index += 1
                startNewLine(at: index)
            } else {
                index += 1
            }
        }
        let literal = StringLiteralToken(isRaw: prefix.isRaw, isBytes: prefix.isBytes, isFormatted: prefix.isFormatted,
                                         isTripleQuoted: isTriple, body: String(scalars: text[bodyStart..<bodyEnd]),
                                         bodyLine: bodyLine, bodyColumn: bodyColumn)
        append(.string(literal), startLine: startLine, startColumn: startColumn)
    }

    // MARK: - Numbers

    private mutating func readNumber() throws {
        let startColumn = column(of: index)
        let startLine = line
        var scanner = NumberScanner(text: text, position: index, end: end)
        do {
            let constant = try scanner.scan()
            index = scanner.position
            append(.number(constant), startLine: startLine, startColumn: startColumn)
        } catch let failure as NumberScanner.Failure {
            // CPython's offset here is the number of characters before its cursor.
            throw error(failure.message, line: line, offset: column(of: failure.cursor))
        }
    }

    // MARK: - Character classes

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || value == 95 || value >= 128
    }

    private func isIdentifierContinuation(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || isDigit(scalar)
    }

    private func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return scalar == " "
        default:
            return true
        }
    }
}

/// Upper-case hexadecimal with at least four digits, as in `U+00A0`.
func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
}

/// The letters before a string's opening quote.
struct StringPrefix {
    var isRaw = false
    var isBytes = false
    var isFormatted = false

    init() {}

    /// Accepts r, u, b, f and the pairs rb, br, fr, rf in any case.
    init?<Letters: Collection>(_ letters: Letters) where Letters.Element == Unicode.Scalar {
        var sawUnicode = false
        for letter in letters {
            switch letter {
            case "r", "R":
                if isRaw { return nil }
                isRaw = true
            case "b", "B":
                if isBytes { return nil }
                isBytes = true
            case "f", "F":
                if isFormatted { return nil }
                isFormatted = true
            case "u", "U":
                if sawUnicode { return nil }
                sawUnicode = true
            default:
                return nil
            }
        }
        if sawUnicode && (isRaw || isBytes || isFormatted) { return nil }
        if isBytes && isFormatted { return nil }
    }
}
