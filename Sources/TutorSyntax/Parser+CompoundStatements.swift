// Compound statements and their indented blocks.

extension PythonParser {
    /// A compound statement starting at the current token, or nil when there is none.
    func parseCompoundStatement() throws -> Stmt? {
        switch kind {
        case .reserved(.if): return try parseIf()
        case .reserved(.while): return try parseWhile()
        case .reserved(.for): return try parseFor(asyncToken: nil)
        case .reserved(.try): return try parseTry()
        case .reserved(.with): return try parseWith(asyncToken: nil)
        case .reserved(.def): return try parseFunctionDefinition(decorators: [], asyncToken: nil)
        case .reserved(.class): return try parseClassDefinition(decorators: [])
        case .punctuation(.at): return try parseDecorated()
        case .reserved(.async):
            switch peek().kind {
            case .reserved(.def):
                let asyncToken = advance()
                return try parseFunctionDefinition(decorators: [], asyncToken: asyncToken)
            case .reserved(.for):
                return try parseFor(asyncToken: advance())
            case .reserved(.with):
                return try parseWith(asyncToken: advance())
            default:
                return nil
            }
        case .indent:
            throw unexpectedToken()
        default:
            return nil
        }
    }

    // MARK: - Blocks

    /// `block`: an indented suite, or simple statements on the header's own line.
    /// `header` and `line` complete "expected an indented block after …".
    func parseBlock(after header: String, line: Int) throws -> [Stmt] {
        var body: [Stmt] = []
        guard kind == .newline else {
            try parseSimpleStatements(into: &body)
            return body
        }
        advance()
        guard kind == .indent else {
            throw error("expected an indented block after \(header) on line \(line)", at: token,
                        kind: .indentationError)
        }
        advance()
        while kind != .dedent && kind != .endOfFile {
            try parseStatement(into: &body)
        }
        if kind == .dedent { advance() }
        return body
    }

    /// Requires the `:` ending a header. `forced` mirrors CPython's `&&':'`, which says
    /// "expected ':'" whatever follows; otherwise only a line end gets that message.
    func requireColon(forced: Bool) throws {
        if accept(.colon) { return }
        if forced || kind == .newline { throw error("expected ':'", at: token) }
        throw unexpectedToken()
    }

    /// A location from `start` to the end of the last statement of the last non-empty body.
    func location(from start: Token, bodies: [[Stmt]]) -> SourceLocation {
        for body in bodies.reversed() {
            if let last = body.last { return location(from: start.location, through: last.location) }
        }
        return location(since: start)
    }

    private func parseElseBlock() throws -> [Stmt] {
        let elseToken = advance()
        try requireColon(forced: true)
        return try parseBlock(after: "'else' statement", line: elseToken.line)
    }

    /// The condition of `if`, `elif` or `while`, with CPython's hint for a stray `=`.
    private func parseCondition() throws -> Expr {
        let condition = try parseNamedExpression()
        if let hint = strayAssignmentError(after: condition) { throw hint }
        return condition
    }

    // MARK: - Statements

    /// `if`/`elif`/`else`. The clauses are collected first so that a long `elif` ladder
    /// needs no recursion; each `elif` becomes an `if` nested in the previous `orElse`.
    private func parseIf() throws -> Stmt {
        var clauses: [(start: Token, test: Expr, body: [Stmt])] = []
        repeat {
            let start = advance()
            let test = try parseCondition()
            try requireColon(forced: false)
            let header = clauses.isEmpty ? "'if' statement" : "'elif' statement"
            let body = try parseBlock(after: header, line: test.location.line)
            clauses.append((start, test, body))
        } while at(.elif)
        var orElse = at(.else) ? try parseElseBlock() : []
        var result: Stmt?
        for clause in clauses.reversed() {
            let statement = Stmt(.ifStmt(test: clause.test, body: clause.body, orElse: orElse),
                                 location(from: clause.start, bodies: [clause.body, orElse]))
            orElse = [statement]
            result = statement
        }
        guard let statement = result else { throw unexpectedToken() }
        return statement
    }

    private func parseWhile() throws -> Stmt {
        let start = advance()
        let test = try parseCondition()
        try requireColon(forced: false)
        let body = try parseBlock(after: "'while' statement", line: start.line)
        let orElse = at(.else) ? try parseElseBlock() : []
        return Stmt(.whileStmt(test: test, body: body, orElse: orElse), location(from: start, bodies: [body, orElse]))
    }

    private func parseFor(asyncToken: Token?) throws -> Stmt {
        let forToken = advance()
        let target = try parseForTarget()
        guard accept(.in) else { throw missingDelimiter(after: lastElement(ofTarget: target)) }
        let iterable = try parseStarExpressions()
        try requireColon(forced: false)
        let body = try parseBlock(after: "'for' statement", line: forToken.line)
        let orElse = at(.else) ? try parseElseBlock() : []
        return Stmt(.forStmt(target: target, iter: iterable, body: body, orElse: orElse, isAsync: asyncToken != nil),
                    location(from: asyncToken ?? forToken, bodies: [body, orElse]))
    }

