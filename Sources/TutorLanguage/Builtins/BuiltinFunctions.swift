import BigInt
import Glibc

/// The functions of the `builtins` namespace.
enum BuiltinFunctions {
    static func install(into b: PyDict) {
        func add(_ name: String, _ body: @escaping NativeFunction) {
            b.setString(name, PyBuiltinFunction.function(name, body))
        }
        for t in [BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
                  BuiltinTypes.str, BuiltinTypes.bytes, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict,
                  BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice,
                  BuiltinTypes.property, BuiltinTypes.staticmethod, BuiltinTypes.classmethod] {
            b.setString(t.name, .object(t))
        }
        for t in BuiltinTypes.exceptionTypes { b.setString(t.name, .object(t)) }
        b.setString("EnvironmentError", .object(BuiltinTypes.osError))
        b.setString("IOError", .object(BuiltinTypes.osError))
        b.setString("None", .none)
        b.setString("NotImplemented", .object(Singletons.notImplemented))
        b.setString("Ellipsis", .object(Singletons.ellipsis))
        b.setString("__name__", .str("builtins"))

        add("__build_class__") { ts, args, kw in try ts.buildClass(args, kw) }
        add("super") { ts, args, _ in try ts.makeSuper(args) }
        add("print", print)
        add("input", input)
        add("len") { ts, args, kw in
            try ArgCheck.count("len", args, kw, min: 1, max: 1)
            return .int(try ts.length(args[0]))
        }
        add("repr") { ts, args, kw in
            try ArgCheck.count("repr", args, kw, min: 1, max: 1)
            return .str(try ts.repr(args[0]))
        }
        add("ascii") { ts, args, kw in
            try ArgCheck.count("ascii", args, kw, min: 1, max: 1)
            return .str(asciiEscaped(try ts.repr(args[0])))
        }
        add("format") { ts, args, kw in
            try ArgCheck.count("format", args, kw, min: 1, max: 2)
            let spec = args.count > 1 ? try ArgCheck.string(args[1],
                "format() argument 2 must be str, not \(typeOf(args[1]).name)") : ""
            return .str(try ts.format(args[0], spec))
        }
        add("abs", abs)
        add("all") { ts, args, kw in
            try ArgCheck.count("all", args, kw, min: 1, max: 1)
            let it = try ts.getIterator(args[0])
            while let x = try ts.iterateNext(it) { if !(try ts.isTrue(x)) { return .bool(false) } }
            return .bool(true)
        }
        add("any") { ts, args, kw in
            try ArgCheck.count("any", args, kw, min: 1, max: 1)
            let it = try ts.getIterator(args[0])
            while let x = try ts.iterateNext(it) { if try ts.isTrue(x) { return .bool(true) } }
            return .bool(false)
        }
        add("callable") { ts, args, kw in
            try ArgCheck.count("callable", args, kw, min: 1, max: 1)
            guard case .object(let o) = args[0] else { return .bool(false) }
            if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType { return .bool(true) }
            return .bool(o.type.lookup("__call__") != nil)
        }
        add("chr") { ts, args, kw in
            try ArgCheck.count("chr", args, kw, min: 1, max: 1)
            let i = try ts.index(args[0])
            guard i >= 0, i < 0x110000, let u = Unicode.Scalar(UInt32(i)) else {
                if i >= 0xD800 && i < 0xE000 { return .str("\u{FFFD}") }
                throw PyException.valueError("chr() arg not in range(0x110000)")
            }
            return .str(String(u))
        }
        add("ord") { _, args, kw in
            try ArgCheck.count("ord", args, kw, min: 1, max: 1)
            switch args[0] {
            case .object(let s as PyStr):
                guard s.count == 1 else {
                    throw PyException.typeError("ord() expected a character, but string of length \(s.count) found")
                }
                return .int(Int(s.scalar(at: 0).value))
            case .object(let b as PyBytes) where b.value.count == 1:
                return .int(Int(b.value[0]))
            default:
                throw PyException.typeError("ord() expected string of length 1, but \(typeOf(args[0]).name) found")
            }
        }
        for (name, base) in [("hex", 16), ("oct", 8), ("bin", 2)] {
            add(name) { ts, args, kw in
                try ArgCheck.count(name, args, kw, min: 1, max: 1)
                guard let v = IntegerArithmetic.big(args[0]) else {
                    let i = try ts.index(args[0])
                    return .str(pythonIntToString(i, base: base))
                }
                return .str(pythonIntToString(v, base: base))
            }
        }
        add("divmod") { ts, args, kw in
            try ArgCheck.count("divmod", args, kw, min: 2, max: 2)
            if case .float = args[0], (try? ts.toDouble(args[1])) == 0 { throw PyException.zeroDivision("float divmod()") }
            if case .float = args[1], (try? ts.toDouble(args[1])) == 0 { throw PyException.zeroDivision("float divmod()") }
            let t0 = typeOf(args[0]), t1 = typeOf(args[1])
            if !t0.isBuiltin, let m = t0.lookup("__divmod__") { return try ts.callDescriptor(m, args[0], [args[1]]) }
            if !t1.isBuiltin, let m = t1.lookup("__rdivmod__") { return try ts.callDescriptor(m, args[1], [args[0]]) }
            let q = try ts.binaryOperation(args[0], args[1], .floorDivide)
            let r = try ts.binaryOperation(args[0], args[1], .modulo)
            return .tuple([q, r])
        }
        add("pow") { ts, args, kw in
            var a = args
            for (k, v) in kw {
                switch k {
                case "base": a.insert(v, at: 0)
                case "exp": a.append(v)
                case "mod": a.append(v)
                default: throw PyException.typeError("'\(k)' is an invalid keyword argument for pow()")
                }
            }
            try ArgCheck.count("pow", a, [], min: 2, max: 3)
            if a.count == 3 && !a[2].isNone {
                guard let x = IntegerArithmetic.big(a[0]), let y = IntegerArithmetic.big(a[1]),
                      let m = IntegerArithmetic.big(a[2]) else {
                    throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                return try IntegerArithmetic.powerModulo(x, y, m)
            }
            return try ts.binaryOperation(a[0], a[1], .power)
        }
        add("round", round)
        add("sum") { ts, args, kw in
            try ArgCheck.count("sum", args, kw, min: 1, max: 2, keywords: ["start"])
            var total = args.count > 1 ? args[1] : (ArgCheck.keyword(kw, "start") ?? .int(0))
            if case .object(let o) = total, o is PyStr {
                throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]")
            }
            if case .object(let o) = total, o is PyBytes {
                throw PyException.typeError("sum() can't sum bytes [use b''.join(seq) instead]")
            }
            let it = try ts.getIterator(args[0])
            while let x = try ts.iterateNext(it) {
                if case .int(let a) = total, case .int(let b) = x {
                    let (r, o) = a.addingReportingOverflow(b)
                    if !o { total = .int(r); continue }
                }
                total = try ts.binaryOperation(total, x, .add)
            }
            return total
        }
        add("min") { ts, args, kw in try minMax(ts, "min", args, kw, .less) }
        add("max") { ts, args, kw in try minMax(ts, "max", args, kw, .greater) }
        add("sorted") { ts, args, kw in
            try ArgCheck.count("sorted", args, kw, min: 1, max: 1, keywords: ["key", "reverse"])
            var items = try ts.iterateToArray(args[0])
            if case .object(let o) = args[0], o.type === BuiltinTypes.list || o.type === BuiltinTypes.tuple {
                items = Array(items)
            }
            let reverse = try ArgCheck.keyword(kw, "reverse").map { try ts.isTrue($0) } ?? false
            try ts.sortValues(&items, key: ArgCheck.keyword(kw, "key"), reverse: reverse)
            return .list(items)
        }
        add("reversed") { ts, args, kw in
            try ArgCheck.count("reversed", args, kw, min: 1, max: 1)
            return try reversedIterator(ts, args[0])
        }
        add("enumerate") { ts, args, kw in
            var a = args
            if let it = ArgCheck.keyword(kw, "iterable") { a.insert(it, at: 0) }
            if let s = ArgCheck.keyword(kw, "start") { a.append(s) }
            guard !a.isEmpty else { throw PyException.typeError("enumerate() missing required argument 'iterable' (pos 1)") }
            let it = try ts.getIterator(a[0])
            var n: Value = a.count > 1 ? a[1] : .int(0)
            if !IntegerArithmetic.isIntLike(n) {
                throw PyException.typeError("'\(typeOf(n).name)' object cannot be interpreted as an integer")
            }
            return .object(PyClosureIterator(type: BuiltinTypes.enumerate) { ts in
                guard let x = try ts.iterateNext(it) else { return nil }
                let r = Value.tuple([n, x])
                n = try ts.binaryOperation(n, .int(1), .add)
                return r
            })
        }
        add("zip") { ts, args, kw in
            try ArgCheck.count("zip", args, kw, min: 0, max: Int.max, keywords: ["strict"])
            let strict = try ArgCheck.keyword(kw, "strict").map { try ts.isTrue($0) } ?? false
            let its = try args.map { try ts.getIterator($0) }
            return .object(PyClosureIterator(type: BuiltinTypes.zip) { ts in
                if its.isEmpty { return nil }
                var row: [Value] = []
                for (i, it) in its.enumerated() {
                    guard let x = try ts.iterateNext(it) else {
                        if strict {
                            if i > 0 {
                                throw PyException.valueError("zip() argument \(i + 1) is shorter than argument\(i > 1 ? "s 1-\(i)" : " 1")")
                            }
                            for (j, other) in its.enumerated().dropFirst() where try ts.iterateNext(other) != nil {
                                throw PyException.valueError("zip() argument \(j + 1) is longer than argument\(j > 1 ? "s 1-\(j)" : " 1")")
                            }
                        }
                        return nil
                    }
                    row.append(x)
                }
                return .tuple(row)
            })
        }
        add("map") { ts, args, kw in
            guard args.count >= 2 else { throw PyException.typeError("map() must have at least two arguments.") }
            let f = args[0]
            let its = try args.dropFirst().map { try ts.getIterator($0) }
            return .object(PyClosureIterator(type: BuiltinTypes.map) { ts in
                var row: [Value] = []
                for it in its {
                    guard let x = try ts.iterateNext(it) else { return nil }
                    row.append(x)
                }
                return try ts.call(f, row, [])
            })
        }
        add("filter") { ts, args, kw in
            try ArgCheck.count("filter", args, kw, min: 2, max: 2)
            let f = args[0]
            let it = try ts.getIterator(args[1])
            return .object(PyClosureIterator(type: BuiltinTypes.filter) { ts in
                while let x = try ts.iterateNext(it) {
                    let keep = f.isNone ? try ts.isTrue(x) : try ts.isTrue(try ts.call(f, [x], []))
                    if keep { return x }
                }
                return nil
            })
        }
        add("iter") { ts, args, kw in
            try ArgCheck.count("iter", args, kw, min: 1, max: 2)
            if args.count == 2 {
                guard try ts.isTrue(try BuiltinFunctions.callableValue(args[0])) else {
                    throw PyException.typeError("iter(v, w): v must be callable")
                }
                return .object(PyCallableIterator(args[0], args[1]))
            }
            return try ts.getIterator(args[0])
        }
        add("next") { ts, args, kw in
            try ArgCheck.count("next", args, kw, min: 1, max: 2)
            let it = args[0]
            if case .object(let g as PyGenerator) = it, g.kind == .generator {
                switch try ts.resume(g, sending: .none) {
                case .yielded(let v): return v
                case .returned(let r):
                    if args.count > 1 { return args[1] }
                    throw PyException.stopIteration(r.isNone ? nil : r)
                }
            }
            guard case .object(let o) = it, o is NativeIterator || o.type.lookup("__next__") != nil else {
                throw PyException.typeError("'\(typeOf(it).name)' object is not an iterator")
            }
            if !(o is NativeIterator), let m = o.type.lookup("__next__") {
                do {
                    return try ts.callDescriptor(m, it, [])
                } catch let e as PyException where e.isInstance(of: BuiltinTypes.stopIteration) && args.count > 1 {
                    return args[1]
                }
            }
            if let v = try ts.iterateNext(it) { return v }
            if args.count > 1 { return args[1] }
            throw PyException.stopIteration()
        }
        add("isinstance") { ts, args, kw in
            try ArgCheck.count("isinstance", args, kw, min: 2, max: 2)
            return .bool(try classCheck(typeOf(args[0]), args[1], "isinstance"))
        }
        add("issubclass") { ts, args, kw in
            try ArgCheck.count("issubclass", args, kw, min: 2, max: 2)
            guard case .object(let t as PyType) = args[0] else {
                throw PyException.typeError("issubclass() arg 1 must be a class")
            }
            return .bool(try classCheck(t, args[1], "issubclass"))
        }
        add("hasattr") { ts, args, kw in
            try ArgCheck.count("hasattr", args, kw, min: 2, max: 2)
            let name = try ArgCheck.string(args[1], "attribute name must be string, not '\(typeOf(args[1]).name)'")
            do {
                return .bool(try ts.findAttribute(args[0], PyStr(name)) != nil)
            } catch let e as PyException where e.isInstance(of: BuiltinTypes.attributeError) {
                return .bool(false)
            }
        }
        add("getattr") { ts, args, kw in
            try ArgCheck.count("getattr", args, kw, min: 2, max: 3)
            let name = try ArgCheck.string(args[1], "attribute name must be string, not '\(typeOf(args[1]).name)'")
            do {
                return try ts.getAttribute(args[0], PyStr(name))
            } catch let e as PyException where e.isInstance(of: BuiltinTypes.attributeError) && args.count == 3 {
                return args[2]
            }
        }
        add("setattr") { ts, args, kw in
            try ArgCheck.count("setattr", args, kw, min: 3, max: 3)
            let name = try ArgCheck.string(args[1], "attribute name must be string, not '\(typeOf(args[1]).name)'")
            try ts.setAttribute(args[0], PyStr(name), args[2])
            return .none
        }
        add("delattr") { ts, args, kw in
            try ArgCheck.count("delattr", args, kw, min: 2, max: 2)
            let name = try ArgCheck.string(args[1], "attribute name must be string, not '\(typeOf(args[1]).name)'")
            try ts.deleteAttribute(args[0], PyStr(name))
            return .none
        }
        add("id") { _, args, kw in
            try ArgCheck.count("id", args, kw, min: 1, max: 1)
            switch args[0] {
            case .object(let o): return .int(ThreadState.identity(of: o))
            case .int(let i): return .int(0x1_0000_0000 &+ i &* 32)
            case .float(let d): return .int(Int(truncatingIfNeeded: d.bitPattern >> 3))
            case .bool(let b): return .int(b ? 0x2_0000_0001 : 0x2_0000_0000)
            case .none: return .int(0x2_0000_0010)
            }
        }
        add("hash") { _, args, kw in
            try ArgCheck.count("hash", args, kw, min: 1, max: 1)
            return .int(try Hashing.hash(args[0]))
        }
        add("vars") { ts, args, kw in
            try ArgCheck.count("vars", args, kw, min: 0, max: 1)
            if args.isEmpty { return try localsOf(ts) }
            do {
                return try ts.getAttribute(args[0], "__dict__")
            } catch let e as PyException where e.isInstance(of: BuiltinTypes.attributeError) {
                throw PyException.typeError("vars() argument must have __dict__ attribute")
            }
        }
        add("dir") { ts, args, kw in
            try ArgCheck.count("dir", args, kw, min: 0, max: 1)
            var names = Set<String>()
            if args.isEmpty {
                guard case .object(let d as PyDict) = try localsOf(ts) else { return .list([]) }
                for k in d.liveKeys { if case .object(let s as PyStr) = k { names.insert(s.value) } }
            } else {
                let v = args[0]
                if case .object(let o) = v {
                    if let d = o.attributes { for k in d.liveKeys { if case .object(let s as PyStr) = k { names.insert(s.value) } } }
                    if let m = o as? PyModule { for k in m.dict.liveKeys { if case .object(let s as PyStr) = k { names.insert(s.value) } } }
                    if let t = o as? PyType { for c in t.mro { names.formUnion(c.dict.keys) } }
                }
                for c in typeOf(v).mro { names.formUnion(c.dict.keys) }
            }
            return .list(names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { .str($0) })
        }
        add("globals") { ts, _, _ in
            guard let f = ts.currentFrame else { return .object(PyDict()) }
            return .object(f.globals)
        }
        add("locals") { ts, _, _ in try localsOf(ts) }
        add("exec") { ts, args, kw in try execOrEval(ts, args, kw, mode: .module) }
        add("eval") { ts, args, kw in try execOrEval(ts, args, kw, mode: .expression) }
        for name in ["exit", "quit"] {
            add(name) { _, args, _ in
                throw PyException(type: BuiltinTypes.systemExit, args: args.isEmpty ? [] : [args[0]])
            }
        }
        BuiltinConstructors.install(into: b)
    }

