import BigInt

extension ThreadState {
    public func getIterator(_ v: Value) throws -> Value {
        guard case .object(let o) = v else {
            throw PyException.typeError("'\(typeOf(v).name)' object is not iterable")
        }
        switch o {
        case let l as PyList where o.type === BuiltinTypes.list: return .object(PyListIterator(l))
        case let r as PyRange:
            if r.big != nil {
                var i = BigInt(0)
                let n = r.bigCount
                return .object(PyClosureIterator(type: BuiltinTypes.rangeIterator) { _ in
                    guard i < n else { return nil }
                    defer { i += 1 }
                    return .int(r.bigElement(at: i))
                })
            }
            return .object(PyRangeIterator(r))
        case let t as PyTuple: return .object(PyArrayIterator(t.items))
        case let s as PyStr: return .object(PyStrIterator(s))
        case let d as PyDict where o.type === BuiltinTypes.dict: return .object(PyDictIterator(d, .keys))
        case let s as PySet: return .object(PySetIterator(s))
        case let view as PyDictView: return .object(PyDictIterator(view.dict, view.kind))
        case let b as PyBytes: return .object(PyArrayIterator(b.value.map { .int(Int($0)) }))
        case is NativeIterator: return v
        case let g as PyGenerator:
            if g.kind == .generator { return v }
            throw PyException.typeError("'\(o.type.name)' object is not iterable")
        default:
            let t = o.type!
            if let m = t.lookup("__iter__") {
                if case .none = m { throw PyException.typeError("'\(t.name)' object is not iterable") }
                let it = try callDescriptor(m, v, [])
                let itType = typeOf(it)
                if !(it.asObject is NativeIterator) && !(it.asObject is PyGenerator) && itType.lookup("__next__") == nil {
                    throw PyException.typeError("iter() returned non-iterator of type '\(itType.name)'")
                }
                return it
            }
            if t.lookup("__getitem__") != nil { return .object(PySequenceIterator(v)) }
            throw PyException.typeError("'\(t.name)' object is not iterable")
        }
    }

    /// The next item of an iterator, or nil when it is exhausted.
    @inline(__always)
    public func iterateNext(_ it: Value) throws -> Value? {
        guard case .object(let o) = it else {
            throw PyException.typeError("'\(typeOf(it).name)' object is not an iterator")
        }
        if o.type === BuiltinTypes.rangeIterator {
            return unsafeDowncast(o, to: PyRangeIterator.self).nextInt().map { .int($0) }
        }
        if let n = o as? NativeIterator { return try n.next(self) }
        if let g = o as? PyGenerator {
            switch try resume(g, sending: .none) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        }
        let t = o.type!
        guard let m = t.lookup("__next__") else {
            throw PyException.typeError("'\(t.name)' object is not an iterator")
        }
        do {
            return try callDescriptor(m, it, [])
        } catch let e as PyException where e.isInstance(of: BuiltinTypes.stopIteration) {
            return nil
        }
    }

