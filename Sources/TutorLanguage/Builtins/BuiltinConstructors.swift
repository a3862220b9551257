import BigInt
import Glibc

/// What calling a builtin type does: int("3"), list(range(3)), dict(a=1), ...
enum BuiltinConstructors {
    static func install(into b: PyDict) {
        BuiltinTypes.int.setConstructor(makeInt)
        BuiltinTypes.bool.setConstructor { ts, args, kw in
            try ArgCheck.count("bool", args, kw, min: 0, max: 1)
            return .bool(try args.first.map { try ts.isTrue($0) } ?? false)
        }
        BuiltinTypes.float.setConstructor(makeFloat)
        BuiltinTypes.str.setConstructor(makeStr)
        BuiltinTypes.list.setConstructor { ts, args, kw in
            try ArgCheck.count("list", args, kw, min: 0, max: 1)
            return .list(try args.first.map { Array(try ts.iterateToArray($0)) } ?? [])
        }
        BuiltinTypes.tuple.setConstructor { ts, args, kw in
            try ArgCheck.count("tuple", args, kw, min: 0, max: 1)
            if case .object(let t as PyTuple)? = args.first { return .object(t) }
            return .tuple(try args.first.map { try ts.iterateToArray($0) } ?? [])
        }
        BuiltinTypes.dict.setConstructor { ts, args, kw in
            guard args.count <= 1 else { throw PyException.typeError("dict expected at most 1 argument, got \(args.count)") }
            let d = PyDict()
            if let a = args.first { try updateDict(ts, d, a) }
            for (k, v) in kw { d.setString(k, v) }
            return .object(d)
        }
        BuiltinTypes.set.setConstructor { ts, args, kw in
            try ArgCheck.count("set", args, kw, min: 0, max: 1)
            let s = PySet()
            if case .object(let other as PySet)? = args.first { try s.storage.merge(other.storage) } else if let a = args.first {
                for x in try ts.iterateToArray(a) { try s.storage.insert(x) }
            }
            return .object(s)
        }
        BuiltinTypes.frozenset.setConstructor { ts, args, kw in
            try ArgCheck.count("frozenset", args, kw, min: 0, max: 1)
            if case .object(let f as PySet)? = args.first, f.isFrozen { return .object(f) }
            let s = PySet(frozen: true)
            if let a = args.first { for x in try ts.iterateToArray(a) { try s.storage.insert(x) } }
            return .object(s)
        }
        BuiltinTypes.range.setConstructor { ts, args, kw in
            try ArgCheck.count("range", args, kw, min: 1, max: 3)
            if args.contains(where: { if case .object(let o) = $0 { return o is PyBigInt }; return false }) {
                let b = try args.map { v -> BigInt in
                    if let x = IntegerArithmetic.big(v) { return x }
                    return BigInt(try ts.index(v, "'\(typeOf(v).name)' object cannot be interpreted as an integer"))
                }
                let (start, stop, step) = b.count == 1 ? (BigInt(0), b[0], BigInt(1))
                    : (b[0], b[1], b.count > 2 ? b[2] : BigInt(1))
                if step.isZero { throw PyException.valueError("range() arg 3 must not be zero") }
                return .object(PyRange(bigStart: start, stop: stop, step: step))
            }
            func idx(_ v: Value) throws -> Int {
                try ts.index(v, "'\(typeOf(v).name)' object cannot be interpreted as an integer")
            }
            let ints = try args.map(idx)
            switch ints.count {
            case 1: return .object(PyRange(start: 0, stop: ints[0], step: 1))
            case 2: return .object(PyRange(start: ints[0], stop: ints[1], step: 1))
            default:
                if ints[2] == 0 { throw PyException.valueError("range() arg 3 must not be zero") }
                return .object(PyRange(start: ints[0], stop: ints[1], step: ints[2]))
            }
        }
        BuiltinTypes.slice.setConstructor { _, args, kw in
            try ArgCheck.count("slice", args, kw, min: 1, max: 3)
            switch args.count {
            case 1: return .object(PySlice(start: .none, stop: args[0], step: .none))
            case 2: return .object(PySlice(start: args[0], stop: args[1], step: .none))
            default: return .object(PySlice(start: args[0], stop: args[1], step: args[2]))
            }
        }
        BuiltinTypes.bytes.setConstructor(makeBytes)
        BuiltinTypes.object.setConstructor { _, args, kw in
            if !args.isEmpty || !kw.isEmpty { throw PyException.typeError("object() takes no arguments") }
            return .object(PyInstance(type: BuiltinTypes.object))
        }
        BuiltinTypes.type.setConstructor { ts, args, kw in
            if args.count == 1 { return .object(typeOf(args[0])) }
            guard args.count == 3, case .object(let name as PyStr) = args[0], case .object(let bases as PyTuple) = args[1],
                  case .object(let ns as PyDict) = args[2] else {
                throw PyException.typeError("type() takes 1 or 3 arguments")
            }
            let (bt, layout) = try ThreadState.classBases(bases.items)
            let cls = try PyType(name: name.value, bases: bt, metatype: BuiltinTypes.type, layout: layout, isBuiltin: false)
            for (k, v) in ns.entries { if case .object(let s as PyStr) = k { cls.dict[s.value] = v } }
            if let m = ts.currentFrame?.globals.getString("__name__"), case .object(let s as PyStr) = m {
                cls.moduleName = s.value
            }
            PyType.namespaceVersion &+= 1
            return .object(cls)
        }
        BuiltinTypes.property.setConstructor { _, args, kw in
            var a = args
            while a.count < 4 { a.append(.none) }
            for (k, v) in kw {
                switch k {
                case "fget": a[0] = v
                case "fset": a[1] = v
                case "fdel": a[2] = v
                case "doc": a[3] = v
                default: throw PyException.typeError("'\(k)' is an invalid keyword argument for property()")
                }
            }
            return .object(PyProperty(getter: a[0], setter: a[1], deleter: a[2], doc: a[3]))
        }
        BuiltinTypes.staticmethod.setConstructor { _, args, kw in
            try ArgCheck.count("staticmethod", args, kw, min: 1, max: 1)
            return .object(PyStaticMethod(args[0]))
        }
        BuiltinTypes.classmethod.setConstructor { _, args, kw in
            try ArgCheck.count("classmethod", args, kw, min: 1, max: 1)
            return .object(PyClassMethod(args[0]))
        }
    }

