/// The methods of set and frozenset. The algorithms follow CPython's setobject.c step by
/// step (which operand is iterated, which table is copied), because that decides the
/// iteration order, and so what printing the result shows.
///
/// Mutating methods never hold `inout` access to a set's storage while user code
/// (`__eq__`, `__hash__`) can run: they work on a copy and store it back.
enum SetMethods {
    static func install() {
        let set = BuiltinTypes.set, frozen = BuiltinTypes.frozenset
        let mutable: (Value) -> PySet? = { v in
            if case .object(let s as PySet) = v, !s.isFrozen { return s }
            return nil
        }
        let immutable: (Value) -> PySet? = { v in
            if case .object(let s as PySet) = v, s.isFrozen { return s }
            return nil
        }

        for (t, extract) in [(set, mutable), (frozen, immutable)] {
            t.native("copy", .noArgs, extract) { _, s, _, _ in
                if s.isFrozen { return .object(s) }
                return .object(PySet(storage: s.storage.copied()))
            }
            t.native("union", .custom, extract) { ts, s, args, kwargs in
                try noKeywords(t, "union", kwargs)
                var r = s.storage.copied()
                for other in args { try update(ts, &r, other) }
                return .object(PySet(frozen: s.isFrozen, storage: r))
            }
            t.native("intersection", .custom, extract) { ts, s, args, kwargs in
                try noKeywords(t, "intersection", kwargs)
                return .object(PySet(frozen: s.isFrozen, storage: try intersectMany(ts, s.storage, args)))
            }
            t.native("difference", .custom, extract) { ts, s, args, kwargs in
                try noKeywords(t, "difference", kwargs)
                return .object(PySet(frozen: s.isFrozen, storage: try differenceMany(ts, s.storage, args)))
            }
            t.native("symmetric_difference", .oneArg, extract) { ts, s, args, _ in
                .object(PySet(frozen: s.isFrozen, storage: try symmetricDifference(ts, s.storage, args[0])))
            }
            t.native("issubset", .oneArg, extract) { ts, s, args, _ in
                let other = try storage(ts, args[0])
                return .bool(try SetOperations.isSubset(s.storage, other))
            }
            t.native("issuperset", .oneArg, extract) { ts, s, args, _ in
                if case .object(let o as PySet) = args[0] { return .bool(try SetOperations.isSubset(o.storage, s.storage)) }
                var superset = true
                try ts.forEachItemPolling(args[0]) { x in
                    if superset, !(try s.storage.contains(x)) { superset = false }
                }
                return .bool(superset)
            }
            t.native("isdisjoint", .oneArg, extract) { ts, s, args, _ in
                if case .object(let o as PySet) = args[0] {
                    let (small, large) = s.storage.count <= o.storage.count ? (s.storage, o.storage) : (o.storage, s.storage)
                    for (k, h) in small.elementsWithHashes where try large.contains(k, hash: h) { return .bool(false) }
                    return .bool(true)
                }
                var disjoint = true
                try ts.forEachItemPolling(args[0]) { x in
                    if disjoint, try s.storage.contains(x) { disjoint = false }
                }
                return .bool(disjoint)
            }

            t.native("__len__", .slot(0), extract) { _, s, _, _ in .int(s.storage.count) }
            t.native("__contains__", .slot(1), extract) { _, s, args, _ in .bool(try s.storage.contains(key(args[0]))) }
            t.native("__iter__", .slot(0), extract) { _, s, _, _ in .object(PySetIterator(s)) }
            t.native("__repr__", .slot(0), extract) { ts, s, _, _ in .str(try ts.repr(.object(s))) }
            // Binary operators: both operands must be sets; the result has the left operand's kind.
            let ops: [(String, BinaryOperation)] = [("__or__", .bitOr), ("__and__", .bitAnd),
                                                    ("__sub__", .subtract), ("__xor__", .bitXor)]
            for (name, op) in ops {
                t.native(name, .slot(1), extract) { ts, s, args, _ in
                    guard case .object(let o as PySet) = args[0] else { return pyNotImplemented }
                    return try operate(ts, s, o, op)
                }
                t.native("__r" + name.dropFirst(2), .slot(1), extract) { ts, s, args, _ in
                    guard case .object(let o as PySet) = args[0] else { return pyNotImplemented }
                    return try operate(ts, o, s, op)
                }
            }
            let comparisons: [(String, RichComparison)] = [
                ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual),
            ]
            for (name, op) in comparisons {
                t.native(name, .slot(1), extract) { _, s, args, _ in
                    guard case .object(let o as PySet) = args[0] else { return pyNotImplemented }
                    return .bool(try SetOperations.compare(s.storage, o.storage, op))
                }
            }
        }
        frozen.native("__hash__", .slot(0), immutable) { _, s, _, _ in .int(try Hashing.hash(.object(s))) }
        set.dict["__hash__"] = Value.none

