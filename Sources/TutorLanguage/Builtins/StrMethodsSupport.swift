import BigInt

/// How CPython declares a str/bytes method, which decides the wording of its
/// argument-count errors (each declaration style words them differently).
enum StrArity {
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    case none
    /// METH_O: "str.join() takes exactly one argument (0 given)".
    case one
    /// Argument Clinic, positional only: "center expected at least 1 argument, got 0".
    case positional(Int, Int)
    /// PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
    case parseTuple(Int, Int)
    /// Slot wrappers (`__len__`, `__add__`): "expected 1 argument, got 0".
    case wrapper(Int)
    /// CPython's sequence-repeat wrappers print the same with a leading space.
    case spacedWrapper(Int)
    /// `str.format`: anything goes.
    case any
}

/// Argument conversion and checking with CPython's messages, shared by str and bytes.
enum StrArgs {
    static func plural(_ n: Int, _ word: String = "argument") -> String { n == 1 ? word : word + "s" }

    static func receiver<T: PyObject>(_: T.Type, _ args: [Value], _ name: String, _ typeName: String) throws -> T {
        guard let first = args.first else {
            throw PyException.typeError("unbound method \(typeName).\(name)() needs an argument")
        }
        return try first.receiver(T.self, name, typeName)
    }

    /// Checks the count of `args` (receiver included, not counted) and that no keywords were passed.
    static func check(_ typeName: String, _ name: String, _ args: [Value], _ kwargs: KeywordArguments,
                      _ arity: StrArity) throws {
        let given = args.count - 1
        if !kwargs.isEmpty {
            switch arity {
            case .wrapper, .spacedWrapper:
                throw PyException.typeError("wrapper \(name)() takes no keyword arguments")
            case .any:
                break
            default:
                throw PyException.typeError("\(typeName).\(name)() takes no keyword arguments")
            }
        }
        switch arity {
        case .any:
            return
        case .none:
            if given != 0 { throw PyException.typeError("\(typeName).\(name)() takes no arguments (\(given) given)") }
        case .one:
            if given != 1 {
                throw PyException.typeError("\(typeName).\(name)() takes exactly one argument (\(given) given)")
            }
        case .positional(let lo, let hi):
            if given < lo || given > hi {
                if lo == hi {
                    throw PyException.typeError("\(name) expected \(lo) \(plural(lo)), got \(given)")
                }
                if given < lo {
                    throw PyException.typeError("\(name) expected at least \(lo) \(plural(lo)), got \(given)")
                }
                throw PyException.typeError("\(name) expected at most \(hi) \(plural(hi)), got \(given)")
            }
        case .parseTuple(let lo, let hi):
            if given < lo {
                throw PyException.typeError("\(name)() takes at least \(lo) \(plural(lo)) (\(given) given)")
            }
            if given > hi {
                throw PyException.typeError("\(name)() takes at most \(hi) \(plural(hi)) (\(given) given)")
            }
        case .wrapper(let n), .spacedWrapper(let n):
            if given != n {
                let space: String
                if case .spacedWrapper = arity { space = " " } else { space = "" }
                throw PyException.typeError("\(space)expected \(n) \(plural(n)), got \(given)")
            }
        }
    }

    /// Binds positional and keyword arguments (receiver excluded) to `params`, as Argument
    /// Clinic does for methods that accept keywords; missing ones are nil.
    static func bind(_ name: String, _ args: ArraySlice<Value>, _ kwargs: KeywordArguments,
                     _ params: [String]) throws -> [Value?] {
        let total = args.count + kwargs.count
        if total > params.count {
            throw PyException.typeError(
                "\(name)() takes at most \(params.count) \(plural(params.count)) (\(total) given)")
        }
        var bound = [Value?](repeating: nil, count: params.count)
        for (i, v) in args.enumerated() { bound[i] = v }
        for kw in kwargs {
            guard let i = params.firstIndex(of: kw.name) else {
                throw PyException.typeError("'\(kw.name)' is an invalid keyword argument for \(name)()")
            }
            if i < args.count || bound[i] != nil {
                throw PyException.typeError(
                    "argument for \(name)() given by name ('\(kw.name)') and position (\(i + 1))")
            }
            bound[i] = kw.value
        }
        return bound
    }

    static func str(_ v: Value, _ message: @autoclosure () -> String) throws -> PyStr {
        if case .object(let s as PyStr) = v { return s }
        throw PyException.typeError(message())
    }

    static func typeName(_ v: Value) -> String { typeOf(v).name }

    /// Argument Clinic's "must be str, not X" names None as "None".
    static func clinicName(_ v: Value) -> String { v.isNone ? "None" : typeOf(v).name }

    /// The int an index-like argument stands for (int, bool, big int, or `__index__`'s
    /// result), so big values can be clamped or reported as CPython does.
    static func integer(_ ts: ThreadState, _ v: Value, _ message: @autoclosure () -> String = "") throws -> Value {
        if IntegerArithmetic.isIntLike(v) { return v }
        let t = typeOf(v)
        if !t.isBuiltin, let m = t.lookup("__index__") {
            let r = try ts.callDescriptor(m, v, [])
            guard IntegerArithmetic.isIntLike(r) else {
                throw PyException.typeError("__index__ returned non-int (type \(typeName(r)))")
            }
            return r
        }
        return .int(try ts.index(v, message()))
    }

