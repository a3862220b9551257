import Atomics

// MARK: - Support shared by the container and number method files

/// How a builtin method checks its arguments. Each case mirrors one CPython calling
/// convention, because the conventions word their errors differently.
enum MethodSignature {
    /// METH_NOARGS: "list.clear() takes no arguments (1 given)".
    case noArgs
    /// METH_O: "list.append() takes exactly one argument (0 given)".
    case oneArg
    /// Argument Clinic, positional only: "insert expected 2 arguments, got 1".
    case positional(Int, Int)
    /// A slot wrapper such as `__len__`: "expected 1 argument, got 0".
    case slot(Int)
    /// A slot wrapper taking a range (`__pow__`): " expected at most 2 arguments, got 3".
    case slotRange(Int, Int)
    /// The body checks its own arguments (keyword-taking methods).
    case custom

    var isSlot: Bool {
        switch self {
        case .slot, .slotRange: return true
        default: return false
        }
    }

    func check(_ owner: String, _ name: String, _ args: [Value], _ kwargs: KeywordArguments) throws {
        switch self {
        case .custom:
            return
        case .slot, .slotRange:
            if !kwargs.isEmpty { throw PyException.typeError("wrapper \(name)() takes no keyword arguments") }
        default:
            if !kwargs.isEmpty { throw PyException.typeError("\(owner).\(name)() takes no keyword arguments") }
        }
        let n = args.count
        switch self {
        case .noArgs:
            if n != 0 { throw PyException.typeError("\(owner).\(name)() takes no arguments (\(n) given)") }
        case .oneArg:
            if n != 1 { throw PyException.typeError("\(owner).\(name)() takes exactly one argument (\(n) given)") }
        case .positional(let lo, let hi):
            try ArgCheck.count(name, args, [], min: lo, max: hi)
        case .slot(let k):
            if n != k { throw PyException.typeError("expected \(k) argument\(k == 1 ? "" : "s"), got \(n)") }
        case .slotRange(let lo, let hi):
            // CPython unpacks these with an empty function name, hence the leading space.
            if lo == hi && n != lo {
                throw PyException.typeError(" expected \(lo) argument\(lo == 1 ? "" : "s"), got \(n)")
            }
            if n < lo { throw PyException.typeError(" expected at least \(lo) argument\(lo == 1 ? "" : "s"), got \(n)") }
            if n > hi { throw PyException.typeError(" expected at most \(hi) argument\(hi == 1 ? "" : "s"), got \(n)") }
        case .custom:
            break
        }
    }
}

extension PyType {
    /// Installs a method whose receiver is extracted (and type-checked) by `extract`, with
    /// CPython's errors for a missing or foreign receiver and for bad argument counts.
    /// The body gets the arguments without the receiver.
    func native<R>(_ name: String, _ signature: MethodSignature, _ extract: @escaping (Value) -> R?,
                   _ body: @escaping (ThreadState, R, [Value], KeywordArguments) throws -> Value) {
        let owner = self.name
        method(name) { ts, args, kwargs in
            guard let first = args.first else {
                if signature.isSlot {
                    throw PyException.typeError("descriptor '\(name)' of '\(owner)' object needs an argument")
                }
                throw PyException.typeError("unbound method \(owner).\(name)() needs an argument")
            }
            guard let receiver = extract(first) else {
                let other = typeOf(first).name
                if signature.isSlot {
                    throw PyException.typeError(
                        "descriptor '\(name)' requires a '\(owner)' object but received a '\(other)'")
                }
                throw PyException.typeError("descriptor '\(name)' for '\(owner)' objects doesn't apply to a '\(other)' object")
            }
            let rest = Array(args.dropFirst())
            try signature.check(owner, name, rest, kwargs)
            return try body(ts, receiver, rest, kwargs)
        }
    }

    /// `native` for receivers of one Swift class.
    func native<T: PyObject>(_ name: String, _ signature: MethodSignature, _: T.Type,
                             _ body: @escaping (ThreadState, T, [Value], KeywordArguments) throws -> Value) {
        native(name, signature, { v -> T? in if case .object(let o as T) = v { return o }; return nil }, body)
    }
}

