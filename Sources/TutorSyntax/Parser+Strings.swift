// Adjacent string literals: concatenation, escape decoding and f-strings.

extension PythonParser {
    /// One or more adjacent string literals, joined into one constant or f-string.
    func parseStrings() throws -> Expr {
        let start = token
        var pieces: [(token: Token, literal: StringLiteralToken)] = []
        while case .string(let literal) = kind {
            pieces.append((token, literal))
            advance()
        }
        // CPython reports errors inside literals at the token after them.
        let blame = token
        let span = location(from: start, to: previous)
        guard let first = pieces.first else { throw unexpectedToken() }
        if pieces.contains(where: { $0.literal.isBytes != first.literal.isBytes }) {
            throw error("cannot mix bytes and nonbytes literals", at: blame)
        }
        if first.literal.isBytes {
            var bytes: [UInt8] = []
            for piece in pieces {
                let body = Array(piece.literal.body.unicodeScalars)
                if body.contains(where: { $0.value >= 128 }) {
                    throw error("bytes can only contain ASCII literal characters", at: piece.token)
                }
                do {
                    bytes += try StringLiteralDecoder.decodeBytes(body[...], isRaw: piece.literal.isRaw)
                } catch let failure as StringLiteralDecoder.Failure {
                    throw error(failure.message, at: blame)
                }
            }
            return Expr(.constant(.bytes(bytes)), span)
        }
        if !pieces.contains(where: { $0.literal.isFormatted }) {
            var text = ""
            for piece in pieces { text += try decodeText(piece.literal, blame: blame) }
            return Expr(.constant(.string(text)), span)
        }
        var parts = FStringPartList()
        for piece in pieces {
            if piece.literal.isFormatted {
                let parser = FStringParser(parent: self, literal: piece.literal, blame: blame)
                var cursor = 0
                try parser.parseParts(cursor: &cursor, recursionLevel: 0, into: &parts)
            } else {
                parts.appendLiteral(try decodeText(piece.literal, blame: blame))
            }
        }
        return Expr(.joinedString(parts.parts), span)
    }

    private func decodeText(_ literal: StringLiteralToken, blame: Token) throws -> String {
        if literal.isRaw { return literal.body }
        do {
            return try StringLiteralDecoder.decodeString(Array(literal.body.unicodeScalars)[...])
        } catch let failure as StringLiteralDecoder.Failure {
            throw error(failure.message, at: blame)
        }
    }

    /// Parses an f-string replacement field's expression as CPython does: as if it were
    /// wrapped in parentheses, so tuples, generator expressions and `yield` are allowed.
    func parseEmbeddedExpression() throws -> Expr {
        let start = token
        let result: Expr
        if at(.yield) {
            result = try parseYieldExpression()
        } else {
            let first = try parseStarNamedExpression()
            if atComprehensionStart {
                let generators = try parseComprehensionClauses()
                result = Expr(.generatorExpression(element: first, generators: generators), location(since: start))
            } else if at(.comma) {
                var elements = [first]
                while accept(.comma) {
                    guard canStartStarExpression else { break }
                    elements.append(try parseStarNamedExpression())
                }
                result = Expr(.tuple(elements), location(since: start))
            } else {
                if case .starred = first.kind { throw error("cannot use starred expression here", at: first.location) }
                result = first
            }
        }
        guard kind == .endOfFile else { throw missingDelimiter(after: result) }
        return result
    }
}

/// Accumulates f-string parts, merging adjacent literal text as CPython does.
struct FStringPartList {
    private(set) var parts: [FStringPart] = []

    mutating func appendLiteral(_ text: String) {
        guard !text.isEmpty else { return }
        if case .literal(let previous)? = parts.last {
            parts[parts.count - 1] = .literal(previous + text)
        } else {
            parts.append(.literal(text))
        }
    }

    mutating func append(_ part: FStringPart) {
        if case .literal(let text) = part {
            appendLiteral(text)
        } else {
            parts.append(part)
        }
    }
}

