// Expressions from `star_expressions` down to `power`, with Python's precedence.
// Chains (unary operators, `not`, `**`, binary operators of one level) are parsed with
// loops rather than recursion so that long chains cannot exhaust the stack.

extension PythonParser {
    /// The result of `star_expressions`, remembering whether a bare comma made a tuple.
    struct ExpressionList {
        var expression: Expr
        var isBareTuple: Bool
    }

    /// Whether the current token can begin an expression (`*` excluded).
    var canStartExpression: Bool {
        switch kind {
        case .name, .number, .string:
            return true
        case .reserved(let word):
            switch word {
            case .true, .false, .none, .not, .lambda, .await: return true
            default: return false
            }
        case .punctuation(let punctuation):
            switch punctuation {
            case .leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .ellipsis: return true
            default: return false
            }
        default:
            return false
        }
    }

    var canStartStarExpression: Bool { canStartExpression || at(.star) }

    var atComprehensionStart: Bool {
        at(.for) || (at(.async) && peek().kind == .reserved(.for))
    }

    // MARK: - Lists of expressions

    /// `star_expressions`: a tuple without parentheses when there is a comma.
    func parseStarExpressions() throws -> Expr {
        try parseStarExpressionList().expression
    }

    func parseStarExpressionList() throws -> ExpressionList {
        let start = token
        let first = try parseStarExpression()
        guard at(.comma) else { return ExpressionList(expression: first, isBareTuple: false) }
        var elements = [first]
        while accept(.comma) {
            guard canStartStarExpression else { break }
            elements.append(try parseStarExpression())
        }
        return ExpressionList(expression: Expr(.tuple(elements), location(since: start)), isBareTuple: true)
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    func parseStarExpression() throws -> Expr {
        if at(.star) { return try parseStarred() }
        return try parseExpression()
    }

    /// `star_named_expression`: `*bitwise_or` or a possibly walrus expression.
    func parseStarNamedExpression() throws -> Expr {
        if at(.star) { return try parseStarred() }
        return try parseNamedExpression()
    }

    func parseStarred() throws -> Expr {
        let start = advance()
        let value = try parseBitwiseOr()
        return Expr(.starred(value), location(since: start))
    }

    /// `named_expression`: `NAME := expression` or an expression.
    func parseNamedExpression() throws -> Expr {
        if case .name(let name) = kind, peek().kind == .punctuation(.walrus) {
            let start = advance()
            advance()
            let value = try parseExpression()
            return Expr(.namedExpression(target: name, value: value), location(since: start))
        }
        let expression = try parseExpression()
        if at(.walrus) {
            throw error("cannot use assignment expressions with \(describe(expression))", at: expression.location)
        }
        return expression
    }

    // MARK: - Conditional, lambda, boolean

    /// `expression`: a conditional expression, a lambda, or a disjunction.
    /// Every nested expression passes through here, so this is where nesting is counted.
    func parseExpression() throws -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        if at(.lambda) { return try parseLambda() }
        let start = token
        let body = try parseDisjunction()
        guard at(.if) else { return body }
        advance()
        let test = try parseDisjunction()
        guard accept(.else) else {
            if at(.colon) { throw unexpectedToken() }
            throw error("expected 'else' after 'if' expression", at: body.location)
        }
        let orElse = try parseExpression()
        return Expr(.conditional(test: test, body: body, orElse: orElse), location(since: start))
    }

    func parseLambda() throws -> Expr {
        let start = advance()
        let arguments = try parseParameters(forLambda: true)
        try expect(.colon)
        let body = try parseExpression()
        return Expr(.lambda(arguments, body: body), location(since: start))
    }

    func parseDisjunction() throws -> Expr {
        let start = token
        let first = try parseConjunction()
        guard at(.or) else { return first }
        var operands = [first]
        while accept(.or) { operands.append(try parseConjunction()) }
        return Expr(.boolean(.or, operands), location(since: start))
    }

    func parseConjunction() throws -> Expr {
        let start = token
        let first = try parseInversion()
        guard at(.and) else { return first }
        var operands = [first]
        while accept(.and) { operands.append(try parseInversion()) }
        return Expr(.boolean(.and, operands), location(since: start))
    }

    func parseInversion() throws -> Expr {
        var notTokens: [Token] = []
        while at(.not) { notTokens.append(advance()) }
        var result = try parseComparison()
        for notToken in notTokens.reversed() {
            result = Expr(.unary(.not, result), location(since: notToken))
        }
        return result
    }