    /// Every item of an iterable, as an array.
    public func iterateToArray(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if o.type === BuiltinTypes.list { return unsafeDowncast(o, to: PyList.self).items }
            if o.type === BuiltinTypes.tuple { return unsafeDowncast(o, to: PyTuple.self).items }
        }
        let it = try getIterator(v)
        var out: [Value] = []
        while let x = try iterateNext(it) {
            out.append(x)
            if out.count > IntegerArithmetic.maximumElements { throw PyException(BuiltinTypes.memoryError, "") }
        }
        return out
    }

    /// Items for unpacking into `expected` targets; stops one past to detect excess.
    func unpackIterable(_ v: Value, expected: Int) throws -> [Value] {
        let it: Value
        do {
            it = try getIterator(v)
        } catch let e as PyException where e.isInstance(of: BuiltinTypes.typeError) {
            throw PyException.typeError("cannot unpack non-iterable \(typeOf(v).name) object")
        }
        var out: [Value] = []
        while out.count <= expected, let x = try iterateNext(it) { out.append(x) }
        return out
    }

    // MARK: membership and subscripts

    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        guard case .object(let o) = container else {
            throw PyException.typeError("argument of type '\(typeOf(container).name)' is not iterable")
        }
        switch o {
        case let s as PyStr:
            guard case .object(let sub as PyStr) = item else {
                throw PyException.typeError("'in <string>' requires string as left operand, not \(typeOf(item).name)")
            }
            return StrAlgorithms.contains(s, sub)
        case let l as PyList where o.type === BuiltinTypes.list:
            for x in l.items where try valuesEqual(x, item) { return true }
            return false
        case let t as PyTuple:
            for x in t.items where try valuesEqual(x, item) { return true }
            return false
        case let d as PyDict where o.type === BuiltinTypes.dict:
            return try d.contains(item)
        case let s as PySet:
            // A set operand is looked up as the equal frozenset, as CPython does.
            return try s.storage.contains(SetMethods.key(item))
        case let r as PyRange where r.big != nil:
            guard let x = IntegerArithmetic.big(item), let b = r.big else {
                return try iterateToArray(container).contains { try valuesEqual($0, item) }
            }
            let inside = b.step.sign == .plus ? (x >= b.start && x < b.stop) : (x <= b.start && x > b.stop)
            return inside && ((x - b.start) % b.step).isZero
        case let r as PyRange:
            if case .int(let i) = item {
                if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
                return (i - r.start) % r.step == 0
            }
            if case .bool(let b) = item { return try contains(container, .int(b ? 1 : 0)) }
            return try iterateToArray(container).contains { try valuesEqual($0, item) }
        case let view as PyDictView:
            switch view.kind {
            case .keys: return try view.dict.contains(item)
            case .values: return try view.dict.values.contains { try valuesEqual($0, item) }
            case .items:
                guard case .object(let t as PyTuple) = item, t.items.count == 2,
                      let v = try view.dict.get(t.items[0]) else { return false }
                return try valuesEqual(v, t.items[1])
            }
        case let b as PyBytes:
            if case .int(let i) = item { return b.value.contains { Int($0) == i } }
            if case .object(let sub as PyBytes) = item {
                if sub.value.isEmpty { return true }
                guard sub.value.count <= b.value.count else { return false }
                for start in 0...(b.value.count - sub.value.count)
                where Array(b.value[start..<(start + sub.value.count)]) == sub.value { return true }
                return false
            }
            throw PyException.typeError("a bytes-like object is required, not '\(typeOf(item).name)'")
        default:
            let t = o.type!
            if let m = t.lookup("__contains__") { return try isTrue(try callDescriptor(m, container, [item])) }
            if t.lookup("__iter__") != nil || t.lookup("__getitem__") != nil || o is NativeIterator || o is PyGenerator {
                let it = try getIterator(container)
                while let x = try iterateNext(it) { if try valuesEqual(x, item) { return true } }
                return false
            }
            throw PyException.typeError("argument of type '\(t.name)' is not iterable")
        }
    }

    public func length(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            switch o {
            case let s as PyStr: return s.count
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.count
            case let s as PySet: return s.storage.count
            case let r as PyRange:
                if r.big != nil {
                    guard let n = Int(exactly: r.bigCount) else {
                        throw PyException.overflowError("Python int too large to convert to C ssize_t")
                    }
                    return n
                }
                return r.count
            case let b as PyBytes: return b.value.count
            case let view as PyDictView: return view.dict.count
            default:
                if let m = o.type.lookup("__len__") { return try lengthResult(try callDescriptor(m, v, [])) }
            }
        }
        throw PyException.typeError("object of type '\(typeOf(v).name)' has no len()")
    }

    func lengthResult(_ r: Value) throws -> Int {
        switch r {
        case .int(let i):
            if i < 0 { throw PyException.valueError("__len__() should return >= 0") }
            return i
        case .bool(let b): return b ? 1 : 0
        case .object(let b as PyBigInt):
            if b.value.sign == .minus { throw PyException.valueError("__len__() should return >= 0") }
            throw PyException.overflowError("cannot fit 'int' into an index-sized integer")
        default:
            throw PyException.typeError("'\(typeOf(r).name)' object cannot be interpreted as an integer")
        }
    }

    /// Merges a mapping (or iterable of pairs, for dict.update) into a dict.
    func mergeMapping(into d: PyDict, _ v: Value, forCall: Bool) throws {
        if case .object(let src as PyDict) = v {
            for (k, val) in src.entries {
                if forCall, try d.contains(k) {
                    throw PyException.typeError("got multiple values for keyword argument '\(try str(k))'")
                }
                try d.set(k, val)
            }
            return
        }
        let t = typeOf(v)
        if t.lookup("keys") != nil {
            let keys = try iterateToArray(try callMethod(v, "keys", []))
            for k in keys { try d.set(k, try getItem(v, k)) }
            return
        }
        if forCall {
            throw PyException.typeError("argument after ** must be a mapping, not \(t.name)")
        }
        throw PyException.typeError("'\(t.name)' object is not a mapping")
    }
}
