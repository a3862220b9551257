enum DictMethods {
    static func install() {
        let t = BuiltinTypes.dict
        let D = PyDict.self

        t.native("get", .positional(1, 2), D) { _, d, args, _ in
            try d.get(args[0]) ?? (args.count > 1 ? args[1] : .none)
        }
        t.native("setdefault", .positional(1, 2), D) { _, d, args, _ in
            if let v = try d.get(args[0]) { return v }
            let v = args.count > 1 ? args[1] : .none
            try d.set(args[0], v)
            return v
        }
        t.native("pop", .positional(1, 2), D) { _, d, args, _ in
            if let v = try d.remove(args[0]) { return v }
            if args.count > 1 { return args[1] }
            throw PyException.keyError(args[0])
        }
        t.native("popitem", .noArgs, D) { _, d, _, _ in
            guard let (k, v) = d.popLast() else {
                throw PyException.keyError(.str("popitem(): dictionary is empty"))
            }
            return .tuple([k, v])
        }
        t.native("update", .custom, D) { ts, d, args, kwargs in
            try ArgCheck.count("update", args, [], min: 0, max: 1)
            if let a = args.first { try BuiltinConstructors.updateDict(ts, d, a) }
            for (k, v) in kwargs { d.setString(k, v) }
            return .none
        }
        t.native("keys", .noArgs, D) { _, d, _, _ in .object(PyDictView(d, .keys)) }
        t.native("values", .noArgs, D) { _, d, _, _ in .object(PyDictView(d, .values)) }
        t.native("items", .noArgs, D) { _, d, _, _ in .object(PyDictView(d, .items)) }
        t.native("copy", .noArgs, D) { _, d, _, _ in .object(d.copy()) }
        t.native("clear", .noArgs, D) { _, d, _, _ in
            d.removeAll()
            return .none
        }
        t.classMethod("fromkeys") { ts, args, kwargs in
            // args[0] is the class; dict cannot be subclassed, so the result is always a dict.
            let rest = Array(args.dropFirst())
            if !kwargs.isEmpty { throw PyException.typeError("dict.fromkeys() takes no keyword arguments") }
            try ArgCheck.count("fromkeys", rest, [], min: 1, max: 2)
            let value = rest.count > 1 ? rest[1] : .none
            let d = PyDict()
            try ts.forEachItemPolling(rest[0]) { try d.set($0, value) }
            return .object(d)
        }

        t.native("__len__", .slot(0), D) { _, d, _, _ in .int(d.count) }
        t.native("__getitem__", .oneArg, D) { ts, d, args, _ in try ts.getItem(.object(d), args[0]) }
        t.native("__setitem__", .slotRange(2, 2), D) { _, d, args, _ in
            try d.set(args[0], args[1])
            return .none
        }
        t.native("__delitem__", .slot(1), D) { _, d, args, _ in
            if try d.remove(args[0]) == nil { throw PyException.keyError(args[0]) }
            return .none
        }
        t.native("__contains__", .oneArg, D) { _, d, args, _ in .bool(try d.contains(args[0])) }
        t.native("__iter__", .slot(0), D) { _, d, _, _ in .object(PyDictIterator(d, .keys)) }
        t.native("__reversed__", .noArgs, D) { _, d, _, _ in
            .object(PyArrayIterator(d.liveKeys.reversed(), type: BuiltinTypes.reversed))
        }
        t.native("__or__", .slot(1), D) { _, d, args, _ in
            guard case .object(let other as PyDict) = args[0] else { return pyNotImplemented }
            let r = d.copy()
            for (k, v) in other.entries { try r.set(k, v) }
            return .object(r)
        }
        t.native("__ror__", .slot(1), D) { _, d, args, _ in
            guard case .object(let other as PyDict) = args[0] else { return pyNotImplemented }
            let r = other.copy()
            for (k, v) in d.entries { try r.set(k, v) }
            return .object(r)
        }
        t.native("__ior__", .slot(1), D) { ts, d, args, _ in
            try BuiltinConstructors.updateDict(ts, d, args[0])
            return .object(d)
        }
        for (name, op) in [("__eq__", RichComparison.equal), ("__ne__", .notEqual)] {
            t.native(name, .slot(1), D) { ts, d, args, _ in
                guard case .object(let other as PyDict) = args[0] else { return pyNotImplemented }
                return .bool(try ts.compareBool(.object(d), .object(other), op))
            }
        }
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            t.native(name, .slot(1), D) { _, _, _, _ in pyNotImplemented }
        }
        t.native("__repr__", .slot(0), D) { ts, d, _, _ in .str(try ts.repr(.object(d))) }
        t.dict["__hash__"] = Value.none

        installViewMethods()
    }

    // MARK: views

    private static func installViewMethods() {
        let V = PyDictView.self
        for t in [BuiltinTypes.dictKeys, BuiltinTypes.dictValues, BuiltinTypes.dictItems] {
            t.native("__len__", .slot(0), V) { _, v, _, _ in .int(v.dict.count) }
            t.native("__iter__", .slot(0), V) { _, v, _, _ in .object(PyDictIterator(v.dict, v.kind)) }
            t.native("__reversed__", .noArgs, V) { _, v, _, _ in
                let items: [Value]
                switch v.kind {
                case .keys: items = v.dict.liveKeys
                case .values: items = v.dict.entries.map { $0.value }
                case .items: items = v.dict.entries.map { .tuple([$0.key, $0.value]) }
                }
                return .object(PyArrayIterator(items.reversed(), type: BuiltinTypes.reversed))
            }
            t.native("__repr__", .slot(0), V) { ts, v, _, _ in .str(try ts.repr(.object(v))) }
        }
        for t in [BuiltinTypes.dictKeys, BuiltinTypes.dictItems] {
            t.dict["__hash__"] = Value.none
            t.native("__contains__", .slot(1), V) { ts, v, args, _ in .bool(try ts.contains(.object(v), args[0])) }
            t.native("isdisjoint", .oneArg, V) { ts, v, args, _ in
                var disjoint = true
                try ts.forEachItemPolling(args[0]) { x in
                    if disjoint, try ts.contains(.object(v), x) { disjoint = false }
                }
                return .bool(disjoint)
            }
            let ops: [(String, BinaryOperation, Bool)] = [
                ("__and__", .bitAnd, false), ("__rand__", .bitAnd, true), ("__or__", .bitOr, false),
                ("__ror__", .bitOr, true), ("__sub__", .subtract, false), ("__rsub__", .subtract, true),
                ("__xor__", .bitXor, false), ("__rxor__", .bitXor, true),
            ]
            for (name, op, reflected) in ops {
                t.native(name, .slot(1), V) { ts, v, args, _ in
                    let (a, b) = reflected ? (args[0], Value.object(v)) : (Value.object(v), args[0])
                    return try viewBinary(ts, a, b, op) ?? pyNotImplemented
                }
            }
            let comparisons: [(String, RichComparison)] = [
                ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual),
            ]
            for (name, op) in comparisons {
                t.native(name, .slot(1), V) { ts, v, args, _ in
                    guard case .object(let o) = args[0], let r = try viewCompare(ts, v, o, op) else { return pyNotImplemented }
                    return .bool(r)
                }
            }
        }
    }

    /// A keys or items view: the views that behave like sets.
    private static func setLikeView(_ v: Value) -> PyDictView? {
        if case .object(let view as PyDictView) = v, view.kind != .values { return view }
        return nil
    }

    /// The elements of a set-like operand (set, frozenset, keys or items view).
    private static func setLikeStorage(_ ts: ThreadState, _ o: PyObject) throws -> SetStorage? {
        if let s = o as? PySet { return s.storage }
        if let view = o as? PyDictView, view.kind != .values { return try SetMethods.storage(ts, .object(view)) }
        return nil
    }

    /// `&`, `|`, `-`, `^` where either operand is a keys or items view; nil when neither is.
    /// The result is always a set, built as CPython's dictviews_* functions build it.
    static func viewBinary(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: BinaryOperation) throws -> Value? {
        guard setLikeView(a) != nil || setLikeView(b) != nil else { return nil }
        switch op {
        case .bitAnd:
            // CPython swaps the operands so the view is `view` whichever side it was on.
            var view: PyDictView, other: Value
            if let v = setLikeView(a) {
                (view, other) = (v, b)
            } else if let v = setLikeView(b) {
                (view, other) = (v, a)
            } else {
                return nil
            }
            if case .object(let s as PySet) = other, s.type === BuiltinTypes.set, view.dict.count <= s.storage.count {
                return .object(PySet(storage: try SetMethods.intersect(ts, s.storage, .object(view))))
            }
            if let w = setLikeView(other), w.dict.count > view.dict.count {
                other = .object(view)
                view = w
            }
            var result = SetStorage()
            try ts.forEachItemPolling(other) { x in
                if try ts.contains(.object(view), x) { try result.insert(x) }
            }
            return .object(PySet(storage: result))
        case .bitOr, .subtract, .bitXor:
            var result = try SetMethods.storage(ts, a)
            switch op {
            case .bitOr: try SetMethods.update(ts, &result, b)
            case .subtract: try SetMethods.differenceUpdate(ts, &result, b)
            default: try SetMethods.symmetricDifferenceUpdate(ts, &result, b)
            }
            return .object(PySet(storage: result))
        default:
            return nil
        }
    }

    /// Comparisons of a keys or items view with another set-like object, as sets; nil when
    /// the other operand is not set-like.
    static func viewCompare(_ ts: ThreadState, _ view: PyDictView, _ other: PyObject, _ op: RichComparison) throws -> Bool? {
        guard view.kind != .values, let b = try setLikeStorage(ts, other) else { return nil }
        let a = try SetMethods.storage(ts, .object(view))
        return try SetOperations.compare(a, b, op)
    }
}
