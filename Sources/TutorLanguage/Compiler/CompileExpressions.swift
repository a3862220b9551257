import TutorSyntax

extension Compiler {
    static func binaryIndex(_ op: BinaryOperator) -> Int32 {
        switch op {
        case .add: return 0
        case .subtract: return 1
        case .multiply: return 2
        case .matrixMultiply: return 3
        case .trueDivide: return 4
        case .floorDivide: return 5
        case .modulo: return 6
        case .power: return 7
        case .leftShift: return 8
        case .rightShift: return 9
        case .bitOr: return 10
        case .bitXor: return 11
        case .bitAnd: return 12
        }
    }

    /// How CPython names an expression in "cannot assign to ..." messages.
    static func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant: return "literal"
        case .compare: return "comparison"
        case .binary, .unary, .boolean: return "expression"
        case .lambda: return "lambda"
        case .conditional: return "conditional expression"
        case .await: return "await expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComprehension: return "list comprehension"
        case .dictComprehension: return "dict comprehension"
        case .setComprehension: return "set comprehension"
        case .generatorExpression: return "generator expression"
        case .joinedString: return "f-string expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .namedExpression: return "named expression"
        default: return "expression"
        }
    }

    func compile(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            load(n)
        case .constant(let c):
            loadConst(try constantValue(c, e.location))
        case .joinedString(let parts):
            try compileFString(parts)
        case .binary(let l, let op, let r):
            try compile(l)
            try compile(r)
            setLine(e.location)
            unit.emit(.binaryOp, Int(Compiler.binaryIndex(op)))
        case .unary(let op, let operand):
            try compile(operand)
            switch op {
            case .not: unit.emit(.unaryNot)
            case .negate: unit.emit(.unaryNegative)
            case .plus: unit.emit(.unaryPositive)
            case .invert: unit.emit(.unaryInvert)
            }
        case .boolean(let op, let values):
            var jumps: [Int] = []
            for (i, v) in values.enumerated() {
                try compile(v)
                if i < values.count - 1 {
                    jumps.append(unit.emit(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop))
                }
            }
            for j in jumps { unit.patchHere(j) }
        case .compare(let left, let steps):
            try compileCompare(left, steps, e.location)
        case .conditional(let test, let body, let orElse):
            try compile(test)
            let toElse = unit.emit(.popJumpIfFalse)
            try compile(body)
            let toEnd = unit.emit(.jump)
            unit.patchHere(toElse)
            try compile(orElse)
            unit.patchHere(toEnd)
        case .lambda(let args, let body):
            let flags = try compileDefaults(args)
            let analysis = ScopeAnalysis.analyzeLambda(args, body: body)
            let (code, child) = try withUnit(.function, analysis: analysis, name: "<lambda>",
                                             line: e.location.line) {
                setUpParameters(args, in: unit)
                if analysis.hasYield { unit.flags.insert(.generator) }
                try compile(body)
                unit.emit(.returnValue)
            }
            emitMakeFunction(code, child: child, flags: flags)
        case .call(let function, let args, let keywords):
            try compileCall(function, args, keywords, e.location)
        case .attribute(let obj, let name):
            try compile(obj)
            setLine(e.location)
            unit.emit(.loadAttr, unit.nameSlot(name))
        case .subscript(let obj, let index):
            try compile(obj)
            try compile(index)
            setLine(e.location)
            unit.emit(.binarySubscr)
        case .slice(let lower, let upper, let step):
            if let x = lower { try compile(x) } else { loadConst(.none) }
            if let x = upper { try compile(x) } else { loadConst(.none) }
            if let x = step {
                try compile(x)
                unit.emit(.buildSlice, 3)
            } else {
                unit.emit(.buildSlice, 2)
            }
        case .starred:
            throw syntaxError("can't use starred expression here", e.location)
        case .list(let items):
            try compileSequence(items, build: .buildList, extend: .listExtend, append: .listAppend)
        case .tuple(let items):
            if items.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                try compileSequence(items, build: .buildList, extend: .listExtend, append: .listAppend)
                unit.emit(.listToTuple)
            } else if let constant = constantTuple(items) {
                loadConst(constant)
            } else {
                for i in items { try compile(i) }
                unit.emit(.buildTuple, items.count)
            }
        case .set(let items):
            if items.count > 2, let frozen = constantFrozenSet(items) {
                // As CPython: a constant display is a frozenset constant merged into a new set.
                unit.emit(.buildSet, 0)
                loadConst(frozen)
                unit.emit(.setUpdate, 1)
            } else {
                try compileSequence(items, build: .buildSet, extend: .setUpdate, append: .setAdd)
            }
        case .dict(let entries):
            try compileDict(entries)
        case .listComprehension(let element, let gens):
            try compileComprehension(kind: .list, elements: [element], generators: gens, e.location)
        case .setComprehension(let element, let gens):
            try compileComprehension(kind: .set, elements: [element], generators: gens, e.location)
        case .dictComprehension(let key, let value, let gens):
            try compileComprehension(kind: .dict, elements: [key, value], generators: gens, e.location)
        case .generatorExpression(let element, let gens):
            try compileComprehension(kind: .generator, elements: [element], generators: gens, e.location)
        case .await(let x):
            guard unit.kind == .function || unit.kind == .comprehension else {
                throw syntaxError("'await' outside function", e.location)
            }
            guard isAsyncContext else { throw syntaxError("'await' outside async function", e.location) }
            try compile(x)
            setLine(e.location)
            unit.emit(.getAwaitable)
            loadConst(.none)
            unit.emit(.yieldFrom)
        case .yield(let x):
            guard unit.kind == .function else { throw syntaxError("'yield' outside function", e.location) }
            if let x = x { try compile(x) } else { loadConst(.none) }
            unit.emit(.yieldValue)
        case .yieldFrom(let x):
            guard unit.kind == .function else { throw syntaxError("'yield' outside function", e.location) }
            if isAsyncContext { throw syntaxError("'yield from' inside async function", e.location) }
            try compile(x)
            unit.emit(.getYieldFromIter)
            loadConst(.none)
            unit.emit(.yieldFrom)
        case .namedExpression(let target, let value):
            try compile(value)
            unit.emit(.dupTop)
            store(target)
        }
    }

    func constantValue(_ c: Constant, _ loc: SourceLocation) throws -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let digits):
            guard let b = parsePythonInt(digits, base: 10) else {
                throw syntaxError("invalid decimal literal", loc)
            }
            return .int(b)
        case .float(let d): return .float(d)
        case .imaginary:
            throw syntaxError("complex numbers are not supported by the tutor", loc)
        case .string(let s): return .str(s)
        case .bytes(let b): return .object(PyBytes(b))
        case .ellipsis: return .object(Singletons.ellipsis)
        }
    }

    /// A tuple display of constants becomes one constant, as in CPython (whose AST
    /// optimiser also folds a minus sign into a numeric literal).
    private func constantTuple(_ items: [Expr]) -> Value? {
        guard !items.isEmpty else { return .tuple([]) }
        var values: [Value] = []
        for i in items {
            guard let v = foldedConstant(i) else { return nil }
            values.append(v)
        }
        return .tuple(values)
    }

    private func foldedConstant(_ e: Expr) -> Value? {
        switch e.kind {
        case .constant(let c):
            switch c {
            case .none, .bool, .int, .float, .string: return try? constantValue(c, e.location)
            default: return nil
            }
        case .unary(.negate, let operand):
            guard case .constant(let c) = operand.kind else { return nil }
            switch c {
            case .int(let i) where i != Int.min: return .int(-i)
            case .float(let d): return .float(-d)
            default: return nil
            }
        default:
            return nil
        }
    }

    private func constantFrozenSet(_ items: [Expr]) -> Value? {
        guard case .object(let t as PyTuple)? = constantTuple(items) else { return nil }
        // CPython builds the set from the display, then rebuilds it from that set's
        // iteration order when it merges code constants; the layout follows both steps.
        var first = SetStorage()
        for v in t.items {
            guard (try? first.insert(v)) != nil else { return nil }
        }
        let s = PySet(frozen: true)
        for v in first.elements {
            guard (try? s.storage.insert(v)) != nil else { return nil }
        }
        return .object(s)
    }

    private func compileSequence(_ items: [Expr], build: Opcode, extend: Opcode, append: Opcode) throws {
        let hasStar = items.contains { if case .starred = $0.kind { return true }; return false }
        if !hasStar {
            for i in items { try compile(i) }
            unit.emit(build, items.count)
            return
        }
        unit.emit(build, 0)
        for i in items {
            if case .starred(let inner) = i.kind {
                try compile(inner)
                unit.emit(extend, 1)
            } else {
                try compile(i)
                unit.emit(append, 1)
            }
        }
    }

    private func compileDict(_ entries: [DictEntry]) throws {
        var pending = 0
        var built = false
        for en in entries {
            if let k = en.key {
                try compile(k)
                try compile(en.value)
                pending += 1
            } else {
                if pending > 0 || !built {
                    unit.emit(.buildMap, pending)
                    if built { unit.emit(.dictUpdate, 1) }
                    built = true
                    pending = 0
                }
                try compile(en.value)
                unit.emit(.dictUpdate, 1)
            }
        }
        if !built || pending > 0 {
            unit.emit(.buildMap, pending)
            if built { unit.emit(.dictUpdate, 1) }
        }
    }

    private func compileCompare(_ left: Expr, _ steps: [ComparisonStep], _ loc: SourceLocation) throws {
        try compile(left)
        if steps.count == 1 {
            try compile(steps[0].right)
            setLine(loc)
            emitComparison(steps[0].op)
            return
        }
        var cleanups: [Int] = []
        for (i, step) in steps.enumerated() {
            try compile(step.right)
            setLine(loc)
            if i < steps.count - 1 {
                unit.emit(.dupTop)
                unit.emit(.rotThree)
                emitComparison(step.op)
                cleanups.append(unit.emit(.jumpIfFalseOrPop))
            } else {
                emitComparison(step.op)
            }
        }
        let toEnd = unit.emit(.jump)
        for c in cleanups { unit.patchHere(c) }
        unit.emit(.rotTwo)
        unit.emit(.popTop)
        unit.patchHere(toEnd)
    }

    private func emitComparison(_ op: ComparisonOperator) {
        switch op {
        case .equal: unit.emit(.compareOp, Int(RichComparison.equal.rawValue))
        case .notEqual: unit.emit(.compareOp, Int(RichComparison.notEqual.rawValue))
        case .less: unit.emit(.compareOp, Int(RichComparison.less.rawValue))
        case .lessEqual: unit.emit(.compareOp, Int(RichComparison.lessEqual.rawValue))
        case .greater: unit.emit(.compareOp, Int(RichComparison.greater.rawValue))
        case .greaterEqual: unit.emit(.compareOp, Int(RichComparison.greaterEqual.rawValue))
        case .is: unit.emit(.isOp, 0)
        case .isNot: unit.emit(.isOp, 1)
        case .in: unit.emit(.containsOp, 0)
        case .notIn: unit.emit(.containsOp, 1)
        }
    }

    private func compileCall(_ function: Expr, _ args: [Expr], _ keywords: [Keyword],
                             _ loc: SourceLocation) throws {
        let hasStar = args.contains { if case .starred = $0.kind { return true }; return false }
        let hasDoubleStar = keywords.contains { $0.name == nil }
        if hasStar || hasDoubleStar {
            try compile(function)
            try compileSequence(args, build: .buildList, extend: .listExtend, append: .listAppend)
            unit.emit(.listToTuple)
            if !keywords.isEmpty {
                try compileDict(keywords.map { k in
                    DictEntry(key: k.name.map { Expr(.constant(.string($0)), k.location) }, value: k.value)
                })
                setLine(loc)
                unit.emit(.callFunctionEx, 1)
            } else {
                setLine(loc)
                unit.emit(.callFunctionEx, 0)
            }
            return
        }
        var seen = Set<String>()
        for k in keywords {
            if let n = k.name, !seen.insert(n).inserted {
                throw syntaxError("keyword argument repeated: \(n)", k.location)
            }
        }
        if case .attribute(let obj, let name) = function.kind {
            try compile(obj)
            setLine(function.location)
            unit.emit(.loadMethod, unit.nameSlot(name))
            for a in args { try compile(a) }
            for k in keywords { try compile(k.value) }
            setLine(loc)
            if keywords.isEmpty {
                unit.emit(.callMethod, args.count)
            } else {
                loadConst(.tuple(keywords.map { .str($0.name ?? "") }))
                unit.emit(.callMethodKw, args.count + keywords.count)
            }
            return
        }
        try compile(function)
        for a in args { try compile(a) }
        for k in keywords { try compile(k.value) }
        setLine(loc)
        if keywords.isEmpty {
            unit.emit(.callFunction, args.count)
        } else {
            loadConst(.tuple(keywords.map { .str($0.name ?? "") }))
            unit.emit(.callFunctionKw, args.count + keywords.count)
        }
    }

    private func compileFString(_ parts: [FStringPart]) throws {
        var count = 0
        for p in parts {
            switch p {
            case .literal(let s):
                if s.isEmpty { continue }
                loadConst(.str(s))
            case .formatted(let expr, let conversion, let spec):
                try compile(expr)
                var flags = 0
                switch conversion {
                case "s": flags = 1
                case "r": flags = 2
                case "a": flags = 3
                default: flags = 0
                }
                if let spec = spec {
                    try compileFString(spec)
                    flags |= 4
                }
                unit.emit(.formatValue, flags)
            }
            count += 1
        }
        // One part is already a str: a literal, or FORMAT_VALUE's result.
        if count == 0 { loadConst(.str("")) } else if count > 1 { unit.emit(.buildString, count) }
    }

    enum ComprehensionKind { case list, set, dict, generator }

    private func compileComprehension(kind: ComprehensionKind, elements: [Expr], generators: [Comprehension],
                                      _ loc: SourceLocation) throws {
        guard let first = generators.first else { return }
        if generators.contains(where: { $0.isAsync }) {
            throw syntaxError("asynchronous comprehensions are not supported by the tutor", loc)
        }
        let name: String
        switch kind {
        case .list: name = "<listcomp>"
        case .set: name = "<setcomp>"
        case .dict: name = "<dictcomp>"
        case .generator: name = "<genexpr>"
        }
        let analysis = ScopeAnalysis.analyzeComprehension(element: elements, generators: generators)
        let (code, child) = try withUnit(.comprehension, analysis: analysis, name: name, line: loc.line) {
            unit.argumentCount = 1
            if kind == .generator { unit.flags.insert(.generator) }
            switch kind {
            case .list: unit.emit(.buildList, 0)
            case .set: unit.emit(.buildSet, 0)
            case .dict: unit.emit(.buildMap, 0)
            case .generator: break
            }
            try compileGenerators(generators[...], depth: 0, kind: kind, elements: elements)
            if kind == .generator { loadConst(.none) }
            unit.emit(.returnValue)
        }
        emitMakeFunction(code, child: child, flags: [])
        try compile(first.iter)
        unit.emit(.getIter)
        unit.emit(.callFunction, 1)
    }

    private func compileGenerators(_ gens: ArraySlice<Comprehension>, depth: Int, kind: ComprehensionKind,
                                   elements: [Expr]) throws {
        guard let g = gens.first else {
            // Innermost: produce the element. The collection sits below one iterator per loop.
            switch kind {
            case .list:
                try compile(elements[0])
                unit.emit(.listAppend, depth + 1)
            case .set:
                try compile(elements[0])
                unit.emit(.setAdd, depth + 1)
            case .dict:
                try compile(elements[0])
                try compile(elements[1])
                unit.emit(.mapAdd, depth + 1)
            case .generator:
                try compile(elements[0])
                unit.emit(.yieldValue)
                unit.emit(.popTop)
            }
            return
        }
        if depth == 0 {
            unit.emit(.loadFast, unit.variableSlot(".0"))
        } else {
            try compile(g.iter)
            unit.emit(.getIter)
        }
        let start = unit.nextIndex
        let exit = unit.emit(.forIter)
        try compileStore(g.target)
        var skips: [Int] = []
        for c in g.conditions {
            try compile(c)
            skips.append(unit.emit(.popJumpIfFalse))
        }
        try compileGenerators(gens.dropFirst(), depth: depth + 1, kind: kind, elements: elements)
        for s in skips { unit.patch(s, to: start) }
        unit.emitJump(to: start)
        unit.patchHere(exit)
    }
}
