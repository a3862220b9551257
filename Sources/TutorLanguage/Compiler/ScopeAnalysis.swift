import TutorSyntax

/// What one scope binds and uses, computed from its own body (nested scopes are
/// summarised by the free names they need). The compiler combines these with the
/// chain of enclosing scopes to decide how each name is loaded and stored.
struct ScopeAnalysis {
    enum Kind { case module, classBody, function, comprehension }

    let kind: Kind
    /// Names bound in this scope, parameters first, in order of first binding.
    private(set) var locals: [String] = []
    private var localSet: Set<String> = []
    private(set) var declaredGlobal: Set<String> = []
    private(set) var declaredNonlocal: Set<String> = []
    /// Names read here but not bound here, plus free names of nested scopes passing through.
    private(set) var free: Set<String> = []
    /// Names that nested scopes need from an enclosing scope.
    private(set) var childFree: Set<String> = []
    private(set) var hasYield = false
    private(set) var hasAwait = false
    /// A nested function uses `super()` or `__class__`, so a class body must provide the cell.
    private(set) var childNeedsClassCell = false
    private(set) var usesClassCell = false
    private(set) var errors: [(message: String, location: SourceLocation)] = []
    /// `:=` targets inside a comprehension: they bind in the enclosing function or module.
    private(set) var walrusTargets: Set<String> = []

    init(kind: Kind) { self.kind = kind }

    // MARK: building

    static func analyzeFunction(_ args: Arguments, body: [Stmt], isComprehension: Bool = false) -> ScopeAnalysis {
        var a = ScopeAnalysis(kind: isComprehension ? .comprehension : .function)
        for p in args.positionalOnly + args.positional { a.bind(p.name) }
        for p in args.keywordOnly { a.bind(p.name) }
        if let v = args.varArgs { a.bind(v.name) }
        if let k = args.varKeywords { a.bind(k.name) }
        a.visit(body)
        a.finish()
        return a
    }

    static func analyzeLambda(_ args: Arguments, body: Expr) -> ScopeAnalysis {
        var a = ScopeAnalysis(kind: .function)
        for p in args.positionalOnly + args.positional + args.keywordOnly { a.bind(p.name) }
        if let v = args.varArgs { a.bind(v.name) }
        if let k = args.varKeywords { a.bind(k.name) }
        a.visit(body)
        a.finish()
        return a
    }

    /// A comprehension's scope: its first iterable is evaluated outside, and arrives as `.0`.
    static func analyzeComprehension(element: [Expr], generators: [Comprehension]) -> ScopeAnalysis {
        var a = ScopeAnalysis(kind: .comprehension)
        a.bind(".0")
        for (i, g) in generators.enumerated() {
            if i > 0 { a.visit(g.iter) }
            a.visitTarget(g.target)
            for c in g.conditions { a.visit(c) }
            if g.isAsync { a.hasAwait = true }
        }
        for e in element { a.visit(e) }
        a.finish()
        return a
    }

    static func analyzeClass(body: [Stmt]) -> ScopeAnalysis {
        var a = ScopeAnalysis(kind: .classBody)
        a.visit(body)
        a.finish()
        return a
    }

    static func analyzeModule(body: [Stmt]) -> ScopeAnalysis {
        var a = ScopeAnalysis(kind: .module)
        a.visit(body)
        a.finish()
        return a
    }

    private mutating func finish() {
        for n in childFree where !localSet.contains(n) || declaredGlobal.contains(n) {
            if !declaredGlobal.contains(n) { free.insert(n) }
        }
        free.subtract(localSet.subtracting(declaredNonlocal))
        free.subtract(declaredGlobal)
        free.formUnion(declaredNonlocal)
        if kind == .classBody {
            // Methods see the enclosing function's variables, never the class's own names.
            free.formUnion(childFree.subtracting(declaredGlobal))
        }
    }

    private mutating func bind(_ name: String) {
        if localSet.insert(name).inserted { locals.append(name) }
    }

    private mutating func use(_ name: String) {
        if !localSet.contains(name) { free.insert(name) }
        if name == "super" || name == "__class__" { usesClassCell = true }
    }

    private mutating func absorb(child: ScopeAnalysis) {
        childFree.formUnion(child.free)
        if child.usesClassCell && child.kind != .classBody { childNeedsClassCell = true }
        if child.childNeedsClassCell && child.kind != .classBody { childNeedsClassCell = true }
        errors += child.errors
    }

    // MARK: traversal

    private mutating func visit(_ body: [Stmt]) { for s in body { visit(s) } }