    // MARK: - Comparison and binary operators

    func parseComparison() throws -> Expr {
        let start = token
        let first = try parseBitwiseOr()
        var steps: [ComparisonStep] = []
        while let op = acceptComparisonOperator() {
            steps.append(ComparisonStep(op: op, right: try parseBitwiseOr()))
        }
        return steps.isEmpty ? first : Expr(.compare(first, steps), location(since: start))
    }

    private func acceptComparisonOperator() -> ComparisonOperator? {
        let op: ComparisonOperator
        switch kind {
        case .punctuation(.equal): op = .equal
        case .punctuation(.notEqual): op = .notEqual
        case .punctuation(.less): op = .less
        case .punctuation(.lessEqual): op = .lessEqual
        case .punctuation(.greater): op = .greater
        case .punctuation(.greaterEqual): op = .greaterEqual
        case .reserved(.in):
            if inDisallowed { return nil }
            op = .in
        case .reserved(.is):
            advance()
            return accept(.not) ? .isNot : .is
        case .reserved(.not):
            guard !inDisallowed, peek().kind == .reserved(.in) else { return nil }
            advance()
            op = .notIn
        default:
            return nil
        }
        advance()
        return op
    }

    /// `bitwise_or` and everything binding tighter, by precedence climbing.
    func parseBitwiseOr() throws -> Expr {
        try parseBinary(minimumPrecedence: 1)
    }

    private func parseBinary(minimumPrecedence: Int) throws -> Expr {
        let start = token
        var left = try parseFactor()
        while let (op, precedence) = binaryOperatorAtToken(), precedence >= minimumPrecedence {
            advance()
            let right = try parseBinary(minimumPrecedence: precedence + 1)
            left = Expr(.binary(left, op, right), location(since: start))
        }
        return left
    }

    private func binaryOperatorAtToken() -> (BinaryOperator, Int)? {
        guard case .punctuation(let punctuation) = kind else { return nil }
        switch punctuation {
        case .pipe: return (.bitOr, 1)
        case .caret: return (.bitXor, 2)
        case .ampersand: return (.bitAnd, 3)
        case .leftShift: return (.leftShift, 4)
        case .rightShift: return (.rightShift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.subtract, 5)
        case .star: return (.multiply, 6)
        case .slash: return (.trueDivide, 6)
        case .doubleSlash: return (.floorDivide, 6)
        case .percent: return (.modulo, 6)
        case .at: return (.matrixMultiply, 6)
        default: return nil
        }
    }

    // MARK: - Unary operators and power

    /// `factor`: unary `+ - ~` applied to a `power`, where the right operand of `**` is
    /// again a factor (`-2 ** -2 ** 2` is `-(2 ** (-(2 ** 2)))`). Parsed as a flat chain.
    func parseFactor() throws -> Expr {
        var prefixes: [[Token]] = []
        var bases: [Expr] = []
        var baseStarts: [Token] = []
        repeat {
            var operators: [Token] = []
            while at(.minus) || at(.plus) || at(.tilde) { operators.append(advance()) }
            prefixes.append(operators)
            baseStarts.append(token)
            bases.append(try parseAwaitPrimary())
        } while accept(.doubleStar)
        var result: Expr?
        for index in bases.indices.reversed() {
            var node = bases[index]
            if let exponent = result {
                node = Expr(.binary(node, .power, exponent), location(since: baseStarts[index]))
            }
            for operatorToken in prefixes[index].reversed() {
                let op: UnaryOperator
                switch operatorToken.kind {
                case .punctuation(.minus): op = .negate
                case .punctuation(.plus): op = .plus
                default: op = .invert
                }
                node = Expr(.unary(op, node), location(since: operatorToken))
            }
            result = node
        }
        guard let factor = result else { throw unexpectedToken() }
        return factor
    }

    private func parseAwaitPrimary() throws -> Expr {
        guard at(.await) else { return try parsePrimary() }
        let start = advance()
        let value = try parsePrimary()
        return Expr(.await(value), location(since: start))
    }

    // MARK: - Yield

    /// `yield`, `yield value, ...` or `yield from value`; the `yield` keyword is the current token.
    func parseYieldExpression() throws -> Expr {
        let start = advance()
        if accept(.from) {
            let value = try parseExpression()
            return Expr(.yieldFrom(value), location(since: start))
        }
        guard canStartStarExpression else { return Expr(.yield(nil), start.location) }
        let value = try parseStarExpressions()
        return Expr(.yield(value), location(since: start))
    }
}
