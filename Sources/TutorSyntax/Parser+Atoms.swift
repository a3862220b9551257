// Primaries: atoms, bracketed displays, comprehensions, and the trailers that follow them
// (attribute access, calls, subscripts).

extension PythonParser {
    func parsePrimary() throws -> Expr {
        let start = token
        var expression = try parseAtom()
        while true {
            if at(.dot) {
                advance()
                let name = try expectName()
                expression = Expr(.attribute(expression, name), location(since: start))
            } else if at(.leftParen) {
                expression = try parseCall(of: expression, start: start)
            } else if at(.leftBracket) {
                expression = try parseSubscript(of: expression, start: start)
            } else {
                return expression
            }
        }
    }

    func parseAtom() throws -> Expr {
        let start = token
        switch kind {
        case .name(let name):
            advance()
            return Expr(.name(name), start.location)
        case .number(let constant):
            advance()
            return Expr(.constant(constant), start.location)
        case .string:
            return try parseStrings()
        case .reserved(.true):
            advance()
            return Expr(.constant(.bool(true)), start.location)
        case .reserved(.false):
            advance()
            return Expr(.constant(.bool(false)), start.location)
        case .reserved(.none):
            advance()
            return Expr(.constant(.none), start.location)
        case .punctuation(.ellipsis):
            advance()
            return Expr(.constant(.ellipsis), start.location)
        case .punctuation(.leftParen):
            return try insideBrackets { try parseParenthesized() }
        case .punctuation(.leftBracket):
            return try insideBrackets { try parseListDisplay() }
        case .punctuation(.leftBrace):
            return try insideBrackets { try parseBraceDisplay() }
        default:
            throw unexpectedToken()
        }
    }

    /// Inside brackets `in` is a comparison again, even within a `for` target.
    func insideBrackets<T>(_ body: () throws -> T) rethrows -> T {
        let saved = inDisallowed
        inDisallowed = false
        defer { inDisallowed = saved }
        return try body()
    }

    func markParenthesized(_ expression: Expr) {
        parenthesizedLocations.insert(expression.location)
    }

    // MARK: - Displays

    /// A group, tuple, generator expression or parenthesized yield.
    private func parseParenthesized() throws -> Expr {
        let open = advance()
        if at(.rightParen) {
            let close = advance()
            return Expr(.tuple([]), location(from: open, to: close))
        }
        if at(.yield) {
            let value = try parseYieldExpression()
            guard accept(.rightParen) else { throw unexpectedToken() }
            markParenthesized(value)
            return value
        }
        if at(.doubleStar) { throw error("cannot use double starred expression here", at: token) }
        let first = try parseStarNamedExpression()
        if atComprehensionStart {
            try rejectStarredElement(first)
            let generators = try parseComprehensionClauses()
            guard accept(.rightParen) else { throw unexpectedToken() }
            return Expr(.generatorExpression(element: first, generators: generators), location(since: open))
        }
        if accept(.rightParen) {
            if case .starred = first.kind { throw error("cannot use starred expression here", at: first.location) }
            markParenthesized(first)
            return first
        }
        let elements = try parseRemainingElements(after: first, closing: .rightParen)
        return Expr(.tuple(elements), location(since: open))
    }

    private func parseListDisplay() throws -> Expr {
        let open = advance()
        if accept(.rightBracket) { return Expr(.list([]), location(since: open)) }
        let first = try parseStarNamedExpression()
        if atComprehensionStart {
            try rejectStarredElement(first)
            let generators = try parseComprehensionClauses()
            guard accept(.rightBracket) else { throw unexpectedToken() }
            return Expr(.listComprehension(element: first, generators: generators), location(since: open))
        }
        let elements = try parseRemainingElements(after: first, closing: .rightBracket)
        return Expr(.list(elements), location(since: open))
    }

    /// Continues a comma-separated display after its first element, through the closing bracket.
    private func parseRemainingElements(after first: Expr, closing: Punctuation) throws -> [Expr] {
        var elements = [first]
        var last = first
        while true {
            if accept(closing) { return elements }
            if let hint = strayAssignmentError(after: last) { throw hint }
            guard accept(.comma) else { throw missingDelimiter(after: last) }
            if accept(closing) { return elements }
            last = try parseStarNamedExpression()
            elements.append(last)
        }
    }

    private func rejectStarredElement(_ element: Expr) throws {
        if case .starred = element.kind {
            throw error("iterable unpacking cannot be used in comprehension", at: element.location)
        }
    }

