import TutorSyntax

extension Compiler {
    func compileBody(_ body: [Stmt]) throws {
        for s in body { try compile(s) }
    }

    func compile(_ s: Stmt) throws {
        setLine(s.location)
        switch s.kind {
        case .expression(let e):
            if mode == .interactive && unit.kind == .module {
                try compile(e)
                unit.emit(.printExpr)
            } else if case .constant = e.kind {
                // A docstring or bare constant has no effect.
            } else {
                try compile(e)
                unit.emit(.popTop)
            }
        case .assign(let targets, let value):
            try compile(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { unit.emit(.dupTop) }
                try compileStore(t)
            }
        case .augAssign(let target, let op, let value):
            try compileAugAssign(target, op, value)
        case .annAssign(let target, _, let value, _):
            if let v = value {
                try compile(v)
                try compileStore(target)
            } else if case .attribute(let obj, _) = target.kind {
                try compile(obj)
                unit.emit(.popTop)
            }
        case .ifStmt(let test, let body, let orElse):
            try compileIf(test, body, orElse)
        case .whileStmt(let test, let body, let orElse):
            try compileWhile(test, body, orElse)
        case .forStmt(let target, let iter, let body, let orElse, let isAsync):
            if isAsync { try compileAsyncFor(target, iter, body, orElse, s.location) } else {
                try compileFor(target, iter, body, orElse)
            }
        case .functionDef(let f):
            try compileFunctionDef(f, s.location)
        case .classDef(let c):
            try compileClassDef(c, s.location)
        case .returnStmt(let value):
            try compileReturn(value, s.location)
        case .delete(let targets):
            for t in targets { try compileDelete(t) }
        case .pass:
            break
        case .breakStmt:
            try compileBreak(s.location)
        case .continueStmt:
            try compileContinue(s.location)
        case .global, .nonlocal:
            break
        case .tryStmt(let body, let handlers, let orElse, let finalBody):
            if finalBody.isEmpty {
                try compileTryExcept(body, handlers, orElse)
            } else {
                try compileTryFinally(finalBody) {
                    if handlers.isEmpty { try compileBody(body) } else {
                        try compileTryExcept(body, handlers, orElse)
                    }
                }
            }
        case .raise(let exc, let cause):
            var n = 0
            if let e = exc { try compile(e); n = 1 }
            if let c = cause { try compile(c); n = 2 }
            unit.emit(.raiseVarargs, n)
        case .assert(let test, let message):
            try compile(test)
            let jump = unit.emit(.popJumpIfTrue)
            unit.emit(.loadAssertionError)
            if let m = message {
                try compile(m)
                unit.emit(.callFunction, 1)
            }
            unit.emit(.raiseVarargs, 1)
            unit.patchHere(jump)
        case .with(let items, let body, let isAsync):
            if isAsync && !isAsyncContext {
                throw syntaxError("'async with' outside async function", s.location)
            }
            try compileWith(items[...], body, isAsync: isAsync)
        case .importModules(let aliases):
            for a in aliases {
                loadConst(.int(0))
                if a.asName != nil { loadConst(.tuple([.str("*")])) } else { loadConst(.none) }
                unit.emit(.importName, unit.nameSlot(a.name))
                let top = String(a.name.split(separator: ".").first ?? Substring(a.name))
                store(a.asName ?? top)
            }
        case .importFrom(let module, let names, let level):
            loadConst(.int(level))
            loadConst(.tuple(names.map { .str($0.name) }))
            unit.emit(.importName, unit.nameSlot(module ?? ""))
            if names.count == 1 && names[0].name == "*" {
                if unit.kind != .module {
                    throw syntaxError("import * only allowed at module level", s.location)
                }
                unit.emit(.importStar)
            } else {
                for a in names {
                    unit.emit(.importFrom, unit.nameSlot(a.name))
                    store(a.asName ?? a.name)
                }
                unit.emit(.popTop)
            }
        }
    }

    // MARK: assignment

    func compileStore(_ t: Expr) throws {
        setLine(t.location)
        switch t.kind {
        case .name(let n):
            store(n)
        case .attribute(let obj, let attr):
            try compile(obj)
            unit.emit(.storeAttr, unit.nameSlot(attr))
        case .subscript(let obj, let index):
            try compile(obj)
            try compile(index)
            unit.emit(.storeSubscr)
        case .tuple(let items), .list(let items):
            try compileUnpack(items, t.location)
        case .starred:
            throw syntaxError("starred assignment target must be in a list or tuple", t.location)
        default:
            throw syntaxError("cannot assign to expression", t.location)
        }
    }

