// Public entry points: tokenize, then parse in one of CPython's three compile modes.

public enum Parser {
    /// Deepest syntax tree handed to callers; deeper ones are refused as "too complex"
    /// so that the compiler's recursion and the tree's deallocation stay shallow.
    public static let maximumTreeDepth = 1000

    /// `exec` mode: a whole module.
    public static func parseModule(_ source: String, filename: String) throws -> Module {
        try parse(source, filename: filename) { parser in
            let body = try parser.parseModuleBody()
            try parser.checkTreeDepth(of: body)
            return Module(body: body)
        }
    }

    /// `eval` mode: one expression (a tuple if there are commas), surrounded by optional whitespace.
    public static func parseExpression(_ source: String, filename: String) throws -> Expr {
        try parse(source, filename: filename, skipIndentation: true) { parser in
            try parser.parseEvalInput()
        }
    }

    /// `single` mode, as the REPL compiles each entry: one statement, possibly compound.
    public static func parseInteractive(_ source: String, filename: String) throws -> Module {
        try parse(source, filename: filename) { parser in
            Module(body: try parser.parseInteractiveInput())
        }
    }

    /// The token stream, for tests and tools. Throws the tokenizer's errors.
    public static func tokenize(_ source: String, filename: String) throws -> [Token] {
        let text = SourceText(source, filename: filename)
        try rejectNullCharacters(text)
        var lexer = Lexer(source: text)
        let tokens = try lexer.tokenize()
        if let deferred = lexer.deferredError { throw deferred }
        if let open = lexer.unclosedBracket { throw unclosedBracketError(open, in: text) }
        return tokens
    }

    // MARK: - Driver

    private static func parse<Result>(_ source: String, filename: String, skipIndentation: Bool = false,
                                      _ body: @escaping (PythonParser) throws -> Result) throws -> Result {
        let text = SourceText(source, filename: filename)
        try rejectNullCharacters(text)
        var lexer = Lexer(source: text)
        var tokens = try lexer.tokenize()
        if skipIndentation {
            tokens.removeAll { $0.kind == .indent || $0.kind == .dedent }
        }
        let unclosed = lexer.unclosedBracket
        let deferred = lexer.deferredError
        let deferredOverridesParser = lexer.deferredErrorOverridesParser
        let run = { () throws -> Result in
            let parser = PythonParser(source: text, tokens: tokens)
            do {
                let result = try body(parser)
                if let deferred { throw deferred }
                return result
            } catch let failure as SyntaxErrorInfo {
                // The tokenizer's error stands if the parser got that far, or if CPython would have
                // found it by tokenizing the rest of the file (all but generic indentation errors).
                if let deferred {
                    let isIndentationSurprise = failure.message == "unexpected indent"
                        || failure.message == "unexpected unindent"
                    if parser.reachedEnd || (deferredOverridesParser && !isIndentationSurprise) {
                        throw deferred
                    }
                }
                // A bracket left open explains errors on later lines, and any error once the
                // parser has read to the end, as in CPython.
                if let unclosed, parser.reachedEnd || parser.furthestLine > unclosed.line {
                    throw unclosedBracketError(unclosed, in: text)
                }
                throw failure
            }
        }
        if StackBudget.fitsOnCallerStack(tokens: tokens, deepestNesting: lexer.deepestNesting) {
            return try run()
        }
        return try StackBudget.runOnLargeStack(tokenCount: tokens.count, run)
    }

    private static func rejectNullCharacters(_ text: SourceText) throws {
        if text.scalars.contains("\0") {
            throw SyntaxErrorInfo(message: "source code string cannot contain null bytes", filename: text.filename,
                                  line: 1, column: 1, text: text.lineText(1))
        }
    }

    static func unclosedBracketError(_ open: Lexer.OpenBracket, in text: SourceText) -> SyntaxErrorInfo {
        text.error("'\(open.character)' was never closed", line: open.line, offset: open.column + 1, incomplete: true)
    }
}

extension PythonParser {
    /// `eval: expressions NEWLINE* ENDMARKER`
    func parseEvalInput() throws -> Expr {
        while kind == .newline { advance() }
        let start = token
        let first = try parseExpression()
        var result = first
        if at(.comma) {
            var elements = [first]
            while accept(.comma) {
                guard canStartExpression else { break }
                elements.append(try parseExpression())
            }
            result = Expr(.tuple(elements), location(since: start))
        }
        while kind == .newline { advance() }
        guard kind == .endOfFile else { throw unexpectedToken() }
        try checkTreeDepth(of: result)
        return result
    }

    /// `single_input: NEWLINE | simple_stmts | compound_stmt NEWLINE`
    func parseInteractiveInput() throws -> [Stmt] {
        while kind == .newline { advance() }
        if kind == .endOfFile { return [] }
        var body: [Stmt] = []
        try parseStatement(into: &body)
        while kind == .newline { advance() }
        guard kind == .endOfFile else {
            throw error("multiple statements found while compiling a single statement", at: token)
        }
        try checkTreeDepth(of: body)
        return body
    }
}