/// Keyword-capable argument binding with Argument Clinic's messages, checked in the order
/// CPython's _PyArg_UnpackKeywords checks them.
enum ClinicArguments {
    /// Binds `args`/`kwargs` to `names`: the first `positionalOnly` can only be given by position,
    /// the first `maxPositional` may be, and the first `required` must be given.
    /// Missing optional arguments come back nil.
    static func bind(_ fname: String, _ args: [Value], _ kwargs: KeywordArguments, names: [String],
                     positionalOnly: Int = 0, maxPositional: Int, required: Int) throws -> [Value?] {
        let total = args.count + kwargs.count
        func plural(_ n: Int) -> String { n == 1 ? "" : "s" }
        if total > names.count {
            throw PyException.typeError("\(fname)() takes at most \(names.count) \(args.isEmpty ? "keyword " : "")argument\(plural(names.count)) (\(total) given)")
        }
        if args.count > maxPositional {
            if maxPositional == 0 { throw PyException.typeError("\(fname)() takes no positional arguments") }
            let how = required < maxPositional ? "at most" : "exactly"
            throw PyException.typeError(
                "\(fname)() takes \(how) \(maxPositional) positional argument\(plural(maxPositional)) (\(args.count) given)")
        }
        if args.count < positionalOnly {
            let how = positionalOnly < maxPositional ? "at least" : "exactly"
            throw PyException.typeError(
                "\(fname)() takes \(how) \(positionalOnly) positional argument\(plural(positionalOnly)) (\(args.count) given)")
        }
        var bound: [Value?] = Array(repeating: nil, count: names.count)
        for (i, a) in args.enumerated() { bound[i] = a }
        for i in args.count..<names.count where i >= positionalOnly {
            bound[i] = kwargs.first { $0.name == names[i] }?.value
            if bound[i] == nil && i < required {
                throw PyException.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
            }
        }
        for (k, _) in kwargs {
            if let i = names.firstIndex(of: k), i >= positionalOnly {
                if i < args.count {
                    throw PyException.typeError("argument for \(fname)() given by name ('\(k)') and position (\(i + 1))")
                }
            } else {
                throw PyException.typeError("'\(k)' is an invalid keyword argument for \(fname)()")
            }
        }
        return bound
    }
}