    private func parseTry() throws -> Stmt {
        let start = advance()
        try requireColon(forced: true)
        let body = try parseBlock(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        while at(.except) {
            handlers.append(try parseExceptHandler())
        }
        let orElse = !handlers.isEmpty && at(.else) ? try parseElseBlock() : []
        var finalBody: [Stmt] = []
        if at(.finally) {
            let finallyToken = advance()
            try requireColon(forced: true)
            finalBody = try parseBlock(after: "'finally' statement", line: finallyToken.line)
        }
        if handlers.isEmpty && finalBody.isEmpty {
            throw error("expected 'except' or 'finally' block", at: token)
        }
        let handlerBodies = handlers.map(\.body)
        return Stmt(.tryStmt(body: body, handlers: handlers, orElse: orElse, finalBody: finalBody),
                    location(from: start, bodies: [body] + handlerBodies + [orElse, finalBody]))
    }

    private func parseExceptHandler() throws -> ExceptHandler {
        let start = advance()
        var type: Expr?
        var name: String?
        if !at(.colon) && kind != .newline {
            let exceptionType = try parseExpression()
            if at(.comma) {
                throw error("multiple exception types must be parenthesized", at: exceptionType.location)
            }
            type = exceptionType
            if accept(.as) { name = try expectName() }
        }
        try requireColon(forced: false)
        let body = try parseBlock(after: "'except' statement", line: start.line)
        return ExceptHandler(type: type, name: name, body: body, location: location(from: start, bodies: [body]))
    }

    private func parseWith(asyncToken: Token?) throws -> Stmt {
        let withToken = advance()
        var attemptError: SyntaxErrorInfo?
        let items: [WithItem]
        do {
            if let parenthesized = try parseParenthesizedWithItems(failure: &attemptError) {
                items = parenthesized
            } else {
                items = try parseWithItems()
            }
        } catch let fallbackError as SyntaxErrorInfo {
            // CPython reports whichever reading of the items got further.
            if let attemptError, (attemptError.line, attemptError.column) > (fallbackError.line, fallbackError.column) {
                throw attemptError
            }
            throw fallbackError
        }
        try requireColon(forced: false)
        let body = try parseBlock(after: "'with' statement", line: withToken.line)
        return Stmt(.with(items: items, body: body, isAsync: asyncToken != nil),
                    location(from: asyncToken ?? withToken, bodies: [body]))
    }

    /// `with (a as b, c as d):` — tried first, since `(a, b)` could also be one tuple-valued
    /// item. Returns nil, consuming nothing, when the items are not in that form.
    private func parseParenthesizedWithItems(failure: inout SyntaxErrorInfo?) throws -> [WithItem]? {
        guard at(.leftParen) else { return nil }
        let savedPosition = position
        let savedLookahead = furthestLookahead
        do {
            let items = try insideBrackets { () throws -> [WithItem] in
                advance()
                var items = [try parseWithItem()]
                while true {
                    if accept(.rightParen) { return items }
                    guard accept(.comma) else {
                        let last = items.last.map { $0.target ?? $0.context }
                        let error = missingDelimiter(after: last)
                        if error.message.hasSuffix("forgot a comma?") { throw CommaHint(error: error) }
                        throw error
                    }
                    if accept(.rightParen) { return items }
                    items.append(try parseWithItem())
                }
            }
            if at(.colon) { return items }
        } catch let hint as CommaHint {
            throw hint.error
        } catch let error as SyntaxErrorInfo {
            // Not this form: parse the items again as plain expressions.
            failure = error
        }
        position = savedPosition
        furthestLookahead = savedLookahead
        return nil
    }

    /// A missing comma between parenthesized with items is reported as such, not retried.
    private struct CommaHint: Error {
        var error: SyntaxErrorInfo
    }

    private func parseWithItems() throws -> [WithItem] {
        var items = [try parseWithItem()]
        while accept(.comma) { items.append(try parseWithItem()) }
        return items
    }

    private func parseWithItem() throws -> WithItem {
        let context = try parseExpression()
        guard accept(.as) else { return WithItem(context: context, target: nil) }
        let target = at(.star) ? try parseStarred() : try parseExpression()
        try validateTarget(target, for: .assignment)
        return WithItem(context: context, target: target)
    }

    // MARK: - Definitions

    private func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            guard kind == .newline else { throw unexpectedToken() }
            advance()
        }
        switch kind {
        case .reserved(.def):
            return try parseFunctionDefinition(decorators: decorators, asyncToken: nil)
        case .reserved(.class):
            return try parseClassDefinition(decorators: decorators)
        case .reserved(.async) where peek().kind == .reserved(.def):
            let asyncToken = advance()
            return try parseFunctionDefinition(decorators: decorators, asyncToken: asyncToken)
        default:
            throw unexpectedToken()
        }
    }

    private func parseFunctionDefinition(decorators: [Expr], asyncToken: Token?) throws -> Stmt {
        let defToken = advance()
        let name = try expectName()
        try require(.leftParen)
        let arguments = try insideBrackets { () throws -> Arguments in
            let arguments = try parseParameters(forLambda: false)
            try expect(.rightParen)
            return arguments
        }
        var returns: Expr?
        if at(.arrow) {
            let arrow = advance()
            guard canStartExpression else { throw error("expected ':'", at: arrow) }
            returns = try parseExpression()
        }
        try requireColon(forced: true)
        let body = try parseBlock(after: "function definition", line: defToken.line)
        let definition = FunctionDef(name: name, arguments: arguments, body: body, decorators: decorators,
                                     returns: returns, isAsync: asyncToken != nil)
        return Stmt(.functionDef(definition), location(from: asyncToken ?? defToken, bodies: [body]))
    }

    private func parseClassDefinition(decorators: [Expr]) throws -> Stmt {
        let classToken = advance()
        let name = try expectName()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if at(.leftParen) {
            let open = advance()
            (bases, keywords) = try insideBrackets { try parseCallArguments(open: open, allowsGenerator: false) }
        }
        try requireColon(forced: false)
        let body = try parseBlock(after: "class definition", line: classToken.line)
        let definition = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(definition), location(from: classToken, bodies: [body]))
    }
}
