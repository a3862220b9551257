// Measures syntax tree depth without recursion, so that over-deep trees are refused before
// a recursive consumer (the compiler, or the tree's own deallocation) meets them.

enum SyntaxTreeDepth {
    enum Node {
        case statement(Stmt)
        case expression(Expr)

        var location: SourceLocation {
            switch self {
            case .statement(let statement): return statement.location
            case .expression(let expression): return expression.location
            }
        }
    }

    /// The location of the first node found deeper than `limit`, or nil.
    static func firstNode(deeperThan limit: Int, in roots: [Node]) -> SourceLocation? {
        var pending: [(node: Node, depth: Int)] = roots.map { ($0, 1) }
        while let (node, depth) = pending.popLast() {
            if depth > limit { return node.location }
            forEachChild(of: node) { pending.append(($0, depth + 1)) }
        }
        return nil
    }

    static func forEachChild(of node: Node, _ visit: (Node) -> Void) {
        switch node {
        case .statement(let statement): forEachChild(of: statement, visit)
        case .expression(let expression): forEachChild(of: expression, visit)
        }
    }

    private static func forEachChild(of statement: Stmt, _ visit: (Node) -> Void) {
        func expression(_ value: Expr?) { if let value { visit(.expression(value)) } }
        func expressions(_ values: [Expr]) { for value in values { visit(.expression(value)) } }
        func statements(_ values: [Stmt]) { for value in values { visit(.statement(value)) } }
        switch statement.kind {
        case .expression(let value):
            expression(value)
        case .assign(let targets, let value):
            expressions(targets)
            expression(value)
        case .augAssign(let target, _, let value):
            expression(target)
            expression(value)
        case .annAssign(let target, let annotation, let value, _):
            expression(target)
            expression(annotation)
            expression(value)
        case .ifStmt(let test, let body, let orElse), .whileStmt(let test, let body, let orElse):
            expression(test)
            statements(body)
            statements(orElse)
        case .forStmt(let target, let iter, let body, let orElse, _):
            expression(target)
            expression(iter)
            statements(body)
            statements(orElse)
        case .functionDef(let definition):
            expressions(definition.decorators)
            forEachChild(of: definition.arguments, visit)
            expression(definition.returns)
            statements(definition.body)
        case .classDef(let definition):
            expressions(definition.decorators)
            expressions(definition.bases)
            expressions(definition.keywords.map(\.value))
            statements(definition.body)
        case .returnStmt(let value):
            expression(value)
        case .delete(let targets):
            expressions(targets)
        case .tryStmt(let body, let handlers, let orElse, let finalBody):
            statements(body)
            for handler in handlers {
                expression(handler.type)
                statements(handler.body)
            }
            statements(orElse)
            statements(finalBody)
        case .raise(let exception, let cause):
            expression(exception)
            expression(cause)
        case .assert(let test, let message):
            expression(test)
            expression(message)
        case .with(let items, let body, _):
            for item in items {
                expression(item.context)
                expression(item.target)
            }
            statements(body)
        case .pass, .breakStmt, .continueStmt, .global, .nonlocal, .importModules, .importFrom:
            break
        }
    }

    private static func forEachChild(of arguments: Arguments, _ visit: (Node) -> Void) {
        let parameters = arguments.positionalOnly + arguments.positional + arguments.keywordOnly
            + [arguments.varArgs, arguments.varKeywords].compactMap { $0 }
        for parameter in parameters {
            if let annotation = parameter.annotation { visit(.expression(annotation)) }
        }
        for value in arguments.defaults { visit(.expression(value)) }
        for value in arguments.keywordDefaults { if let value { visit(.expression(value)) } }
    }

    private static func forEachChild(of expression: Expr, _ visit: (Node) -> Void) {
        func child(_ value: Expr?) { if let value { visit(.expression(value)) } }
        func children(_ values: [Expr]) { for value in values { visit(.expression(value)) } }
        func comprehensions(_ generators: [Comprehension]) {
            for generator in generators {
                child(generator.target)
                child(generator.iter)
                children(generator.conditions)
            }
        }
        func parts(_ values: [FStringPart]) {
            for part in values {
                if case .formatted(let value, _, let spec) = part {
                    child(value)
                    // A spec's fields are one level below the field that owns them.
                    if let spec { parts(spec) }
                }
            }
        }
        switch expression.kind {
        case .name, .constant:
            break
        case .joinedString(let values):
            parts(values)
        case .binary(let left, _, let right):
            child(left)
            child(right)
        case .unary(_, let operand), .starred(let operand), .await(let operand), .yieldFrom(let operand),
             .attribute(let operand, _), .namedExpression(_, let operand):
            child(operand)
        case .yield(let value):
            child(value)
        case .boolean(_, let operands):
            children(operands)
        case .compare(let left, let steps):
            child(left)
            children(steps.map(\.right))
        case .conditional(let test, let body, let orElse):
            child(test)
            child(body)
            child(orElse)
        case .lambda(let arguments, let body):
            forEachChild(of: arguments, visit)
            child(body)
        case .call(let function, let arguments, let keywords):
            child(function)
            children(arguments)
            children(keywords.map(\.value))
        case .subscript(let value, let index):
            child(value)
            child(index)
        case .slice(let lower, let upper, let step):
            child(lower)
            child(upper)
            child(step)
        case .list(let elements), .tuple(let elements), .set(let elements):
            children(elements)
        case .dict(let entries):
            for entry in entries {
                child(entry.key)
                child(entry.value)
            }
        case .listComprehension(let element, let generators), .setComprehension(let element, let generators),
             .generatorExpression(let element, let generators):
            child(element)
            comprehensions(generators)
        case .dictComprehension(let key, let value, let generators):
            child(key)
            child(value)
            comprehensions(generators)
        }
    }
}

extension PythonParser {
    func checkTreeDepth(of body: [Stmt]) throws {
        let roots = body.map { SyntaxTreeDepth.Node.statement($0) }
        if let deep = SyntaxTreeDepth.firstNode(deeperThan: Parser.maximumTreeDepth, in: roots) {
            throw error("too complex", at: deep)
        }
    }

    func checkTreeDepth(of expression: Expr) throws {
        if let deep = SyntaxTreeDepth.firstNode(deeperThan: Parser.maximumTreeDepth, in: [.expression(expression)]) {
            throw error("too complex", at: deep)
        }
    }
}