    /// A dict, set, or their comprehensions.
    private func parseBraceDisplay() throws -> Expr {
        let open = advance()
        if accept(.rightBrace) { return Expr(.dict([]), location(since: open)) }
        if at(.doubleStar) {
            let entries = try parseDictEntries(first: try parseDictSpread())
            return Expr(.dict(entries), location(since: open))
        }
        let first = try parseStarNamedExpression()
        guard accept(.colon) else {
            if atComprehensionStart {
                try rejectStarredElement(first)
                let generators = try parseComprehensionClauses()
                guard accept(.rightBrace) else { throw unexpectedToken() }
                return Expr(.setComprehension(element: first, generators: generators), location(since: open))
            }
            let elements = try parseRemainingElements(after: first, closing: .rightBrace)
            return Expr(.set(elements), location(since: open))
        }
        if case .starred = first.kind { throw unexpectedToken() }
        let value = try parseDictValue()
        if atComprehensionStart {
            let generators = try parseComprehensionClauses()
            guard accept(.rightBrace) else { throw unexpectedToken() }
            return Expr(.dictComprehension(key: first, value: value, generators: generators), location(since: open))
        }
        let entries = try parseDictEntries(first: DictEntry(key: first, value: value))
        return Expr(.dict(entries), location(since: open))
    }

    private func parseDictEntries(first: DictEntry) throws -> [DictEntry] {
        var entries = [first]
        while true {
            if accept(.rightBrace) { return entries }
            guard accept(.comma) else { throw missingDelimiter(after: entries.last?.value) }
            if accept(.rightBrace) { return entries }
            if at(.doubleStar) {
                entries.append(try parseDictSpread())
                continue
            }
            let key = try parseExpression()
            guard accept(.colon) else {
                if at(.comma) || at(.rightBrace) {
                    let end = SourceLocation(line: key.location.endLine, column: max(key.location.endColumn - 1, 0))
                    throw error("':' expected after dictionary key", at: end)
                }
                throw missingDelimiter(after: key)
            }
            entries.append(DictEntry(key: key, value: try parseDictValue()))
        }
    }

    private func parseDictSpread() throws -> DictEntry {
        advance()
        return DictEntry(key: nil, value: try parseBitwiseOr())
    }

    private func parseDictValue() throws -> Expr {
        if at(.star) {
            let starred = try parseStarred()
            throw error("cannot use a starred expression in a dictionary value", at: starred.location)
        }
        if at(.comma) || at(.rightBrace) {
            throw error("expression expected after dictionary key and ':'", at: previous)
        }
        return try parseExpression()
    }

    // MARK: - Comprehensions