/// Splits one f-string literal into text and replacement fields, following CPython 3.11's
/// `fstring_find_literal` and `fstring_find_expr`, and parses each field's expression.
struct FStringParser {
    let parent: PythonParser
    let body: [Unicode.Scalar]
    let isRaw: Bool
    /// Where CPython reports f-string errors: the token after the string literals.
    let blame: Token
    /// Source line and column of each body index, so embedded expressions get real locations.
    private let lines: [Int]
    private let columns: [Int]

    init(parent: PythonParser, literal: StringLiteralToken, blame: Token) {
        self.parent = parent
        self.body = Array(literal.body.unicodeScalars)
        self.isRaw = literal.isRaw
        self.blame = blame
        var lines: [Int] = []
        var columns: [Int] = []
        lines.reserveCapacity(body.count + 1)
        columns.reserveCapacity(body.count + 1)
        var line = literal.bodyLine
        var column = literal.bodyColumn
        for scalar in body {
            lines.append(line)
            columns.append(column)
            if scalar == "\n" {
                line += 1
                column = 0
            } else {
                column += 1
            }
        }
        lines.append(line)
        columns.append(column)
        self.lines = lines
        self.columns = columns
    }

    private func fail(_ message: String) -> SyntaxErrorInfo {
        parent.error(message, at: blame)
    }

    /// Parses literal text and fields from `cursor` until the end of the body, or until a
    /// `}` that closes the format spec being parsed (`recursionLevel > 0`).
    func parseParts(cursor: inout Int, recursionLevel: Int, into parts: inout FStringPartList) throws {
        let end = body.count
        while true {
            let literalStart = cursor
            var literalEnd = end
            var resumesAfterDoubledBrace = false
            scanning: while cursor < end {
                var character = body[cursor]
                cursor += 1
                if !isRaw, character == "\\", cursor < end {
                    character = body[cursor]
                    cursor += 1
                    if character == "N" {
                        // Skip a whole `\N{NAME}` so its brace does not start a field.
                        if cursor < end {
                            let next = body[cursor]
                            cursor += 1
                            if next == "{" {
                                while cursor < end {
                                    let skipped = body[cursor]
                                    cursor += 1
                                    if skipped == "}" { break }
                                }
                            }
                        }
                        continue
                    }
                }
                if character == "{" || character == "}" {
                    if recursionLevel == 0 {
                        if cursor < end, body[cursor] == character {
                            literalEnd = cursor
                            cursor += 1
                            resumesAfterDoubledBrace = true
                            break scanning
                        }
                        if character == "}" { throw fail("f-string: single '}' is not allowed") }
                    }
                    cursor -= 1
                    literalEnd = cursor
                    break scanning
                }
            }
            if literalEnd > literalStart {
                parts.appendLiteral(try decodeLiteral(body[literalStart..<literalEnd]))
            }
            if resumesAfterDoubledBrace { continue }
            if cursor >= end || body[cursor] == "}" { return }
            try parseReplacementField(cursor: &cursor, recursionLevel: recursionLevel, into: &parts)
        }
    }

    private func decodeLiteral(_ text: ArraySlice<Unicode.Scalar>) throws -> String {
        if isRaw {
            return String(scalars: text)
        }
        do {
            return try StringLiteralDecoder.decodeString(text)
        } catch let failure as StringLiteralDecoder.Failure {
            throw fail(failure.message)
        }
    }

