import TutorSyntax

/// Where in the program a node sits, as the structure checks need it.
struct SyntaxContext {
    /// The innermost enclosing function, and whether it is an `async def`.
    var function: String?
    var inAsyncFunction = false
    /// Ids of the enclosing loops (`for`, `while`, comprehensions), outermost first.
    var loops: [Int] = []
    /// Enclosing `for NAME in ITER` bindings (also comprehension ones), innermost last.
    var loopVariables: [(name: String, iter: Expr, loop: Int)] = []
}

/// Visits every statement and expression of a module in source order, with its
/// context. Lambdas and nested plain functions reset the async context: their
/// bodies run when called, not as part of the coroutine.
struct SyntaxWalker {
    enum Node {
        case statement(Stmt)
        case expression(Expr)
    }

    private var nextLoop = 0
    private let visit: (Node, SyntaxContext) -> Void

    private init(visit: @escaping (Node, SyntaxContext) -> Void) { self.visit = visit }

    static func walk(_ module: Module, _ visit: @escaping (Node, SyntaxContext) -> Void) {
        var walker = SyntaxWalker(visit: visit)
        walker.statements(module.body, SyntaxContext())
    }

    private mutating func newLoop(_ ctx: SyntaxContext) -> (SyntaxContext, Int) {
        nextLoop += 1
        var c = ctx
        c.loops.append(nextLoop)
        return (c, nextLoop)
    }

    private mutating func statements(_ body: [Stmt], _ ctx: SyntaxContext) {
        for s in body { statement(s, ctx) }
    }

    private mutating func statement(_ s: Stmt, _ ctx: SyntaxContext) {
        visit(.statement(s), ctx)
        switch s.kind {
        case .expression(let e): expression(e, ctx)
        case .assign(let targets, let value):
            expression(value, ctx)
            for t in targets { expression(t, ctx) }
        case .augAssign(let target, _, let value):
            expression(target, ctx)
            expression(value, ctx)
        case .annAssign(let target, let annotation, let value, _):
            expression(annotation, ctx)
            if let v = value { expression(v, ctx) }
            expression(target, ctx)
        case .ifStmt(let test, let body, let orElse):
            expression(test, ctx)
            statements(body, ctx)
            statements(orElse, ctx)
        case .whileStmt(let test, let body, let orElse):
            let (inner, _) = newLoop(ctx)
            expression(test, inner)
            statements(body, inner)
            statements(orElse, ctx)
        case .forStmt(let target, let iter, let body, let orElse, _):
            expression(iter, ctx)
            var (inner, id) = newLoop(ctx)
            if case .name(let n) = target.kind { inner.loopVariables.append((n, iter, id)) }
            expression(target, inner)
            statements(body, inner)
            statements(orElse, ctx)
        case .functionDef(let f):
            for d in f.decorators { expression(d, ctx) }
            for d in f.arguments.defaults { expression(d, ctx) }
            for d in f.arguments.keywordDefaults { if let d { expression(d, ctx) } }
            var inner = SyntaxContext()
            inner.function = f.name
            inner.inAsyncFunction = f.isAsync
            statements(f.body, inner)
        case .classDef(let c):
            for d in c.decorators { expression(d, ctx) }
            for b in c.bases { expression(b, ctx) }
            for k in c.keywords { expression(k.value, ctx) }
            var inner = SyntaxContext()
            inner.function = ctx.function
            statements(c.body, inner)
        case .returnStmt(let e): if let e { expression(e, ctx) }
        case .delete(let targets): for t in targets { expression(t, ctx) }
        case .pass, .breakStmt, .continueStmt, .global, .nonlocal, .importModules, .importFrom: break
        case .tryStmt(let body, let handlers, let orElse, let finalBody):
            statements(body, ctx)
            for h in handlers {
                if let t = h.type { expression(t, ctx) }
                statements(h.body, ctx)
            }
            statements(orElse, ctx)
            statements(finalBody, ctx)
        case .raise(let exception, let cause):
            if let e = exception { expression(e, ctx) }
            if let c = cause { expression(c, ctx) }
        case .assert(let test, let message):
            expression(test, ctx)
            if let m = message { expression(m, ctx) }
        case .with(let items, let body, _):
            for item in items {
                expression(item.context, ctx)
                if let t = item.target { expression(t, ctx) }
            }
            statements(body, ctx)
        }
    }

    private mutating func expression(_ e: Expr, _ ctx: SyntaxContext) {
        visit(.expression(e), ctx)
        switch e.kind {
        case .name, .constant: break
        case .joinedString(let parts): fstring(parts, ctx)
        case .binary(let a, _, let b):
            expression(a, ctx)
            expression(b, ctx)
        case .unary(_, let a): expression(a, ctx)
        case .boolean(_, let values): for v in values { expression(v, ctx) }
        case .compare(let a, let steps):
            expression(a, ctx)
            for s in steps { expression(s.right, ctx) }
        case .conditional(let test, let body, let orElse):
            expression(test, ctx)
            expression(body, ctx)
            expression(orElse, ctx)
        case .lambda(let args, let body):
            for d in args.defaults { expression(d, ctx) }
            var inner = SyntaxContext()
            inner.function = "<lambda>"
            expression(body, inner)
        case .call(let function, let arguments, let keywords):
            expression(function, ctx)
            for a in arguments { expression(a, ctx) }
            for k in keywords { expression(k.value, ctx) }
        case .attribute(let base, _): expression(base, ctx)
        case .subscript(let base, let index):
            expression(base, ctx)
            expression(index, ctx)
        case .slice(let lower, let upper, let step):
            for x in [lower, upper, step] { if let x { expression(x, ctx) } }
        case .starred(let x): expression(x, ctx)
        case .list(let xs), .tuple(let xs), .set(let xs): for x in xs { expression(x, ctx) }
        case .dict(let entries):
            for entry in entries {
                if let k = entry.key { expression(k, ctx) }
                expression(entry.value, ctx)
            }
        case .listComprehension(let element, let generators), .setComprehension(let element, let generators),
             .generatorExpression(let element, let generators):
            let inner = comprehension(generators, ctx)
            expression(element, inner)
        case .dictComprehension(let key, let value, let generators):
            let inner = comprehension(generators, ctx)
            expression(key, inner)
            expression(value, inner)
        case .await(let x): expression(x, ctx)
        case .yield(let x): if let x { expression(x, ctx) }
        case .yieldFrom(let x): expression(x, ctx)
        case .namedExpression(_, let value): expression(value, ctx)
        }
    }

    private mutating func comprehension(_ generators: [Comprehension], _ ctx: SyntaxContext) -> SyntaxContext {
        var current = ctx
        for g in generators {
            expression(g.iter, current)
            let (inner, id) = newLoop(current)
            current = inner
            if case .name(let n) = g.target.kind { current.loopVariables.append((n, g.iter, id)) }
            expression(g.target, current)
            for c in g.conditions { expression(c, current) }
        }
        return current
    }

    private mutating func fstring(_ parts: [FStringPart], _ ctx: SyntaxContext) {
        for p in parts {
            if case .formatted(let e, _, let spec) = p {
                expression(e, ctx)
                if let spec { fstring(spec, ctx) }
            }
        }
    }
}
