// Simple statements: expression statements, assignments, and the keyword statements that
// fit on one logical line.

extension PythonParser {
    /// `statements` up to the end of input.
    func parseModuleBody() throws -> [Stmt] {
        var body: [Stmt] = []
        while kind != .endOfFile {
            try parseStatement(into: &body)
        }
        return body
    }

    /// One compound statement, or a line of simple statements separated by `;`.
    func parseStatement(into body: inout [Stmt]) throws {
        if let compound = try parseCompoundStatement() {
            body.append(compound)
        } else {
            try parseSimpleStatements(into: &body)
        }
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    func parseSimpleStatements(into body: inout [Stmt]) throws {
        while true {
            body.append(try parseSimpleStatement())
            if accept(.semicolon) {
                if kind == .newline {
                    advance()
                    return
                }
                continue
            }
            guard kind == .newline else { throw unexpectedToken() }
            advance()
            return
        }
    }

    private func parseSimpleStatement() throws -> Stmt {
        let start = token
        switch kind {
        case .reserved(.pass):
            advance()
            return Stmt(.pass, start.location)
        case .reserved(.break):
            advance()
            return Stmt(.breakStmt, start.location)
        case .reserved(.continue):
            advance()
            return Stmt(.continueStmt, start.location)
        case .reserved(.return):
            advance()
            let value = canStartStarExpression ? try parseStarExpressions() : nil
            return Stmt(.returnStmt(value), location(since: start))
        case .reserved(.raise):
            return try parseRaise()
        case .reserved(.global), .reserved(.nonlocal):
            return try parseScopeDeclaration()
        case .reserved(.del):
            return try parseDelete()
        case .reserved(.assert):
            advance()
            let test = try parseExpression()
            let message = accept(.comma) ? try parseExpression() : nil
            return Stmt(.assert(test: test, message: message), location(since: start))
        case .reserved(.import):
            return try parseImport()
        case .reserved(.from):
            return try parseFromImport()
        default:
            return try parseExpressionStatement()
        }
    }

    // MARK: - Expressions and assignments

    private func parseRightHandSide() throws -> ExpressionList {
        if at(.yield) { return ExpressionList(expression: try parseYieldExpression(), isBareTuple: false) }
        return try parseStarExpressionList()
    }

    private func parseExpressionStatement() throws -> Stmt {
        let start = token
        if !canStartStarExpression && !at(.yield) { throw unexpectedToken() }
        let first = try parseRightHandSide()
        if at(.colon) {
            return try parseAnnotatedAssignment(target: first, start: start)
        }
        if case .punctuation(let punctuation) = kind, let op = punctuation.augmentedOperator {
            try checkAugmentedTarget(first)
            advance()
            let value = try parseRightHandSide().expression
            return Stmt(.augAssign(target: first.expression, op: op, value: value), location(since: start))
        }
        if at(.assign) {
            var targets: [Expr] = []
            var current = first
            while true {
                try checkAssignmentTarget(current, isFirst: targets.isEmpty)
                targets.append(current.expression)
                advance()
                let next = try parseRightHandSide()
                if !at(.assign) {
                    return Stmt(.assign(targets: targets, value: next.expression), location(since: start))
                }
                current = next
            }
        }
        if at(.walrus), !first.isBareTuple {
            if case .name = first.expression.kind, !isParenthesized(first.expression) { throw unexpectedToken() }
            throw error("cannot use assignment expressions with \(describe(first.expression))",
                        at: first.expression.location)
        }
        if case .name(let name) = first.expression.kind, name == "print" || name == "exec", canStartExpression {
            throw error("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?",
                        at: first.expression.location)
        }
        return Stmt(.expression(first.expression), location(since: start))
    }

    private func parseAnnotatedAssignment(target: ExpressionList, start: Token) throws -> Stmt {
        let expression = target.expression
        // CPython only explains a bad target when an annotation follows the colon.
        if !isValidAnnotationTarget(target) {
            let colon = position
            advance()
            let annotationFollows = canStartExpression
            position = colon
            if !annotationFollows { throw unexpectedToken() }
        }
        if target.isBareTuple, case .tuple(let elements) = expression.kind, let firstElement = elements.first {
            throw error("only single target (not tuple) can be annotated", at: firstElement.location)
        }
        switch expression.kind {
        case .name, .attribute, .subscript:
            break
        case .list, .tuple:
            throw error("only single target (not \(describe(expression))) can be annotated", at: expression.location)
        default:
            throw error("illegal target for annotation", at: expression.location)
        }
        advance()
        let annotation = try parseExpression()
        var value: Expr?
        if accept(.assign) { value = try parseRightHandSide().expression }
        var simple = false
        if case .name = expression.kind { simple = !isParenthesized(expression) }
        return Stmt(.annAssign(target: expression, annotation: annotation, value: value, simple: simple),
                    location(since: start))
    }

    private func isValidAnnotationTarget(_ target: ExpressionList) -> Bool {
        switch target.expression.kind {
        case .name, .attribute, .subscript: return true
        default: return false
        }
    }

    private func checkAugmentedTarget(_ target: ExpressionList) throws {
        switch target.expression.kind {
        case .name, .attribute, .subscript:
            return
        default:
            throw error("'\(describe(target.expression))' is an illegal expression for augmented assignment",
                        at: target.expression.location)
        }
    }

    // MARK: - Keyword statements

    private func parseRaise() throws -> Stmt {
        let start = advance()
        guard canStartExpression else { return Stmt(.raise(exception: nil, cause: nil), start.location) }
        let exception = try parseExpression()
        let cause = accept(.from) ? try parseExpression() : nil
        return Stmt(.raise(exception: exception, cause: cause), location(since: start))
    }

    private func parseScopeDeclaration() throws -> Stmt {
        let start = advance()
        var names = [try expectName()]
        while accept(.comma) { names.append(try expectName()) }
        if case .reserved(.global) = start.kind {
            return Stmt(.global(names), location(since: start))
        }
        return Stmt(.nonlocal(names), location(since: start))
    }

    private func parseDelete() throws -> Stmt {
        let start = advance()
        if !canStartStarExpression { throw unexpectedToken() }
        let targets = try parseStarExpressionList()
        var list = [targets.expression]
        if targets.isBareTuple, case .tuple(let elements) = targets.expression.kind { list = elements }
        for target in list { try validateTarget(target, for: .deletion) }
        return Stmt(.delete(list), location(since: start))
    }

    // MARK: - Imports

    private func parseDottedName() throws -> String {
        var name = try expectName()
        while accept(.dot) { name += "." + (try expectName()) }
        return name
    }

    private func parseImport() throws -> Stmt {
        let start = advance()
        var aliases: [ImportAlias] = []
        repeat {
            let aliasStart = token
            let name = try parseDottedName()
            let asName = accept(.as) ? try expectName() : nil
            aliases.append(ImportAlias(name: name, asName: asName, location: location(since: aliasStart)))
        } while accept(.comma)
        return Stmt(.importModules(aliases), location(since: start))
    }

    private func parseFromImport() throws -> Stmt {
        let start = advance()
        var level = 0
        while at(.dot) || at(.ellipsis) {
            level += at(.dot) ? 1 : 3
            advance()
        }
        var module: String?
        if level == 0 || !at(.import) { module = try parseDottedName() }
        guard accept(.import) else { throw unexpectedToken() }
        var aliases: [ImportAlias] = []
        if at(.star) {
            let star = advance()
            aliases.append(ImportAlias(name: "*", asName: nil, location: star.location))
        } else if accept(.leftParen) {
            aliases = try parseImportNames(insideParentheses: true)
            try expect(.rightParen)
        } else {
            aliases = try parseImportNames(insideParentheses: false)
        }
        return Stmt(.importFrom(module: module, names: aliases, level: level), location(since: start))
    }

    private func parseImportNames(insideParentheses: Bool) throws -> [ImportAlias] {
        var aliases: [ImportAlias] = []
        while true {
            let aliasStart = token
            let name = try expectName()
            let asName = accept(.as) ? try expectName() : nil
            aliases.append(ImportAlias(name: name, asName: asName, location: location(since: aliasStart)))
            guard accept(.comma) else { return aliases }
            if insideParentheses {
                if at(.rightParen) { return aliases }
            } else if !atName {
                if atEndOfLogicalLine || at(.semicolon) {
                    throw error("trailing comma not allowed without surrounding parentheses", at: token)
                }
                throw unexpectedToken()
            }
        }
    }
}