    private func compileUnpack(_ items: [Expr], _ loc: SourceLocation) throws {
        let starIndex = items.firstIndex { if case .starred = $0.kind { return true }; return false }
        if let si = starIndex {
            let after = items.count - si - 1
            if items[(si + 1)...].contains(where: { if case .starred = $0.kind { return true }; return false }) {
                throw syntaxError("multiple starred expressions in assignment", loc)
            }
            if si >= 256 || after >= (1 << 23) {
                throw syntaxError("too many expressions in star-unpacking assignment", loc)
            }
            unit.emit(.unpackEx, si | (after << 8))
        } else {
            unit.emit(.unpackSequence, items.count)
        }
        for item in items {
            if case .starred(let inner) = item.kind { try compileStore(inner) } else { try compileStore(item) }
        }
    }

    private func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws {
        let operation = BinaryOperation(rawValue: Compiler.binaryIndex(op) + BinaryOperation.inplaceAdd.rawValue)!
        switch target.kind {
        case .name(let n):
            load(n)
            try compile(value)
            unit.emit(.binaryOp, Int(operation.rawValue))
            store(n)
        case .attribute(let obj, let attr):
            try compile(obj)
            unit.emit(.dupTop)
            unit.emit(.loadAttr, unit.nameSlot(attr))
            try compile(value)
            unit.emit(.binaryOp, Int(operation.rawValue))
            unit.emit(.rotTwo)
            unit.emit(.storeAttr, unit.nameSlot(attr))
        case .subscript(let obj, let index):
            try compile(obj)
            try compile(index)
            unit.emit(.dupTopTwo)
            unit.emit(.binarySubscr)
            try compile(value)
            unit.emit(.binaryOp, Int(operation.rawValue))
            unit.emit(.rotThree)
            unit.emit(.storeSubscr)
        default:
            throw syntaxError("'\(Compiler.describe(target))' is an illegal expression for augmented assignment",
                              target.location)
        }
    }

    func compileDelete(_ t: Expr) throws {
        switch t.kind {
        case .name(let n): delete(n)
        case .attribute(let obj, let attr):
            try compile(obj)
            unit.emit(.deleteAttr, unit.nameSlot(attr))
        case .subscript(let obj, let index):
            try compile(obj)
            try compile(index)
            unit.emit(.deleteSubscr)
        case .tuple(let items), .list(let items):
            for i in items { try compileDelete(i) }
        default:
            throw syntaxError("cannot delete \(Compiler.describe(t))", t.location)
        }
    }

    // MARK: control flow

    private func compileIf(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws {
        try compile(test)
        let toElse = unit.emit(.popJumpIfFalse)
        try compileBody(body)
        if orElse.isEmpty {
            unit.patchHere(toElse)
        } else {
            let toEnd = unit.emit(.jump)
            unit.patchHere(toElse)
            try compileBody(orElse)
            unit.patchHere(toEnd)
        }
    }

    private func isConstantTrue(_ e: Expr) -> Bool {
        if case .constant(let c) = e.kind {
            switch c {
            case .bool(let b): return b
            case .int(let i): return i != 0
            default: return false
            }
        }
        return false
    }

    private func compileWhile(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws {
        let start = unit.nextIndex
        var exitJump: Int?
        if !isConstantTrue(test) {
            try compile(test)
            exitJump = unit.emit(.popJumpIfFalse)
        }
        unit.frameBlocks.append(.whileLoop(start: start, breaks: []))
        try compileBody(body)
        setLine(test.location)
        unit.emitJump(to: start)
        guard case .whileLoop(_, let breaks) = unit.frameBlocks.removeLast() else { return }
        if let j = exitJump { unit.patchHere(j) }
        try compileBody(orElse)
        for b in breaks { unit.patchHere(b) }
    }

    private func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws {
        try compile(iter)
        unit.emit(.getIter)
        let start = unit.nextIndex
        let exit = unit.emit(.forIter)
        try compileStore(target)
        unit.frameBlocks.append(.forLoop(start: start, breaks: []))
        try compileBody(body)
        unit.emitJump(to: start)
        guard case .forLoop(_, let breaks) = unit.frameBlocks.removeLast() else { return }
        unit.patchHere(exit)
        try compileBody(orElse)
        for b in breaks { unit.patchHere(b) }
    }

    private func compileAsyncFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt],
                                 _ loc: SourceLocation) throws {
        guard isAsyncContext else { throw syntaxError("'async for' outside async function", loc) }
        try compile(iter)
        unit.emit(.getAiter)
        let start = unit.nextIndex
        let setup = unit.emit(.setupFinally)
        unit.emit(.getAnext)
        loadConst(.none)
        unit.emit(.yieldFrom)
        unit.emit(.popBlock)
        try compileStore(target)
        unit.frameBlocks.append(.forLoop(start: start, breaks: []))
        try compileBody(body)
        unit.emitJump(to: start)
        guard case .forLoop(_, let breaks) = unit.frameBlocks.removeLast() else { return }
        unit.patchHere(setup)
        unit.emit(.endAsyncFor)
        try compileBody(orElse)
        for b in breaks { unit.patchHere(b) }
    }