    static func callableValue(_ v: Value) throws -> Value {
        guard case .object(let o) = v else { return .bool(false) }
        if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType { return .bool(true) }
        return .bool(o.type.lookup("__call__") != nil)
    }

    private static func classCheck(_ t: PyType, _ spec: Value, _ fname: String) throws -> Bool {
        switch spec {
        case .object(let c as PyType):
            return t.isSubtype(of: c)
        case .object(let tup as PyTuple):
            for item in tup.items where try classCheck(t, item, fname) { return true }
            return false
        default:
            throw PyException.typeError("\(fname)() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    static func print(_ ts: ThreadState, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        var sep = " ", end = "\n"
        var file: Value = .none
        var flush = false
        for (k, v) in kw {
            switch k {
            case "sep":
                if !v.isNone { sep = try ArgCheck.string(v, "sep must be None or a string, not \(typeOf(v).name)") }
            case "end":
                if !v.isNone { end = try ArgCheck.string(v, "end must be None or a string, not \(typeOf(v).name)") }
            case "file": file = v
            case "flush": flush = try ts.isTrue(v)
            default: throw PyException.typeError("'\(k)' is an invalid keyword argument for print()")
            }
        }
        var text = ""
        for (i, a) in args.enumerated() {
            if i > 0 { text += sep }
            text += try ts.str(a)
        }
        text += end
        if file.isNone || SysModule.isStandardStream(file, ts.interpreter, stderr: false) {
            ts.interpreter.stdout.write(text)
            if flush { ts.interpreter.stdout.flush() }
        } else if SysModule.isStandardStream(file, ts.interpreter, stderr: true) {
            ts.interpreter.stderr.write(text)
        } else {
            _ = try ts.callMethod(file, "write", [.str(text)])
            if flush, typeOf(file).lookup("flush") != nil { _ = try ts.callMethod(file, "flush", []) }
        }
        return .none
    }

    static func input(_ ts: ThreadState, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try ArgCheck.count("input", args, kw, min: 0, max: 1)
        if let p = args.first { ts.interpreter.stdout.write(try ts.str(p)) }
        ts.interpreter.stdout.flush()
        let line = ts.blocking { ts.interpreter.stdin.readLine() }
        guard let l = line else { throw PyException(BuiltinTypes.eofError, "EOF when reading a line") }
        return .str(l)
    }

    static func abs(_ ts: ThreadState, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try ArgCheck.count("abs", args, kw, min: 1, max: 1)
        switch args[0] {
        case .int(let i): return i == Int.min ? .int(-BigInt(i)) : .int(Swift.abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(Swift.abs(d))
        case .object(let o as PyBigInt): return .int(BigInt(o.value.magnitude))
        default:
            let t = typeOf(args[0])
            if let m = t.lookup("__abs__") { return try ts.callDescriptor(m, args[0], []) }
            throw PyException.typeError("bad operand type for abs(): '\(t.name)'")
        }
    }

    static func round(_ ts: ThreadState, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        var a = args
        if let n = ArgCheck.keyword(kw, "ndigits") { a.append(n) }
        if let n = ArgCheck.keyword(kw, "number") { a.insert(n, at: 0) }
        try ArgCheck.count("round", a, [], min: 1, max: 2)
        let digits: Value = a.count > 1 ? a[1] : .none
        switch a[0] {
        case .float(let d):
            if digits.isNone {
                guard d.isFinite else {
                    if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
                    throw PyException.overflowError("cannot convert float infinity to integer")
                }
                let r = pythonRoundToInteger(d)
                if let i = Int(exactly: r) { return .int(i) }
                return .int(BigInt(r))
            }
            let n = try ts.index(digits)
            return .float(try pythonRound(d, digits: n))
        case .int, .bool, .object(is PyBigInt):
            guard let v = IntegerArithmetic.big(a[0]) else { return a[0] }
            if digits.isNone { return .int(v) }
            let n = try ts.index(digits)
            if n >= 0 { return .int(v) }
            if n < -4000 { return .int(0) }
            let p = BigInt(10).power(-n)
            let (q, r) = v.quotientAndRemainder(dividingBy: p)
            var qq = q
            var rr = r
            if rr.sign == .minus { rr += p; qq -= 1 }
            let twice = rr * 2
            if twice > p || (twice == p && !qq.isMultiple(of: 2)) { qq += 1 }
            return .int(qq * p)
        default:
            let t = typeOf(a[0])
            if let m = t.lookup("__round__") { return try ts.callDescriptor(m, a[0], a.count > 1 ? [a[1]] : []) }
            throw PyException.typeError("type \(t.name) doesn't define __round__ method")
        }
    }

    private static func minMax(_ ts: ThreadState, _ name: String, _ args: [Value], _ kw: KeywordArguments,
                               _ op: RichComparison) throws -> Value {
        try ArgCheck.count(name, args, kw, min: 1, max: Int.max, keywords: ["key", "default"])
        let key = ArgCheck.keyword(kw, "key").flatMap { $0.isNone ? nil : $0 }
        let defaultValue = ArgCheck.keyword(kw, "default")
        let items: [Value]
        if args.count == 1 {
            items = try ts.iterateToArray(args[0])
        } else {
            if defaultValue != nil {
                throw PyException.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args
        }
        guard var best = items.first else {
            if let d = defaultValue { return d }
            throw PyException.valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = try key.map { try ts.call($0, [best], []) } ?? best
        for x in items.dropFirst() {
            let k = try key.map { try ts.call($0, [x], []) } ?? x
            if try ts.compareBool(k, bestKey, op) {
                best = x
                bestKey = k
            }
        }
        return best
    }

    private static func reversedIterator(_ ts: ThreadState, _ v: Value) throws -> Value {
        if case .object(let o) = v {
            switch o {
            case let l as PyList where o.type === BuiltinTypes.list:
                var i = l.items.count - 1
                return .object(PyClosureIterator(type: BuiltinTypes.reversed) { _ in
                    guard i >= 0, i < l.items.count else { return nil }
                    defer { i -= 1 }
                    return l.items[i]
                })
            case let t as PyTuple: return .object(PyArrayIterator(t.items.reversed(), type: BuiltinTypes.reversed))
            case let r as PyRange:
                let n = r.count
                return .object(PyRangeIterator(PyRange(start: r.element(at: n - 1), stop: r.start &- r.step,
                                                       step: -r.step)))
            case let s as PyStr:
                return .object(PyArrayIterator(s.scalars.reversed().map { .str(String($0)) }, type: BuiltinTypes.reversed))
            case let d as PyDict where o.type === BuiltinTypes.dict:
                return .object(PyArrayIterator(d.liveKeys.reversed(), type: BuiltinTypes.reversed))
            default:
                let t = o.type!
                if let m = t.lookup("__reversed__") { return try ts.callDescriptor(m, v, []) }
                if t.lookup("__len__") != nil && t.lookup("__getitem__") != nil {
                    var i = try ts.length(v) - 1
                    return .object(PyClosureIterator(type: BuiltinTypes.reversed) { ts in
                        guard i >= 0 else { return nil }
                        defer { i -= 1 }
                        return try ts.getItem(v, .int(i))
                    })
                }
            }
        }
        throw PyException.typeError("'\(typeOf(v).name)' object is not reversible")
    }

    static func localsOf(_ ts: ThreadState) throws -> Value {
        guard let f = ts.currentFrame else { return .object(PyDict()) }
        if let l = f.localsDict { return .object(l) }
        let d = PyDict()
        for (i, n) in f.code.variableNames.enumerated() {
            if let ci = f.code.cellNames.firstIndex(of: n) {
                if let v = f.cells[ci].contents { d.setString(n, v) }
            } else if let v = f.fast[i] {
                d.setString(n, v)
            }
        }
        for (i, n) in f.code.freeNames.enumerated() {
            if let v = f.cells[f.code.cellNames.count + i].contents { d.setString(n, v) }
        }
        return .object(d)
    }

    private static func execOrEval(_ ts: ThreadState, _ args: [Value], _ kw: KeywordArguments,
                                   mode: Compiler.Mode) throws -> Value {
        let name = mode == .expression ? "eval" : "exec"
        var a = args
        if let g = ArgCheck.keyword(kw, "globals") { a.append(g) }
        if let l = ArgCheck.keyword(kw, "locals") { a.append(l) }
        try ArgCheck.count(name, a, [], min: 1, max: 3)
        let code: CodeObject
        switch a[0] {
        case .object(let s as PyStr):
            var src = s.value
            if mode == .expression {
                // eval() ignores surrounding spaces and tabs, as CPython does.
                let scalars = src.unicodeScalars
                let start = scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.endIndex
                let end = scalars.lastIndex { $0 != " " && $0 != "\t" }.map { scalars.index(after: $0) } ?? start
                src = String(scalars[start..<max(start, end)])
            }
            code = try ts.interpreter.compile(src, filename: "<string>", mode: mode)
        case .object(let c as CodeObject):
            code = c
        default:
            throw PyException.typeError("\(name)() arg 1 must be a string, bytes or code object")
        }
        let caller = ts.currentFrame
        var globals: PyDict
        var locals: PyDict?
        if a.count > 1, !a[1].isNone {
            guard case .object(let g as PyDict) = a[1] else {
                throw PyException.typeError("\(name)() globals must be a dict, not \(typeOf(a[1]).name)")
            }
            globals = g
            locals = g
        } else {
            globals = caller?.globals ?? PyDict()
            if case .object(let l as PyDict) = try localsOf(ts) { locals = l }
        }
        if a.count > 2, !a[2].isNone {
            guard case .object(let l as PyDict) = a[2] else {
                throw PyException.typeError("locals must be a mapping")
            }
            locals = l
        }
        var builtins = ts.interpreter.builtins
        switch globals.getString("__builtins__") {
        case nil: globals.setString("__builtins__", .object(ts.interpreter.builtinsModule))
        case .object(let d as PyDict)?: builtins = d
        case .object(let m as PyModule)?: builtins = m.dict
        default: break
        }
        let frame = Frame(code: code, globals: globals, builtins: builtins, locals: locals, closure: [])
        let r = try ts.run(frame)
        return mode == .expression ? r : .none
    }
}