        installMutators(set, mutable)
    }

    private static func installMutators(_ t: PyType, _ extract: @escaping (Value) -> PySet?) {
        t.native("add", .oneArg, extract) { _, s, args, _ in
            var st = s.storage
            if try st.insert(args[0]) {
                s.storage = st
                s.version &+= 1
            }
            return .none
        }
        t.native("discard", .oneArg, extract) { _, s, args, _ in
            var st = s.storage
            if try st.remove(key(args[0])) {
                s.storage = st
                s.version &+= 1
            }
            return .none
        }
        t.native("remove", .oneArg, extract) { _, s, args, _ in
            var st = s.storage
            guard try st.remove(key(args[0])) else { throw PyException.keyError(args[0]) }
            s.storage = st
            s.version &+= 1
            return .none
        }
        t.native("pop", .noArgs, extract) { _, s, _, _ in
            guard let x = s.storage.popFirst() else { throw PyException.keyError(.str("pop from an empty set")) }
            s.version &+= 1
            return x
        }
        t.native("clear", .noArgs, extract) { _, s, _, _ in
            if s.storage.count > 0 {
                s.storage.removeAll()
                s.version &+= 1
            }
            return .none
        }
        t.native("update", .custom, extract) { ts, s, args, kwargs in
            try noKeywords(t, "update", kwargs)
            try mutate(s) { st in for other in args { try update(ts, &st, other) } }
            return .none
        }
        t.native("intersection_update", .custom, extract) { ts, s, args, kwargs in
            try noKeywords(t, "intersection_update", kwargs)
            let r = try intersectMany(ts, s.storage, args)
            try mutate(s) { $0 = r }
            return .none
        }
        t.native("difference_update", .custom, extract) { ts, s, args, kwargs in
            try noKeywords(t, "difference_update", kwargs)
            try mutate(s) { st in for other in args { try differenceUpdate(ts, &st, other) } }
            return .none
        }
        t.native("symmetric_difference_update", .oneArg, extract) { ts, s, args, _ in
            try mutate(s) { try symmetricDifferenceUpdate(ts, &$0, args[0]) }
            return .none
        }
        // In-place operators: only sets on the right, otherwise NotImplemented.
        let inplace: [(String, BinaryOperation)] = [("__ior__", .bitOr), ("__iand__", .bitAnd),
                                                    ("__isub__", .subtract), ("__ixor__", .bitXor)]
        for (name, op) in inplace {
            t.native(name, .slot(1), extract) { ts, s, args, _ in
                guard case .object(let o as PySet) = args[0] else { return pyNotImplemented }
                let other = Value.object(o)
                switch op {
                case .bitOr: try mutate(s) { try update(ts, &$0, other) }
                case .bitAnd:
                    let r = try intersect(ts, s.storage, other)
                    try mutate(s) { $0 = r }
                case .subtract: try mutate(s) { try differenceUpdate(ts, &$0, other) }
                default: try mutate(s) { try symmetricDifferenceUpdate(ts, &$0, other) }
                }
                return .object(s)
            }
        }
    }

    private static func noKeywords(_ t: PyType, _ name: String, _ kwargs: KeywordArguments) throws {
        if !kwargs.isEmpty { throw PyException.typeError("\(t.name).\(name)() takes no keyword arguments") }
    }

    /// Applies `change` to a copy of the set's elements and stores the result back, even
    /// when `change` fails part way (CPython keeps partial updates too). Like CPython's
    /// iterators, ours only object to a change of size, so only that bumps the version.
    private static func mutate(_ s: PySet, _ change: (inout SetStorage) throws -> Void) throws {
        var st = s.storage
        let before = st.count
        defer {
            s.storage = st
            if st.count != before { s.version &+= 1 }
        }
        try change(&st)
    }

    /// A set used as a lookup key stands for the equal frozenset, as in CPython.
    static func key(_ v: Value) -> Value {
        if case .object(let s as PySet) = v, !s.isFrozen { return .object(PySet(frozen: true, storage: s.storage)) }
        return v
    }

    // MARK: algorithms (setobject.c)

    /// The elements of any iterable, as a new table (a set's own table is shared).
    static func storage(_ ts: ThreadState, _ v: Value) throws -> SetStorage {
        if case .object(let s as PySet) = v { return s.storage }
        var r = SetStorage()
        try update(ts, &r, v)
        return r
    }

    /// set_update_internal: adds every element of `other`.
    static func update(_ ts: ThreadState, _ st: inout SetStorage, _ other: Value) throws {
        if case .object(let o as PySet) = other {
            try st.merge(o.storage)
            return
        }
        try ts.forEachItemPolling(other) { try st.insert($0) }
    }

    /// set_intersection: iterates the smaller set (or the iterable), probing the other.
    static func intersect(_ ts: ThreadState, _ st: SetStorage, _ other: Value) throws -> SetStorage {
        var r = SetStorage()
        if case .object(let o as PySet) = other {
            var (probe, walk) = (st, o.storage)
            if walk.count > probe.count { swap(&probe, &walk) }
            for (k, h) in walk.elementsWithHashes where try probe.contains(k, hash: h) { try r.insert(k, hash: h) }
            return r
        }
        try ts.forEachItemPolling(other) { x in
            let h = try Hashing.hash(x)
            if try st.contains(x, hash: h) { try r.insert(x, hash: h) }
        }
        return r
    }

    static func intersectMany(_ ts: ThreadState, _ st: SetStorage, _ others: [Value]) throws -> SetStorage {
        var r = st
        for other in others { r = try intersect(ts, r, other) }
        return r
    }

    /// set_difference_update_internal: discards every element of `other`.
    static func differenceUpdate(_ ts: ThreadState, _ st: inout SetStorage, _ other: Value) throws {
        if case .object(let o as PySet) = other {
            for k in o.storage.elements { try st.remove(k) }
            return
        }
        try ts.forEachItemPolling(other) { try st.remove($0) }
    }

    /// set_difference: builds a new table from the receiver unless it is much larger.
    static func difference(_ ts: ThreadState, _ st: SetStorage, _ other: Value) throws -> SetStorage {
        let otherSize: Int
        switch other {
        case .object(let o as PySet): otherSize = o.storage.count
        case .object(let d as PyDict) where d.type === BuiltinTypes.dict: otherSize = d.count
        default: otherSize = -1
        }
        if otherSize < 0 || (st.count >> 2) > otherSize {
            var r = st
            try differenceUpdate(ts, &r, other)
            return r
        }
        var r = SetStorage()
        if case .object(let d as PyDict) = other {
            for (k, h) in st.elementsWithHashes where !(try d.contains(k)) { try r.insert(k, hash: h) }
            return r
        }
        if case .object(let o as PySet) = other {
            for (k, h) in st.elementsWithHashes where !(try o.storage.contains(k, hash: h)) { try r.insert(k, hash: h) }
        }
        return r
    }

    static func differenceMany(_ ts: ThreadState, _ st: SetStorage, _ others: [Value]) throws -> SetStorage {
        guard let first = others.first else { return st }
        var r = try difference(ts, st, first)
        for other in others.dropFirst() { try differenceUpdate(ts, &r, other) }
        return r
    }

    /// set_symmetric_difference_update: toggles each element of `other` (deduplicated first).
    static func symmetricDifferenceUpdate(_ ts: ThreadState, _ st: inout SetStorage, _ other: Value) throws {
        let o = try storage(ts, other)
        for (k, h) in o.elementsWithHashes {
            if try st.contains(k, hash: h) { try st.remove(k) } else { try st.insert(k, hash: h) }
        }
    }

    /// set_symmetric_difference: starts from a copy of `other` and toggles the receiver's elements.
    static func symmetricDifference(_ ts: ThreadState, _ st: SetStorage, _ other: Value) throws -> SetStorage {
        var r: SetStorage
        if case .object(let s as PySet) = other { r = s.storage.copied() } else { r = try storage(ts, other) }
        for (k, h) in st.elementsWithHashes {
            if try r.contains(k, hash: h) { try r.remove(k) } else { try r.insert(k, hash: h) }
        }
        return r
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s kind.
    static func operate(_ ts: ThreadState, _ a: PySet, _ b: PySet, _ op: BinaryOperation) throws -> Value {
        let r: SetStorage
        switch op {
        case .bitOr:
            var u = a.storage.copied()
            try update(ts, &u, .object(b))
            r = u
        case .bitAnd: r = try intersect(ts, a.storage, .object(b))
        case .subtract: r = try difference(ts, a.storage, .object(b))
        default: r = try symmetricDifference(ts, a.storage, .object(b))
        }
        return .object(PySet(frozen: a.isFrozen, storage: r))
    }
}