    private func compileBreak(_ loc: SourceLocation) throws {
        guard let loopIndex = unit.frameBlocks.lastIndex(where: {
            if case .whileLoop = $0 { return true }
            if case .forLoop = $0 { return true }
            return false
        }) else { throw syntaxError("'break' outside loop", loc) }
        try unwindBlocks(downTo: loopIndex + 1, preserveTop: false)
        if case .forLoop = unit.frameBlocks[loopIndex] { unit.emit(.popTop) }
        let j = unit.emit(.jump)
        switch unit.frameBlocks[loopIndex] {
        case .whileLoop(let s, let b): unit.frameBlocks[loopIndex] = .whileLoop(start: s, breaks: b + [j])
        case .forLoop(let s, let b): unit.frameBlocks[loopIndex] = .forLoop(start: s, breaks: b + [j])
        default: break
        }
    }

    private func compileContinue(_ loc: SourceLocation) throws {
        guard let loopIndex = unit.frameBlocks.lastIndex(where: {
            if case .whileLoop = $0 { return true }
            if case .forLoop = $0 { return true }
            return false
        }) else { throw syntaxError("'continue' not properly in loop", loc) }
        try unwindBlocks(downTo: loopIndex + 1, preserveTop: false)
        switch unit.frameBlocks[loopIndex] {
        case .whileLoop(let s, _), .forLoop(let s, _): unit.emitJump(to: s)
        default: break
        }
    }

    private func compileReturn(_ value: Expr?, _ loc: SourceLocation) throws {
        guard unit.kind == .function else { throw syntaxError("'return' outside function", loc) }
        if value != nil && unit.flags.contains(.asyncGenerator) {
            throw syntaxError("'return' with value in async generator", loc)
        }
        if let v = value { try compile(v) } else { loadConst(.none) }
        try unwindBlocks(downTo: 0, preserveTop: true)
        unit.emit(.returnValue)
    }

    /// Emits the cleanup of every frame block above `level` (innermost first) for a
    /// jump out of them, keeping the value on top of the stack when `preserveTop`.
    private func unwindBlocks(downTo level: Int, preserveTop: Bool) throws {
        let saved = unit.frameBlocks
        defer { unit.frameBlocks = saved }
        while unit.frameBlocks.count > level {
            let block = unit.frameBlocks.removeLast()
            switch block {
            case .whileLoop:
                break
            case .forLoop:
                if preserveTop { unit.emit(.rotTwo) }
                unit.emit(.popTop)
            case .tryFinally(let body):
                unit.emit(.popBlock)
                try compileBody(body)
            case .finallyEnd:
                unit.emit(.popBlock)
                unit.emit(.popExcept)
                if preserveTop { unit.emit(.rotTwo) }
                unit.emit(.popTop)
            case .with(let isAsync):
                unit.emit(.popBlock)
                if preserveTop { unit.emit(.rotTwo) }
                emitExitCall(isAsync: isAsync)
            case .handlerCleanup(let name):
                unit.emit(.popBlock)
                if let n = name {
                    loadConst(.none)
                    store(n)
                    delete(n)
                }
            case .exceptBody:
                unit.emit(.popBlock)
                unit.emit(.popExcept)
                if preserveTop { unit.emit(.rotTwo) }
                unit.emit(.popTop)
            case .asyncComprehensionGenerator:
                break
            }
        }
    }

    /// With `__exit__` on top of the stack, calls it with three Nones and discards the result.
    private func emitExitCall(isAsync: Bool) {
        loadConst(.none)
        unit.emit(.dupTop)
        unit.emit(.dupTop)
        unit.emit(.callFunction, 3)
        if isAsync {
            unit.emit(.getAwaitable)
            loadConst(.none)
            unit.emit(.yieldFrom)
        }
        unit.emit(.popTop)
    }

    // MARK: exceptions

