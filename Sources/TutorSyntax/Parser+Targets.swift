// Checks that expressions parsed in target position can be assigned or deleted, and
// produces CPython's messages when they cannot.

enum TargetContext {
    case assignment
    case forLoop
    case deletion
}

extension PythonParser {
    /// CPython's name for an expression kind in messages such as "cannot assign to literal".
    func describe(_ expression: Expr) -> String {
        switch expression.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolean, .binary, .unary: return "expression"
        case .generatorExpression: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedString: return "f-string expression"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .namedExpression: return "named expression"
        case .slice: return "slice"
        case .constant(let constant):
            switch constant {
            case .none: return "None"
            case .bool(let value): return value ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        }
    }

    /// The first part of `expression` that cannot be a target, as CPython's
    /// `_PyPegen_get_invalid_target` finds it; nil when the whole target is valid.
    func invalidTarget(in expression: Expr, for context: TargetContext) -> Expr? {
        switch expression.kind {
        case .list(let elements), .tuple(let elements):
            for element in elements {
                if let invalid = invalidTarget(in: element, for: context) { return invalid }
            }
            return nil
        case .starred(let value):
            return context == .deletion ? expression : invalidTarget(in: value, for: context)
        case .compare(let left, let steps):
            // `for a + b in c` parses as a comparison; only its left side is the target.
            if context == .forLoop {
                return steps.first?.op == .in ? invalidTarget(in: left, for: context) : nil
            }
            return expression
        case .name, .attribute, .subscript:
            return nil
        default:
            return expression
        }
    }

    func validateTarget(_ expression: Expr, for context: TargetContext) throws {
        guard let invalid = invalidTarget(in: expression, for: context) else { return }
        let verb = context == .deletion ? "delete" : "assign to"
        throw error("cannot \(verb) \(describe(invalid))", at: invalid.location)
    }

    /// Whether CPython's `bitwise_or` rule could have produced `expression`: binary and
    /// unary operators, primaries, and anything in its own parentheses.
    func isBitwiseOrLevel(_ expression: Expr) -> Bool {
        if isParenthesized(expression) { return true }
        switch expression.kind {
        case .compare, .boolean, .conditional, .lambda, .namedExpression, .yield, .yieldFrom, .starred, .slice:
            return false
        case .unary(let op, _):
            return op != .not
        default:
            return true
        }
    }

    /// A stray `=` after an expression where `==` was probably meant, as in `if x = 1:`.
    /// Reproduces CPython's `invalid_named_expression`; returns nil when it does not apply.
    func strayAssignmentError(after candidate: Expr) -> SyntaxErrorInfo? {
        guard at(.assign), valueAfterAssignLooksLikeBitwiseOr() else { return nil }
        if case .name = candidate.kind, !isParenthesized(candidate) {
            return error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: candidate.location)
        }
        guard isBitwiseOrLevel(candidate), !isExcludedFromAssignmentHint(candidate) else { return nil }
        return error("cannot assign to \(describe(candidate)) here. Maybe you meant '==' instead of '='?",
                     at: candidate.location)
    }

    /// CPython skips the "Maybe you meant '=='" hint for displays and the three singletons.
    private func isExcludedFromAssignmentHint(_ expression: Expr) -> Bool {
        if isParenthesized(expression) { return false }
        switch expression.kind {
        case .list, .tuple, .generatorExpression: return true
        case .constant(.none), .constant(.bool): return true
        default: return false
        }
    }

    /// At an `=`: whether what follows starts a `bitwise_or` that is not itself followed by
    /// `=` or `:=`. Looks ahead without consuming anything.
    private func valueAfterAssignLooksLikeBitwiseOr() -> Bool {
        let savedPosition = position
        let savedLookahead = furthestLookahead
        defer {
            position = savedPosition
            furthestLookahead = savedLookahead
        }
        advance()
        guard canStartExpression, !at(.not), !at(.lambda) else { return false }
        do {
            _ = try parseBitwiseOr()
        } catch {
            // CPython would have matched a shorter prefix, followed by an operator.
            return true
        }
        return !at(.assign) && !at(.walrus)
    }

    /// Checks one assignment target (the token after it is `=`), throwing CPython's message
    /// when it cannot be assigned. `isFirst` enables the "Maybe you meant '=='" variants,
    /// which CPython only finds at the start of the statement.
    func checkAssignmentTarget(_ target: ExpressionList, isFirst: Bool) throws {
        let expression = target.expression
        let isUnparenthesizedYield: Bool
        switch expression.kind {
        case .yield, .yieldFrom: isUnparenthesizedYield = !isParenthesized(expression)
        default: isUnparenthesizedYield = false
        }
        let invalid = invalidTarget(in: expression, for: .assignment)
        guard invalid != nil || isUnparenthesizedYield else { return }
        if isFirst {
            var candidate = expression
            if target.isBareTuple, case .tuple(let elements) = expression.kind, let last = elements.last {
                candidate = last
            }
            if let hint = strayAssignmentError(after: candidate) { throw hint }
        }
        if isUnparenthesizedYield {
            throw error("assignment to yield expression not possible", at: expression.location)
        }
        if let invalid {
            throw error("cannot assign to \(describe(invalid))", at: invalid.location)
        }
    }
}