    private mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .expression(let e): visit(e)
        case .assign(let targets, let value):
            visit(value)
            for t in targets { visitTarget(t) }
        case .augAssign(let target, _, let value):
            visit(value)
            if case .name(let n) = target.kind { use(n) }
            visitTarget(target)
        case .annAssign(let target, _, let value, _):
            if let v = value { visit(v); visitTarget(target) } else if case .name(let n) = target.kind {
                if kind != .module && kind != .classBody { bind(n) }
            } else { visitTargetSubexpressions(target) }
        case .ifStmt(let test, let body, let orElse), .whileStmt(let test, let body, let orElse):
            visit(test); visit(body); visit(orElse)
        case .forStmt(let target, let iter, let body, let orElse, let isAsync):
            if isAsync { hasAwait = true }
            visit(iter); visitTarget(target); visit(body); visit(orElse)
        case .functionDef(let f):
            for d in f.decorators { visit(d) }
            visitDefaults(f.arguments)
            let child = ScopeAnalysis.analyzeFunction(f.arguments, body: f.body)
            absorb(child: child)
            bind(f.name)
        case .classDef(let c):
            for d in c.decorators { visit(d) }
            for b in c.bases { visit(b) }
            for k in c.keywords { visit(k.value) }
            let child = ScopeAnalysis.analyzeClass(body: c.body)
            childFree.formUnion(child.free)
            errors += child.errors
            bind(c.name)
        case .returnStmt(let e): if let e = e { visit(e) }
        case .delete(let targets): for t in targets { visitTarget(t) }
        case .pass, .breakStmt, .continueStmt: break
        case .global(let names):
            for n in names {
                if localSet.contains(n) || free.contains(n) {
                    let used = localSet.contains(n) ? "assigned to" : "used"
                    errors.append(("name '\(n)' is \(used) before global declaration", s.location))
                }
                declaredGlobal.insert(n)
            }
        case .nonlocal(let names):
            for n in names {
                if kind == .module {
                    errors.append(("nonlocal declaration not allowed at module level", s.location))
                } else if localSet.contains(n) || free.contains(n) {
                    let used = localSet.contains(n) ? "assigned to" : "used"
                    errors.append(("name '\(n)' is \(used) before nonlocal declaration", s.location))
                }
                declaredNonlocal.insert(n)
                bind(n)
            }
        case .tryStmt(let body, let handlers, let orElse, let finalBody):
            visit(body)
            for h in handlers {
                if let t = h.type { visit(t) }
                if let n = h.name { bind(n) }
                visit(h.body)
            }
            visit(orElse); visit(finalBody)
        case .raise(let exc, let cause):
            if let e = exc { visit(e) }
            if let c = cause { visit(c) }
        case .assert(let test, let message):
            visit(test)
            if let m = message { visit(m) }
        case .with(let items, let body, let isAsync):
            if isAsync { hasAwait = true }
            for item in items {
                visit(item.context)
                if let t = item.target { visitTarget(t) }
            }
            visit(body)
        case .importModules(let aliases):
            for a in aliases {
                bind(a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name)))
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { bind(a.asName ?? a.name) }
        }
    }

    private mutating func visitDefaults(_ args: Arguments) {
        for d in args.defaults { visit(d) }
        for d in args.keywordDefaults { if let d = d { visit(d) } }
    }

    /// A store or delete target.
    private mutating func visitTarget(_ e: Expr) {
        switch e.kind {
        case .name(let n): bind(n)
        case .tuple(let items), .list(let items): for i in items { visitTarget(i) }
        case .starred(let inner): visitTarget(inner)
        default: visitTargetSubexpressions(e)
        }
    }

    private mutating func visitTargetSubexpressions(_ e: Expr) {
        switch e.kind {
        case .attribute(let obj, _): visit(obj)
        case .subscript(let obj, let index): visit(obj); visit(index)
        default: visit(e)
        }
    }

    private mutating func visit(_ e: Expr) {
        switch e.kind {
        case .name(let n): use(n)
        case .constant: break
        case .joinedString(let parts): visitFString(parts)
        case .binary(let l, _, let r): visit(l); visit(r)
        case .unary(_, let o): visit(o)
        case .boolean(_, let values): for v in values { visit(v) }
        case .compare(let l, let steps): visit(l); for s in steps { visit(s.right) }
        case .conditional(let t, let b, let o): visit(t); visit(b); visit(o)
        case .lambda(let args, let body):
            visitDefaults(args)
            absorb(child: ScopeAnalysis.analyzeLambda(args, body: body))
        case .call(let f, let args, let keywords):
            visit(f)
            for a in args { visit(a) }
            for k in keywords { visit(k.value) }
        case .attribute(let o, _): visit(o)
        case .subscript(let o, let i): visit(o); visit(i)
        case .slice(let lo, let hi, let st):
            if let x = lo { visit(x) }
            if let x = hi { visit(x) }
            if let x = st { visit(x) }
        case .starred(let x): visit(x)
        case .list(let items), .tuple(let items), .set(let items): for i in items { visit(i) }
        case .dict(let entries):
            for en in entries {
                if let k = en.key { visit(k) }
                visit(en.value)
            }
        case .listComprehension(let el, let gens), .setComprehension(let el, let gens),
             .generatorExpression(let el, let gens):
            visitComprehension(elements: [el], generators: gens)
        case .dictComprehension(let k, let v, let gens):
            visitComprehension(elements: [k, v], generators: gens)
        case .await(let x):
            hasAwait = true
            visit(x)
        case .yield(let x):
            hasYield = true
            if let x = x { visit(x) }
        case .yieldFrom(let x):
            hasYield = true
            visit(x)
        case .namedExpression(let target, let value):
            visit(value)
            if kind == .comprehension {
                walrusTargets.insert(target)
                free.insert(target)
            } else {
                bind(target)
            }
        }
    }

    private mutating func visitComprehension(elements: [Expr], generators: [Comprehension]) {
        guard let first = generators.first else { return }
        visit(first.iter)
        let child = ScopeAnalysis.analyzeComprehension(element: elements, generators: generators)
        absorb(child: child)
        for name in child.walrusTargets {
            if kind == .comprehension {
                walrusTargets.insert(name)
                free.insert(name)
            } else {
                bind(name)
            }
        }
    }

    private mutating func visitFString(_ parts: [FStringPart]) {
        for p in parts {
            if case .formatted(let e, _, let spec) = p {
                visit(e)
                if let s = spec { visitFString(s) }
            }
        }
    }
}