    /// `cursor` is at the `{` that opens a field; leaves it after the closing `}`.
    private func parseReplacementField(cursor: inout Int, recursionLevel: Int,
                                       into parts: inout FStringPartList) throws {
        if recursionLevel >= 2 { throw fail("f-string: expressions nested too deeply") }
        let end = body.count
        cursor += 1
        let expressionStart = cursor
        var quote: Unicode.Scalar?
        var isTripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        scanning: while cursor < end {
            let character = body[cursor]
            if character == "\\" { throw fail("f-string expression part cannot include a backslash") }
            if let openQuote = quote {
                if character == openQuote {
                    if !isTripleQuoted {
                        quote = nil
                    } else if cursor + 2 < end, body[cursor + 1] == openQuote, body[cursor + 2] == openQuote {
                        cursor += 2
                        quote = nil
                    }
                }
                cursor += 1
                continue
            }
            if brackets.isEmpty, character == "!" || character == ":" || character == "}" || character == "="
                || character == ">" || character == "<" {
                if cursor + 1 < end, body[cursor + 1] == "=", character != ":", character != "}" {
                    // `!=`, `==`, `<=`, `>=` are operators, not field syntax.
                    cursor += 2
                    continue
                }
                if character != ">" && character != "<" { break scanning }
                cursor += 1
                continue
            }
            switch character {
            case "'", "\"":
                isTripleQuoted = cursor + 2 < end && body[cursor + 1] == character && body[cursor + 2] == character
                if isTripleQuoted { cursor += 2 }
                quote = character
            case "[", "{", "(":
                if brackets.count >= Lexer.maximumBracketDepth { throw fail("f-string: too many nested parenthesis") }
                brackets.append(character)
            case "#":
                throw fail("f-string expression part cannot include '#'")
            case "]", "}", ")":
                guard let opening = brackets.popLast() else { throw fail("f-string: unmatched '\(character)'") }
                let expected: Unicode.Scalar = opening == "(" ? ")" : opening == "[" ? "]" : "}"
                if character != expected {
                    throw fail("f-string: closing parenthesis '\(character)' does not match opening parenthesis '\(opening)'")
                }
            default:
                break
            }
            cursor += 1
        }
        let expressionEnd = cursor
        if quote != nil { throw fail("f-string: unterminated string") }
        if let opening = brackets.last { throw fail("f-string: unmatched '\(opening)'") }
        guard cursor < end else { throw fail("f-string: expecting '}'") }

        let expression = try parseExpression(from: expressionStart, to: expressionEnd)

        var debugText: String?
        if body[cursor] == "=" {
            cursor += 1
            while cursor < end, isASCIISpace(body[cursor]) { cursor += 1 }
            guard cursor < end else { throw fail("f-string: expecting '}'") }
            debugText = String(scalars: body[expressionStart..<cursor])
        }
        var conversion: Character?
        if body[cursor] == "!" {
            cursor += 1
            guard cursor < end else { throw fail("f-string: expecting '}'") }
            let letter = body[cursor]
            cursor += 1
            guard letter == "s" || letter == "r" || letter == "a" else {
                throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(letter)
        }
        var spec: [FStringPart]?
        if cursor < end, body[cursor] == ":" {
            cursor += 1
            guard cursor < end else { throw fail("f-string: expecting '}'") }
            var specParts = FStringPartList()
            try parseParts(cursor: &cursor, recursionLevel: recursionLevel + 1, into: &specParts)
            spec = specParts.parts
        }
        guard cursor < end, body[cursor] == "}" else { throw fail("f-string: expecting '}'") }
        cursor += 1
        // `{x=}` shows the repr unless a conversion or format spec says otherwise.
        if debugText != nil, spec == nil, conversion == nil { conversion = "r" }
        if let debugText { parts.appendLiteral(debugText) }
        parts.append(.formatted(expr: expression, conversion: conversion, spec: spec))
    }

    private func parseExpression(from start: Int, to end: Int) throws -> Expr {
        let text = Array(body[start..<end])
        if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" }) {
            if end < body.count, body[end] == "!" || body[end] == ":" || body[end] == "=" {
                throw fail("f-string: expression required before '\(body[end])'")
            }
            throw fail("f-string: empty expression not allowed")
        }
        do {
            var lexer = Lexer(source: parent.source, embeddedText: text, line: lines[start], column: columns[start])
            let tokens = try lexer.tokenize()
            if let deferred = lexer.deferredError { throw deferred }
            if let open = lexer.unclosedBracket {
                throw parent.source.error("'\(open.character)' was never closed", line: open.line,
                                          offset: open.column + 1)
            }
            let parser = PythonParser(source: parent.source, tokens: tokens, isEmbedded: true,
                                      expressionNesting: parent.expressionNesting)
            return try parser.parseEmbeddedExpression()
        } catch var failure as SyntaxErrorInfo {
            if !failure.message.hasPrefix("f-string") { failure.message = "f-string: " + failure.message }
            failure.isIncompleteInput = false
            throw failure
        }
    }

    private func isASCIISpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
    }
}