    private func compileTryFinally(_ finalBody: [Stmt], _ body: () throws -> Void) throws {
        let setup = unit.emit(.setupFinally)
        unit.frameBlocks.append(.tryFinally(body: finalBody))
        try body()
        unit.frameBlocks.removeLast()
        unit.emit(.popBlock)
        try compileBody(finalBody)
        let toEnd = unit.emit(.jump)
        // Exceptional path: run the finally body with the exception as the handled one.
        unit.patchHere(setup)
        unit.emit(.pushExcInfo)
        let cleanup = unit.emit(.setupFinally)
        unit.frameBlocks.append(.finallyEnd)
        try compileBody(finalBody)
        unit.frameBlocks.removeLast()
        unit.emit(.popBlock)
        unit.emit(.popExcept)
        unit.emit(.reraise)
        unit.patchHere(cleanup)
        unit.emit(.popExcept)
        unit.emit(.reraise)
        unit.patchHere(toEnd)
    }

    private func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt]) throws {
        let setup = unit.emit(.setupFinally)
        try compileBody(body)
        unit.emit(.popBlock)
        try compileBody(orElse)
        let toEnd = unit.emit(.jump)
        var endJumps = [toEnd]

        unit.patchHere(setup)
        unit.emit(.pushExcInfo)
        let cleanup = unit.emit(.setupFinally)
        for (i, h) in handlers.enumerated() {
            setLine(h.location)
            var nextHandler: Int?
            if let t = h.type {
                try compile(t)
                unit.emit(.checkExcMatch)
                nextHandler = unit.emit(.popJumpIfFalse)
            } else if i != handlers.count - 1 {
                throw syntaxError("default 'except:' must be last", h.location)
            }
            if let name = h.name {
                unit.emit(.dupTop)
                store(name)
                // The name is cleared when the handler ends, however it ends.
                let nameCleanup = unit.emit(.setupFinally)
                unit.frameBlocks.append(.exceptBody)
                unit.frameBlocks.append(.handlerCleanup(name: name))
                try compileBody(h.body)
                unit.frameBlocks.removeLast(2)
                unit.emit(.popBlock)
                loadConst(.none); store(name); delete(name)
                unit.emit(.popBlock)
                unit.emit(.popExcept)
                unit.emit(.popTop)
                endJumps.append(unit.emit(.jump))
                unit.patchHere(nameCleanup)
                loadConst(.none); store(name); delete(name)
                unit.emit(.reraise)
            } else {
                unit.frameBlocks.append(.exceptBody)
                try compileBody(h.body)
                unit.frameBlocks.removeLast()
                unit.emit(.popBlock)
                unit.emit(.popExcept)
                unit.emit(.popTop)
                endJumps.append(unit.emit(.jump))
            }
            if let n = nextHandler { unit.patchHere(n) }
        }
        // No handler matched: re-raise, restoring the previously handled exception.
        unit.emit(.popBlock)
        unit.emit(.popExcept)
        unit.emit(.reraise)
        unit.patchHere(cleanup)
        unit.emit(.popExcept)
        unit.emit(.reraise)
        for j in endJumps { unit.patchHere(j) }
    }

    private func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool) throws {
        guard let item = items.first else {
            try compileBody(body)
            return
        }
        try compile(item.context)
        let setup: Int
        if isAsync {
            unit.emit(.beforeAsyncWith)
            unit.emit(.getAwaitable)
            loadConst(.none)
            unit.emit(.yieldFrom)
            setup = unit.emit(.setupAsyncWith)
        } else {
            setup = unit.emit(.setupWith)
        }
        if let t = item.target { try compileStore(t) } else { unit.emit(.popTop) }
        unit.frameBlocks.append(.with(isAsync: isAsync))
        try compileWith(items.dropFirst(), body, isAsync: isAsync)
        unit.frameBlocks.removeLast()
        unit.emit(.popBlock)
        emitExitCall(isAsync: isAsync)
        let toEnd = unit.emit(.jump)

        unit.patchHere(setup)
        unit.emit(.pushExcInfo)
        let cleanup = unit.emit(.setupFinally)
        unit.emit(.withExceptStart)
        if isAsync {
            unit.emit(.getAwaitable)
            loadConst(.none)
            unit.emit(.yieldFrom)
        }
        let suppress = unit.emit(.popJumpIfTrue)
        unit.emit(.popBlock)
        unit.emit(.popExcept)
        unit.emit(.reraise)
        unit.patchHere(suppress)
        unit.emit(.popBlock)
        unit.emit(.popExcept)
        unit.emit(.popTop)
        unit.emit(.popTop)
        let toEnd2 = unit.emit(.jump)
        unit.patchHere(cleanup)
        unit.emit(.popExcept)
        unit.emit(.reraise)
        unit.patchHere(toEnd)
        unit.patchHere(toEnd2)
    }

    // MARK: definitions

    /// Pushes defaults and keyword defaults; returns the MAKE_FUNCTION flags for them.
    func compileDefaults(_ args: Arguments) throws -> MakeFunctionFlags {
        var flags: MakeFunctionFlags = []
        if !args.defaults.isEmpty {
            for d in args.defaults { try compile(d) }
            unit.emit(.buildTuple, args.defaults.count)
            flags.insert(.defaults)
        }
        let kw = zip(args.keywordOnly, args.keywordDefaults).compactMap { p, d in d.map { (p.name, $0) } }
        if !kw.isEmpty {
            for (name, d) in kw {
                loadConst(.str(name))
                try compile(d)
            }
            unit.emit(.buildMap, kw.count)
            flags.insert(.keywordDefaults)
        }
        return flags
    }

    func setUpParameters(_ args: Arguments, in u: CodeUnit) {
        u.argumentCount = args.positionalOnly.count + args.positional.count
        u.positionalOnlyCount = args.positionalOnly.count
        u.keywordOnlyCount = args.keywordOnly.count
        if args.varArgs != nil { u.flags.insert(.varArgs) }
        if args.varKeywords != nil { u.flags.insert(.varKeywords) }
    }

    private func compileFunctionDef(_ f: FunctionDef, _ loc: SourceLocation) throws {
        for d in f.decorators { try compile(d) }
        setLine(loc)
        let flags = try compileDefaults(f.arguments)
        let analysis = ScopeAnalysis.analyzeFunction(f.arguments, body: f.body)
        let (code, child) = try withUnit(.function, analysis: analysis, name: f.name, line: loc.line) {
            setUpParameters(f.arguments, in: unit)
            if f.isAsync {
                unit.flags.insert(analysis.hasYield ? .asyncGenerator : .coroutine)
            } else if analysis.hasYield {
                unit.flags.insert(.generator)
            }
            try compileFunctionBody(f.body)
        }
        emitMakeFunction(code, child: child, flags: flags)
        for _ in f.decorators { unit.emit(.callFunction, 1) }
        store(f.name)
    }

    func compileFunctionBody(_ body: [Stmt]) throws {
        try compileBody(body)
        if unit.instructions.last?.opcode != .returnValue || endsWithJumpTarget() {
            loadConst(.none)
            unit.emit(.returnValue)
        }
    }

    /// A final `return` that some jump lands after still needs an implicit return.
    private func endsWithJumpTarget() -> Bool {
        let end = unit.nextIndex
        return unit.instructions.contains { $0.opcode.isJump && Int($0.arg) == end }
    }

    private func compileClassDef(_ c: ClassDef, _ loc: SourceLocation) throws {
        for d in c.decorators { try compile(d) }
        setLine(loc)
        unit.emit(.loadBuildClass)
        let analysis = ScopeAnalysis.analyzeClass(body: c.body)
        let (code, child) = try withUnit(.classBody, analysis: analysis, name: c.name, line: loc.line) {
            unit.flags.insert(.usesLocalsDict)
            load("__name__")
            store("__module__")
            loadConst(.str(unit.qualifiedName))
            store("__qualname__")
            try compileBody(c.body)
            if unit.providesClassCell, let slot = unit.derefSlot("__class__") {
                unit.emit(.loadClosure, slot)
                unit.emit(.storeName, unit.nameSlot("__classcell__"))
            }
            loadConst(.none)
            unit.emit(.returnValue)
        }
        emitMakeFunction(code, child: child, flags: [])
        loadConst(.str(c.name))
        for b in c.bases {
            if case .starred = b.kind {
                throw syntaxError("starred base classes are not supported", b.location)
            }
            try compile(b)
        }
        let named = c.keywords.filter { $0.name != nil }
        if named.count != c.keywords.count {
            throw syntaxError("**kwargs in a class definition is not supported", loc)
        }
        for k in named { try compile(k.value) }
        if named.isEmpty {
            unit.emit(.callFunction, 2 + c.bases.count)
        } else {
            loadConst(.tuple(named.map { .str($0.name ?? "") }))
            unit.emit(.callFunctionKw, 2 + c.bases.count + named.count)
        }
        for _ in c.decorators { unit.emit(.callFunction, 1) }
        store(c.name)
    }
}