    /// A Py_ssize_t argument (widths, counts): big ints overflow as in CPython.
    static func ssize(_ ts: ThreadState, _ v: Value) throws -> Int {
        let i = try integer(ts, v)
        if case .int(let n) = i { return n }
        guard let n = IntegerArithmetic.big(i).flatMap({ Int(exactly: $0) }) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return n
    }

    /// A C int argument (expandtabs' tabsize, splitlines' keepends).
    static func cInt(_ ts: ThreadState, _ v: Value) throws -> Int {
        let i = try integer(ts, v)
        if case .int(let n) = i, let small = Int32(exactly: n) { return Int(small) }
        guard let n = IntegerArithmetic.big(i).flatMap({ Int32(exactly: $0) }) else {
            throw PyException.overflowError("Python int too large to convert to C int")
        }
        return Int(n)
    }

    /// An optional start/end argument: None means absent; big ints clamp (`_PyEval_SliceIndex`).
    static func sliceIndex(_ ts: ThreadState, _ v: Value?) throws -> Int? {
        guard let v = v, !v.isNone else { return nil }
        let i = try integer(ts, v, "slice indices must be integers or None or have an __index__ method")
        if case .int(let n) = i { return n }
        guard let big = IntegerArithmetic.big(i) else { return nil }
        return Int(exactly: big) ?? (big.sign == .minus ? Int.min : Int.max)
    }

    /// `start` and `end` from `args[from]` and `args[from + 1]`, defaulting to the whole string.
    static func range(_ ts: ThreadState, _ args: [Value], from: Int) throws -> (Int, Int) {
        let start = try sliceIndex(ts, from < args.count ? args[from] : nil) ?? 0
        let end = try sliceIndex(ts, from + 1 < args.count ? args[from + 1] : nil) ?? Int.max
        return (start, end)
    }

    /// The items of an iterable for join: `PySequence_Fast`'s error for non-iterables.
    static func joinItems(_ ts: ThreadState, _ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if o.type === BuiltinTypes.list { return unsafeDowncast(o, to: PyList.self).items }
            if o.type === BuiltinTypes.tuple { return unsafeDowncast(o, to: PyTuple.self).items }
        }
        let iterator: Value
        do {
            iterator = try ts.getIterator(v)
        } catch let e as PyException where e.isInstance(of: BuiltinTypes.typeError) {
            throw PyException.typeError("can only join an iterable")
        }
        var out: [Value] = []
        while let x = try ts.iterateNext(iterator) {
            out.append(x)
            if out.count > IntegerArithmetic.maximumElements { throw PyException(BuiltinTypes.memoryError, "") }
        }
        return out
    }

    /// Refuses results longer than the formatting limit, as a MemoryError (CPython would try).
    static func checkLength(_ parts: Int...) throws {
        var total = 0
        for p in parts {
            let (sum, overflow) = total.addingReportingOverflow(p)
            if overflow || p < 0 { throw PyException(BuiltinTypes.memoryError, "") }
            total = sum
        }
        if total > FormatLimits.maxResultLength { throw PyException(BuiltinTypes.memoryError, "") }
    }

    /// `a * b` for result sizes, saturating instead of trapping.
    static func product(_ a: Int, _ b: Int) -> Int {
        let (p, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : p
    }

    static var notImplemented: Value { .object(Singletons.notImplemented) }
}

/// Installs methods on a builtin type with the receiver and arity already checked.
struct StrMethodInstaller<T: PyObject> {
    let type: PyType
    let typeName: String

    func add(_ name: String, _ arity: StrArity, _ body: @escaping (ThreadState, T, [Value]) throws -> Value) {
        let typeName = self.typeName
        type.method(name) { ts, args, kwargs in
            let receiver = try StrArgs.receiver(T.self, args, name, typeName)
            try StrArgs.check(typeName, name, args, kwargs, arity)
            return try body(ts, receiver, Array(args.dropFirst()))
        }
    }

    /// For methods taking keywords (Argument Clinic): arguments bound to `params`.
    func addKeywords(_ name: String, _ params: [String],
                     _ body: @escaping (ThreadState, T, [Value?]) throws -> Value) {
        let typeName = self.typeName
        type.method(name) { ts, args, kwargs in
            let receiver = try StrArgs.receiver(T.self, args, name, typeName)
            return try body(ts, receiver, try StrArgs.bind(name, args.dropFirst(), kwargs, params))
        }
    }

    /// For `str.format`: positional arguments and the keywords, unchecked.
    func addVarargs(_ name: String, _ body: @escaping (ThreadState, T, [Value], KeywordArguments) throws -> Value) {
        let typeName = self.typeName
        type.method(name) { ts, args, kwargs in
            let receiver = try StrArgs.receiver(T.self, args, name, typeName)
            return try body(ts, receiver, Array(args.dropFirst()), kwargs)
        }
    }
}
