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
                if sawStar { throw error("* argument may appear only once", at: start) }
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
                let defaultValue = accept(.assign) ? try parseExpression() : nil
                if sawStar {
                    arguments.keywordOnly.append(parameter)
                    arguments.keywordDefaults.append(defaultValue)
                } else {
                    positional.append(parameter)
                    if let defaultValue {
                        arguments.defaults.append(defaultValue)
                    } else if !arguments.defaults.isEmpty {
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