/// Index conversions used by sequence methods.
enum SequenceIndex {
    /// An index argument as a C `Py_ssize_t` (pop, insert): big ints overflow.
    static func ssize(_ ts: ThreadState, _ v: Value) throws -> Int {
        if case .object(is PyBigInt) = v {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return try ts.index(v)
    }

    /// A start/stop bound of `index()`, clamped like a slice bound (big ints saturate).
    static func sliceBound(_ ts: ThreadState, _ v: Value, length: Int) throws -> Int {
        var i: Int
        if case .object(let b as PyBigInt) = v {
            i = b.value.sign == .minus ? Int.min / 2 : Int.max / 2
        } else {
            i = try ts.index(v, "slice indices must be integers or have an __index__ method")
        }
        if i < 0 {
            i = i &+ length
            if i < 0 { i = 0 }
        }
        return i
    }

    /// Resolves the optional start/stop arguments of `list.index`/`tuple.index`.
    static func range(_ ts: ThreadState, _ args: [Value], length: Int) throws -> (Int, Int) {
        let start = args.count > 1 ? try sliceBound(ts, args[1], length: length) : 0
        let stop = args.count > 2 ? try sliceBound(ts, args[2], length: length) : length
        return (start, stop)
    }

    /// The repeat count of `seq * n` when called as a method (`__index__` semantics).
    static func repeatCount(_ ts: ThreadState, _ v: Value) throws -> Int {
        if case .object(is PyBigInt) = v {
            throw PyException.overflowError("cannot fit 'int' into an index-sized integer")
        }
        return try ts.index(v)
    }
}

let pyNotImplemented = Value.object(Singletons.notImplemented)

extension ThreadState {
    /// Calls `body` for each item of an iterable. The loop polls the eval breaker now and
    /// then, so a time limit still stops `set(range(10**15))`-sized native loops.
    func forEachItemPolling(_ iterable: Value, _ body: (Value) throws -> Void) throws {
        let it = try getIterator(iterable)
        var n = 0
        while let x = try iterateNext(it) {
            try body(x)
            n &+= 1
            if n & 0x3FF == 0,
               evalBreaker.load(ordering: .relaxed) & BreakerFlags.pendingException != 0 {
                try raisePendingException()
            }
        }
    }
}

// MARK: - list

enum ListMethods {
    static func install() {
        let t = BuiltinTypes.list
        let L = PyList.self

        t.native("append", .oneArg, L) { _, l, args, _ in
            l.items.append(args[0])
            return .none
        }
        t.native("extend", .oneArg, L) { ts, l, args, _ in
            let more = try ts.iterateToArray(args[0])
            l.items.append(contentsOf: more)
            return .none
        }
        t.native("insert", .positional(2, 2), L) { ts, l, args, _ in
            var i = try SequenceIndex.ssize(ts, args[0])
            let n = l.items.count
            if i < 0 { i = max(0, i &+ n) } else if i > n { i = n }
            l.items.insert(args[1], at: i)
            return .none
        }
        t.native("pop", .positional(0, 1), L) { ts, l, args, _ in
            let requested = args.isEmpty ? -1 : try SequenceIndex.ssize(ts, args[0])
            if l.items.isEmpty { throw PyException.indexError("pop from empty list") }
            let i = requested < 0 ? requested &+ l.items.count : requested
            guard i >= 0 && i < l.items.count else { throw PyException.indexError("pop index out of range") }
            return l.items.remove(at: i)
        }
        t.native("remove", .oneArg, L) { ts, l, args, _ in
            var i = 0
            // Re-check the bound each step: a user __eq__ may shrink the list.
            while i < l.items.count {
                if try ts.valuesEqual(l.items[i], args[0]) {
                    if i < l.items.count { l.items.remove(at: i) }
                    return .none
                }
                i += 1
            }
            throw PyException.valueError("list.remove(x): x not in list")
        }
        t.native("index", .positional(1, 3), L) { ts, l, args, _ in
            let (start, stop) = try SequenceIndex.range(ts, args, length: l.items.count)
            var i = start
            while i < stop && i < l.items.count {
                if try ts.valuesEqual(l.items[i], args[0]) { return .int(i) }
                i += 1
            }
            throw PyException.valueError("\(try ts.repr(args[0])) is not in list")
        }
        t.native("count", .oneArg, L) { ts, l, args, _ in
            var n = 0
            var i = 0
            while i < l.items.count {
                if try ts.valuesEqual(l.items[i], args[0]) { n += 1 }
                i += 1
            }
            return .int(n)
        }
        t.native("sort", .custom, L) { ts, l, args, kwargs in
            let a = try ClinicArguments.bind("sort", args, kwargs, names: ["key", "reverse"], maxPositional: 0, required: 0)
            let reverse = try a[1].map { try ts.index($0) != 0 } ?? false
            try sortList(ts, l, key: a[0], reverse: reverse)
            return .none
        }
        t.native("reverse", .noArgs, L) { _, l, _, _ in
            l.items.reverse()
            return .none
        }
        t.native("copy", .noArgs, L) { _, l, _, _ in .list(l.items) }
        t.native("clear", .noArgs, L) { _, l, _, _ in
            l.items = []
            return .none
        }

        // Special methods called explicitly; the operators themselves never come here.
        t.native("__len__", .slot(0), L) { _, l, _, _ in .int(l.items.count) }
        t.native("__getitem__", .oneArg, L) { ts, l, args, _ in try ts.getItem(.object(l), args[0]) }
        t.native("__setitem__", .slotRange(2, 2), L) { ts, l, args, _ in
            try ts.setItem(.object(l), args[0], args[1])
            return .none
        }
        t.native("__delitem__", .slot(1), L) { ts, l, args, _ in
            try ts.deleteItem(.object(l), args[0])
            return .none
        }
        t.native("__contains__", .slot(1), L) { ts, l, args, _ in .bool(try ts.contains(.object(l), args[0])) }
        t.native("__iter__", .slot(0), L) { ts, l, _, _ in try ts.getIterator(.object(l)) }
        t.native("__reversed__", .noArgs, L) { _, l, _, _ in
            var i = l.items.count - 1
            return .object(PyClosureIterator(type: BuiltinTypes.reversed) { _ in
                guard i >= 0, i < l.items.count else {
                    i = -1
                    return nil
                }
                defer { i -= 1 }
                return l.items[i]
            })
        }
        t.native("__add__", .slot(1), L) { _, l, args, _ in
            guard case .object(let other as PyList) = args[0] else {
                throw PyException.typeError("can only concatenate list (not \"\(typeOf(args[0]).name)\") to list")
            }
            return .list(l.items + other.items)
        }
        t.native("__iadd__", .slot(1), L) { ts, l, args, _ in
            let more = try ts.iterateToArray(args[0])
            l.items.append(contentsOf: more)
            return .object(l)
        }
        for name in ["__mul__", "__rmul__"] {
            t.native(name, .slot(1), L) { ts, l, args, _ in
                let n = try SequenceIndex.repeatCount(ts, args[0])
                return try ts.binaryOperation(.object(l), .int(n), .multiply)
            }
        }
        t.native("__imul__", .slot(1), L) { ts, l, args, _ in
            let n = try SequenceIndex.repeatCount(ts, args[0])
            return try ts.binaryOperation(.object(l), .int(n), .inplaceMultiply)
        }
        installComparisons(t, L) { $0 is PyList }
        t.native("__repr__", .slot(0), L) { ts, l, _, _ in .str(try ts.repr(.object(l))) }
        t.dict["__hash__"] = Value.none
    }

    /// list.sort: while sorting, the list looks empty to key functions and comparisons;
    /// if they change it, the sort fails with "list modified during sort" (as in CPython).
    static func sortList(_ ts: ThreadState, _ l: PyList, key: Value?, reverse: Bool) throws {
        var items = l.items
        // A fresh empty array has no capacity, so any append (even one later popped) shows.
        l.items = []
        do {
            try ts.sortValues(&items, key: key, reverse: reverse)
        } catch {
            l.items = items
            throw error
        }
        let modified = !l.items.isEmpty || l.items.capacity != 0
        l.items = items
        if modified { throw PyException.valueError("list modified during sort") }
    }

    /// The six rich comparisons between two sequences of the same kind, NotImplemented otherwise.
    static func installComparisons<T: PyObject>(_ t: PyType, _ cls: T.Type, _ accepts: @escaping (PyObject) -> Bool) {
        let ops: [(String, RichComparison)] = [("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                                               ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)]
        for (name, op) in ops {
            t.native(name, .slot(1), cls) { ts, receiver, args, _ in
                guard case .object(let o) = args[0], accepts(o) else { return pyNotImplemented }
                return .bool(try ts.compareBool(.object(receiver), args[0], op))
            }
        }
    }
}