    /// One or more `[async] for target in iterable [if condition]...` clauses.
    func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while true {
            var isAsync = false
            if at(.async), peek().kind == .reserved(.for) {
                advance()
                isAsync = true
            } else if !at(.for) {
                return clauses
            }
            advance()
            let target = try parseForTarget()
            guard accept(.in) else { throw missingDelimiter(after: lastElement(ofTarget: target)) }
            let iterable = try parseDisjunction()
            var conditions: [Expr] = []
            while accept(.if) { conditions.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iter: iterable, conditions: conditions, isAsync: isAsync))
        }
    }

    /// The target of a `for` loop or comprehension clause, where `in` ends the target.
    func parseForTarget() throws -> Expr {
        let saved = inDisallowed
        inDisallowed = true
        defer { inDisallowed = saved }
        if !canStartStarExpression { throw unexpectedToken() }
        let target = try parseStarExpressions()
        try validateTarget(target, for: .forLoop)
        return target
    }

    /// In `for a, b c` CPython's comma hint blames `b`, the last disjunction, not the tuple.
    func lastElement(ofTarget target: Expr) -> Expr {
        if case .tuple(let elements) = target.kind, let first = elements.first, let last = elements.last,
           first.location.line == target.location.line, first.location.column == target.location.column {
            return last
        }
        return target
    }

    // MARK: - Calls

    private func parseCall(of function: Expr, start: Token) throws -> Expr {
        let open = advance()
        let (arguments, keywords) = try insideBrackets { try parseCallArguments(open: open) }
        return Expr(.call(function: function, arguments: arguments, keywords: keywords), location(since: start))
    }

    /// The arguments between `(` (already consumed) and `)` (consumed here), for calls and class bases.
    func parseCallArguments(open: Token, allowsGenerator: Bool = true) throws -> ([Expr], [Keyword]) {
        var positional: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawDoubleStar = false
        var generatorIndex: Int?
        var argumentCount = 0
        var trailingComma = false
        // CPython reports argument-order errors at the closing parenthesis, once all arguments parsed.
        var orderError: String?
        while !at(.rightParen) {
            let start = token
            trailingComma = false
            let lastExpression: Expr
            if at(.star) {
                advance()
                let value = try parseExpression()
                let starred = Expr(.starred(value), location(since: start))
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: starred.location)
                }
                positional.append(starred)
                lastExpression = starred
            } else if at(.doubleStar) {
                advance()
                let value = try parseExpression()
                keywords.append(Keyword(name: nil, value: value, location: location(since: start)))
                sawDoubleStar = true
                lastExpression = value
            } else if case .name(let name) = kind, peek().kind == .punctuation(.assign) {
                advance()
                advance()
                let value = try parseExpression()
                keywords.append(Keyword(name: name, value: value, location: location(since: start)))
                sawKeyword = true
                lastExpression = value
            } else if at(.true) || at(.false) || at(.none), peek().kind == .punctuation(.assign) {
                let word: String
                switch kind {
                case .reserved(let reserved): word = reserved.rawValue
                default: word = ""
                }
                throw error("cannot assign to \(word)", at: start)
            } else {
                let value = try parseNamedExpression()
                if atComprehensionStart {
                    if !allowsGenerator { throw unexpectedToken() }
                    let generators = try parseComprehensionClauses()
                    let generator = Expr(.generatorExpression(element: value, generators: generators),
                                         location(from: start, to: previous))
                    generatorIndex = positional.count
                    positional.append(generator)
                    lastExpression = generator
                } else {
                    if at(.assign) {
                        throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                    at: value.location)
                    }
                    if orderError == nil && sawDoubleStar {
                        orderError = "positional argument follows keyword argument unpacking"
                    } else if orderError == nil && sawKeyword {
                        orderError = "positional argument follows keyword argument"
                    }
                    positional.append(value)
                    lastExpression = value
                }
            }
            argumentCount += 1
            if at(.rightParen) { break }
            if !at(.comma), let orderError { throw error(orderError, at: token) }
            guard accept(.comma) else { throw missingDelimiter(after: lastExpression) }
            trailingComma = true
        }
        if let orderError { throw error(orderError, at: token) }
        let close = advance()
        if let index = generatorIndex, index < positional.count {
            let generator = positional[index]
            if argumentCount > 1 || trailingComma {
                if case .generatorExpression(let element, _) = generator.kind {
                    throw error("Generator expression must be parenthesized",
                                at: location(from: element.location, through: generator.location))
                }
            }
            // A lone generator argument borrows the call's parentheses, as in CPython.
            positional[index].location = location(from: open, to: close)
        }
        return (positional, keywords)
    }

    // MARK: - Subscripts

    private func parseSubscript(of value: Expr, start: Token) throws -> Expr {
        advance()
        let index = try insideBrackets { () throws -> Expr in
            let index = try parseSlices()
            guard accept(.rightBracket) else { throw missingDelimiter(after: index) }
            return index
        }
        return Expr(.subscript(value, index: index), location(since: start))
    }

    /// `slices`: one slice or expression, or a tuple of them.
    private func parseSlices() throws -> Expr {
        let start = token
        let first = try parseSliceItem()
        guard at(.comma) else {
            if case .starred = first.kind { return Expr(.tuple([first]), location(since: start)) }
            return first
        }
        var elements = [first]
        while accept(.comma) {
            if at(.rightBracket) { break }
            elements.append(try parseSliceItem())
        }
        return Expr(.tuple(elements), location(since: start))
    }

    private func parseSliceItem() throws -> Expr {
        let start = token
        if at(.star) { return try parseStarred() }
        var lower: Expr?
        if !at(.colon) {
            let expression = try parseNamedExpression()
            guard at(.colon) else { return expression }
            lower = expression
        }
        advance()
        var upper: Expr?
        var step: Expr?
        if !at(.colon), !at(.comma), !at(.rightBracket) { upper = try parseExpression() }
        if accept(.colon), !at(.comma), !at(.rightBracket) { step = try parseExpression() }
        return Expr(.slice(lower: lower, upper: upper, step: step), location(since: start))
    }

    // MARK: - Missing commas

    /// The error for a display element not followed by `,` or the closing bracket: CPython
    /// suggests a forgotten comma when another expression follows inside brackets.
    func missingDelimiter(after previousElement: Expr?) -> SyntaxErrorInfo {
        guard let previousElement, token.bracketDepth > 0, canStartExpression,
              !isExemptFromCommaHint(previousElement) else {
            return unexpectedToken()
        }
        let savedPosition = position
        let savedLookahead = furthestLookahead
        let followedByExpression = (try? parseDisjunctionOrLambda()) != nil && previous.bracketDepth > 0
        position = savedPosition
        furthestLookahead = savedLookahead
        guard followedByExpression else { return unexpectedToken() }
        var blamed = previousElement
        while true {
            switch blamed.kind {
            case .namedExpression(_, let value): blamed = value
            case .conditional(_, _, let orElse): blamed = orElse
            case .lambda(_, let body): blamed = body
            default: return error("invalid syntax. Perhaps you forgot a comma?", at: blamed.location)
            }
        }
    }

    /// `print "x"`, soft keywords (`match x`) and the like never get the comma hint.
    private func isExemptFromCommaHint(_ expression: Expr) -> Bool {
        if case .name(let name) = expression.kind {
            if case .string = kind { return true }
            if name == "print" || name == "exec" { return true }
        }
        var root = expression
        while true {
            switch root.kind {
            case .attribute(let base, _): root = base
            case .call(let function, _, _): root = function
            case .subscript(let base, _): root = base
            case .name(let name): return name == "match" || name == "case" || name == "_"
            default: return false
            }
        }
    }
}
