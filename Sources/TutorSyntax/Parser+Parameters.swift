// Formal parameter lists of `def` and `lambda`, with CPython's ordering errors.

extension PythonParser {
    /// Parses parameters up to, not including, the closing `)` (def) or `:` (lambda).
    /// Lambda parameters take no annotations.
    func parseParameters(forLambda: Bool) throws -> Arguments {
        let closing: Punctuation = forLambda ? .colon : .rightParen
        var arguments = Arguments()
        var positional: [Parameter] = []
        var sawSlash = false
        var sawStar = false
        var bareStar: Token?
        while !at(closing) {
            let start = token
            if at(.slash) {
                if sawSlash { throw error("/ may appear only once", at: start) }
                if sawStar { throw error("/ must be ahead of *", at: start) }
                if positional.isEmpty { throw error("at least one argument must precede /", at: start) }
                if arguments.varKeywords != nil { throw error("arguments cannot follow var-keyword argument", at: start) }
                advance()
                arguments.positionalOnly = positional
                positional = []
                sawSlash = true
            } else if at(.star) {
                if arguments.varKeywords != nil { throw error("arguments cannot follow var-keyword argument", at: start) }
                if sawStar {
                    // CPython names the problem only when the second star is complete: `*,` or `*name,`.
                    let second = peek(2).kind
                    var nameFollowed = false
                    if case .name = peek().kind { nameFollowed = true }
                    if peek().kind == .punctuation(.comma)
                        || (nameFollowed && (second == .punctuation(.comma) || second == .punctuation(closing))) {
                        throw error("* argument may appear only once", at: start)
                    }
                    throw unexpectedToken()
                }
                advance()
                sawStar = true
                if atName {
                    arguments.varArgs = try parseParameter(allowAnnotation: !forLambda, allowStarredAnnotation: true)
                    if at(.assign) { throw error("var-positional argument cannot have default value", at: token) }
                } else {
                    bareStar = start
                }
            } else if at(.doubleStar) {
                if arguments.varKeywords != nil { throw error("arguments cannot follow var-keyword argument", at: start) }
                advance()
                arguments.varKeywords = try parseParameter(allowAnnotation: !forLambda, allowStarredAnnotation: false)
                if at(.assign) { throw error("var-keyword argument cannot have default value", at: token) }
            } else if atName {
                if arguments.varKeywords != nil { throw error("arguments cannot follow var-keyword argument", at: start) }
                let parameter = try parseParameter(allowAnnotation: !forLambda, allowStarredAnnotation: false)
                var defaultValue: Expr?
                if at(.assign) {
                    let equals = advance()
                    if at(.rightParen) || at(.comma) { throw error("expected default value expression", at: equals) }
                    defaultValue = try parseExpression()
                }
                if sawStar {
                    arguments.keywordOnly.append(parameter)
                    arguments.keywordDefaults.append(defaultValue)
                } else {
                    positional.append(parameter)
                    if let defaultValue {
                        arguments.defaults.append(defaultValue)
                    } else if !arguments.defaults.isEmpty {
                        if !at(.comma) && !at(closing) { throw unexpectedToken() }
                        throw error("non-default argument follows default argument", at: start)
                    }
                }
                if !at(.comma) && !at(closing) { throw missingDelimiter(after: defaultValue) }
            } else {
                throw unexpectedToken()
            }
            if at(closing) { break }
            guard accept(.comma) else { throw unexpectedToken() }
        }
        if let bareStar, arguments.keywordOnly.isEmpty {
            throw error("named arguments must follow bare *", at: bareStar)
        }
        arguments.positional = positional
        return arguments
    }

    private func parseParameter(allowAnnotation: Bool, allowStarredAnnotation: Bool) throws -> Parameter {
        let start = token
        let name = try expectName()
        var annotation: Expr?
        if allowAnnotation && accept(.colon) {
            annotation = allowStarredAnnotation && at(.star) ? try parseStarred() : try parseExpression()
        }
        return Parameter(name: name, annotation: annotation, location: location(since: start))
    }
}
