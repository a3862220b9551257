// Token navigation, error construction and nesting guards shared by all parser parts.

/// A hand-written recursive-descent parser over a token array, following CPython 3.11's
/// grammar and reproducing its error messages.
final class PythonParser {
    /// Re-entries of `parseExpression` allowed before the parser refuses, so that
    /// pathological input cannot exhaust the stack.
    static let maximumExpressionNesting = 1000

    let source: SourceText
    let tokens: [Token]
    var position = 0
    /// The furthest token examined by lookahead; generic errors are reported there, as
    /// CPython reports them at the last token its tokenizer produced.
    var furthestLookahead = 0
    /// The furthest token ever reached, speculation included; CPython decides whether an
    /// unclosed bracket explains an error by the line of this token.
    private(set) var highWaterMark = 0
    var expressionNesting: Int
    /// True while parsing a `for` target, where `in` ends the target instead of being a comparison.
    var inDisallowed = false
    /// Locations of expressions written inside their own parentheses, which CPython's
    /// tree does not record but some error messages and `simple` depend on.
    var parenthesizedLocations = Set<SourceLocation>()
    /// True for the parser of an f-string replacement field: its errors start with "f-string: ".
    let isEmbedded: Bool

    init(source: SourceText, tokens: [Token], isEmbedded: Bool = false, expressionNesting: Int = 0) {
        self.source = source
        // Every path that consumes tokens stops at `.endOfFile`; make sure there is one.
        if let last = tokens.last, last.kind == .endOfFile {
            self.tokens = tokens
        } else {
            let line = tokens.last?.endLine ?? 1
            let column = tokens.last?.endColumn ?? 0
            self.tokens = tokens + [Token(kind: .endOfFile, line: line, column: column, endLine: line, endColumn: column)]
        }
        self.isEmbedded = isEmbedded
        self.expressionNesting = expressionNesting
    }

    // MARK: - Token navigation

    var token: Token { tokens[position] }

    var kind: TokenKind { tokens[position].kind }

    func peek(_ distance: Int = 1) -> Token {
        let index = min(position + distance, tokens.count - 1)
        if index > furthestLookahead { furthestLookahead = index }
        if index > highWaterMark { highWaterMark = index }
        return tokens[index]
    }

    /// The most recently consumed token.
    var previous: Token { tokens[max(position - 1, 0)] }

    @discardableResult
    func advance() -> Token {
        let current = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        if position > highWaterMark { highWaterMark = position }
        return current
    }

    func at(_ punctuation: Punctuation) -> Bool {
        if case .punctuation(let found) = kind { return found == punctuation }
        return false
    }

    func at(_ word: ReservedWord) -> Bool {
        if case .reserved(let found) = kind { return found == word }
        return false
    }

    func accept(_ punctuation: Punctuation) -> Bool {
        guard at(punctuation) else { return false }
        advance()
        return true
    }

    func accept(_ word: ReservedWord) -> Bool {
        guard at(word) else { return false }
        advance()
        return true
    }

    func expect(_ punctuation: Punctuation) throws {
        guard accept(punctuation) else { throw unexpectedToken() }
    }

    /// Requires `punctuation`, failing with CPython's "expected '…'" message.
    func require(_ punctuation: Punctuation) throws {
        guard accept(punctuation) else { throw error("expected '\(punctuation.rawValue)'", at: token) }
    }

    var atName: Bool {
        if case .name = kind { return true }
        return false
    }

    func expectName() throws -> String {
        guard case .name(let name) = kind else { throw unexpectedToken() }
        advance()
        return name
    }

    var atEndOfLogicalLine: Bool {
        kind == .newline || kind == .endOfFile
    }

    // MARK: - Locations

    func location(from start: Token, to end: Token) -> SourceLocation {
        SourceLocation(line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn)
    }

    func location(from start: SourceLocation, through end: SourceLocation) -> SourceLocation {
        SourceLocation(line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn)
    }

    /// From `start` to the end of the last consumed token.
    func location(since start: Token) -> SourceLocation {
        location(from: start, to: previous)
    }

    /// Whether the parser has looked at the final token.
    var reachedEnd: Bool { highWaterMark >= tokens.count - 1 }

    /// The line of the furthest token reached so far.
    var furthestLine: Int { tokens[min(highWaterMark, tokens.count - 1)].line }

    func isParenthesized(_ expression: Expr) -> Bool {
        parenthesizedLocations.contains(expression.location)
    }

    // MARK: - Errors

    private func decorated(_ message: String) -> String {
        isEmbedded && !message.hasPrefix("f-string") ? "f-string: " + message : message
    }

    func error(_ message: String, at token: Token, kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        source.error(decorated(message), line: token.line, offset: token.column + 1, kind: kind,
                     incomplete: isEndOfInput(token))
    }

    /// Whether `token` is the end marker or one of the DEDENTs just before it: failing
    /// there means more lines could complete the program.
    func isEndOfInput(_ token: Token) -> Bool {
        guard !isEmbedded, let last = tokens.last else { return false }
        switch token.kind {
        case .endOfFile: return true
        case .dedent: return token.line == last.line && token.column == last.column
        default: return false
        }
    }

    func error(_ message: String, at location: SourceLocation,
               kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        source.error(decorated(message), line: location.line, offset: location.column + 1, kind: kind)
    }

    /// CPython's generic error for a token no rule accepts.
    func unexpectedToken() -> SyntaxErrorInfo {
        lookAheadLikeSecondPass()
        let index = max(position, furthestLookahead)
        let offending = tokens[min(index, tokens.count - 1)]
        switch offending.kind {
        case .indent:
            return source.error(decorated("unexpected indent"), line: offending.line, offset: offending.endColumn,
                                kind: .indentationError)
        case .dedent where !isEndOfInput(offending):
            return source.error(decorated("unexpected unindent"), line: offending.line,
                                offset: offending.column + 1, kind: .indentationError)
        default:
            return error("invalid syntax", at: offending)
        }
    }

    /// CPython's second, error-finding pass tries to read an expression wherever one could
    /// follow another, and so may run into the end of input (where an unclosed bracket is
    /// then reported). Do the same reading, keeping only how far it got.
    func lookAheadLikeSecondPass() {
        guard canStartExpression, position > 0, previousEndsExpression else { return }
        let savedPosition = position
        let savedLookahead = furthestLookahead
        _ = try? parseDisjunctionOrLambda()
        position = savedPosition
        furthestLookahead = savedLookahead
    }

    private var previousEndsExpression: Bool {
        switch previous.kind {
        case .name, .number, .string: return true
        case .reserved(let word): return word == .true || word == .false || word == .none
        case .punctuation(let punctuation):
            return punctuation == .rightParen || punctuation == .rightBracket || punctuation == .rightBrace
                || punctuation == .ellipsis
        default: return false
        }
    }

    func parseDisjunctionOrLambda() throws -> Expr {
        at(.lambda) ? try parseLambda() : try parseDisjunction()
    }

    // MARK: - Nesting guard

    func enterNesting() throws {
        expressionNesting += 1
        if expressionNesting > PythonParser.maximumExpressionNesting {
            throw error("too complex", at: token)
        }
    }

    func leaveNesting() {
        expressionNesting -= 1
    }
}