    static func updateDict(_ ts: ThreadState, _ d: PyDict, _ a: Value) throws {
        if case .object(let src as PyDict) = a {
            for (k, v) in src.entries { try d.set(k, v) }
            return
        }
        if typeOf(a).lookup("keys") != nil {
            try ts.mergeMapping(into: d, a, forCall: false)
            return
        }
        let it: Value
        do { it = try ts.getIterator(a) } catch let e as PyException where e.isInstance(of: BuiltinTypes.typeError) {
            throw PyException.typeError("'\(typeOf(a).name)' object is not iterable")
        }
        var i = 0
        while let pair = try ts.iterateNext(it) {
            let items: [Value]
            do { items = try ts.iterateToArray(pair) } catch let e as PyException where e.isInstance(of: BuiltinTypes.typeError) {
                throw PyException.typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            guard items.count == 2 else {
                throw PyException.valueError(
                    "dictionary update sequence element #\(i) has length \(items.count); 2 is required")
            }
            try d.set(items[0], items[1])
            i += 1
        }
    }

    static func makeInt(_ ts: ThreadState, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try ArgCheck.count("int", args, kw, min: 0, max: 2, keywords: ["base"])
        var a = args
        if let b = ArgCheck.keyword(kw, "base") { a.append(b) }
        guard let x = a.first else { return .int(0) }
        if a.count == 2 {
            let base = try ts.index(a[1])
            guard base == 0 || (2...36).contains(base) else {
                throw PyException.valueError("int() base must be >= 2 and <= 36, or 0")
            }
            guard case .object(let s as PyStr) = x else {
                if case .object(let b as PyBytes) = x {
                    return try parseIntText(String(decoding: b.value, as: UTF8.self), base: base, original: x, ts: ts)
                }
                throw PyException.typeError("int() can't convert non-string with explicit base")
            }
            return try parseIntText(s.value, base: base, original: x, ts: ts)
        }
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyException.overflowError("cannot convert float infinity to integer") }
            let t = d.rounded(.towardZero)
            if let i = Int(exactly: t) { return .int(i) }
            return .int(BigInt(t))
        case .object(let o):
            switch o {
            case is PyBigInt: return x
            case let s as PyStr: return try parseIntText(s.value, base: 10, original: x, ts: ts)
            case let b as PyBytes: return try parseIntText(String(decoding: b.value, as: UTF8.self), base: 10, original: x, ts: ts)
            default:
                let t = o.type!
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let m = t.lookup(name) {
                        let r = try ts.callDescriptor(m, x, [])
                        guard IntegerArithmetic.isIntLike(r) else {
                            throw PyException.typeError("\(name) returned non-int (type \(typeOf(r).name))")
                        }
                        if case .bool(let b) = r { return .int(b ? 1 : 0) }
                        return r
                    }
                }
                throw PyException.typeError(
                    "int() argument must be a string, a bytes-like object or a real number, not '\(t.name)'")
            }
        default:
            throw PyException.typeError(
                "int() argument must be a string, a bytes-like object or a real number, not '\(typeOf(x).name)'")
        }
    }

    private static func parseIntText(_ s: String, base: Int, original: Value, ts: ThreadState) throws -> Value {
        if let v = parsePythonInt(s, base: base) { return .int(v) }
        throw PyException.valueError("invalid literal for int() with base \(base): \(try ts.repr(original))")
    }

    static func makeFloat(_ ts: ThreadState, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try ArgCheck.count("float", args, kw, min: 0, max: 1)
        guard let x = args.first else { return .float(0) }
        switch x {
        case .float: return x
        case .int, .bool: return .float(try ts.toDouble(x))
        case .object(let o):
            switch o {
            case let b as PyBigInt: return .float(try IntegerArithmetic.toDouble(b.value))
            case let s as PyStr:
                if let d = parsePythonFloat(s.value) { return .float(d) }
                throw PyException.valueError("could not convert string to float: \(try ts.repr(x))")
            default:
                let t = o.type!
                if let m = t.lookup("__float__") {
                    let r = try ts.callDescriptor(m, x, [])
                    guard case .float = r else {
                        throw PyException.typeError("\(t.name).__float__ returned non-float (type \(typeOf(r).name))")
                    }
                    return r
                }
                if let m = t.lookup("__index__") { return .float(try ts.toDouble(try ts.callDescriptor(m, x, []))) }
                throw PyException.typeError("float() argument must be a string or a real number, not '\(t.name)'")
            }
        default:
            throw PyException.typeError("float() argument must be a string or a real number, not '\(typeOf(x).name)'")
        }
    }

    static func makeStr(_ ts: ThreadState, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try ArgCheck.count("str", args, kw, min: 0, max: 3, keywords: ["object", "encoding", "errors"])
        var a = args
        if let o = ArgCheck.keyword(kw, "object") { a.insert(o, at: 0) }
        guard let x = a.first else { return .str("") }
        if a.count > 1 || ArgCheck.keyword(kw, "encoding") != nil {
            guard case .object(let b as PyBytes) = x else {
                throw PyException.typeError("decoding str is not supported")
            }
            return .str(String(decoding: b.value, as: UTF8.self))
        }
        return .str(try ts.str(x))
    }

    static func makeBytes(_ ts: ThreadState, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try ArgCheck.count("bytes", args, kw, min: 0, max: 3, keywords: ["encoding", "errors"])
        guard let x = args.first else { return .object(PyBytes([])) }
        switch x {
        case .object(let s as PyStr):
            guard args.count > 1 || ArgCheck.keyword(kw, "encoding") != nil else {
                throw PyException.typeError("string argument without an encoding")
            }
            return .object(PyBytes(Array(s.value.utf8)))
        case .int(let n):
            if n < 0 { throw PyException.valueError("negative count") }
            if n > IntegerArithmetic.maximumElements { throw PyException(BuiltinTypes.memoryError, "") }
            return .object(PyBytes([UInt8](repeating: 0, count: n)))
        case .object(let b as PyBytes):
            return .object(b)
        default:
            var out: [UInt8] = []
            for v in try ts.iterateToArray(x) {
                let i = try ts.index(v)
                guard (0...255).contains(i) else { throw PyException.valueError("bytes must be in range(0, 256)") }
                out.append(UInt8(i))
            }
            return .object(PyBytes(out))
        }
    }
}
