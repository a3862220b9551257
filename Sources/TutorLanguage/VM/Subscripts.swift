import BigInt

extension ThreadState {
    /// An index operand as a machine int (`__index__` semantics).
    public func index(_ v: Value, _ what: @autoclosure () -> String = "") throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(is PyBigInt):
            throw PyException(BuiltinTypes.indexError, "cannot fit 'int' into an index-sized integer")
        default:
            let t = typeOf(v)
            if !t.isBuiltin, let m = t.lookup("__index__") { return try index(try callDescriptor(m, v, [])) }
            let w = what()
            throw PyException.typeError(w.isEmpty
                ? "'\(t.name)' object cannot be interpreted as an integer" : w)
        }
    }

    /// Resolves slice bounds against a length, as `slice.indices` does.
    public func sliceIndices(_ s: PySlice, length: Int) throws -> (start: Int, stop: Int, step: Int) {
        func bound(_ v: Value) throws -> Int? {
            if case .none = v { return nil }
            if case .object(let b as PyBigInt) = v { return b.value.sign == .minus ? Int.min / 2 : Int.max / 2 }
            return try index(v, "slice indices must be integers or None or have an __index__ method")
        }
        let step = try bound(s.step) ?? 1
        if step == 0 { throw PyException.valueError("slice step cannot be zero") }
        let lower = step < 0 ? -1 : 0
        let upper = step < 0 ? length - 1 : length
        func clamp(_ v: Int?, _ def: Int) -> Int {
            guard var x = v else { return def }
            if x < 0 {
                x = x &+ length
                if x < lower { x = lower }
            } else if x > upper {
                x = upper
            }
            return x
        }
        let start = clamp(try bound(s.start), step < 0 ? upper : lower)
        let stop = clamp(try bound(s.stop), step < 0 ? lower : upper)
        return (start, stop, step)
    }

    func sliceElements<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, stop, step) = try sliceIndices(s, length: items.count)
        if step == 1 { return start < stop ? Array(items[start..<stop]) : [] }
        var out: [T] = []
        var i = start
        if step > 0 { while i < stop { out.append(items[i]); i += step } } else {
            while i > stop { out.append(items[i]); i += step }
        }
        return out
    }

    private func normalise(_ i: Int, _ count: Int, _ message: String) throws -> Int {
        let j = i < 0 ? i &+ count : i
        guard j >= 0 && j < count else { throw PyException.indexError(message) }
        return j
    }

    public func getItem(_ container: Value, _ key: Value) throws -> Value {
        guard case .object(let o) = container else {
            throw PyException.typeError("'\(typeOf(container).name)' object is not subscriptable")
        }
        switch o {
        case let l as PyList where o.type === BuiltinTypes.list:
            if case .object(let s as PySlice) = key { return .list(try sliceElements(l.items, s)) }
            return l.items[try normalise(try index(key, "list indices must be integers or slices, not \(typeOf(key).name)"),
                                         l.items.count, "list index out of range")]
        case let t as PyTuple:
            if case .object(let s as PySlice) = key { return .tuple(try sliceElements(t.items, s)) }
            return t.items[try normalise(try index(key, "tuple indices must be integers or slices, not \(typeOf(key).name)"),
                                         t.items.count, "tuple index out of range")]
        case let s as PyStr:
            if case .object(let sl as PySlice) = key {
                let (start, stop, step) = try sliceIndices(sl, length: s.count)
                if step == 1 { return .str(start < stop ? s.substring(start..<stop) : "") }
                var out = String.UnicodeScalarView()
                for x in try sliceElements(s.scalars, sl) { out.append(x) }
                return .str(String(out))
            }
            let i = try normalise(try index(key, "string indices must be integers, not '\(typeOf(key).name)'"),
                                  s.count, "string index out of range")
            return .str(String(s.scalar(at: i)))
        case let d as PyDict:
            if let v = try d.get(key) { return v }
            if o.type !== BuiltinTypes.dict, let m = o.type.lookup("__missing__") {
                return try callDescriptor(m, container, [key])
            }
            throw PyException.keyError(key)
        case let r as PyRange where r.big != nil:
            guard let i = IntegerArithmetic.big(key) else {
                throw PyException.typeError("range indices must be integers or slices, not \(typeOf(key).name)")
            }
            let n = r.bigCount
            let j = i.sign == .minus ? i + n : i
            guard j >= 0 && j < n else { throw PyException.indexError("range object index out of range") }
            return .int(r.bigElement(at: j))
        case let r as PyRange:
            if case .object(let sl as PySlice) = key {
                let (start, stop, step) = try sliceIndices(sl, length: r.count)
                let n = PyRange(start: r.element(at: start), stop: r.element(at: stop), step: r.step &* step)
                return .object(n)
            }
            return .int(r.element(at: try normalise(try index(key, "range indices must be integers or slices, not \(typeOf(key).name)"),
                                                     r.count, "range object index out of range")))
        case let b as PyBytes:
            if case .object(let s as PySlice) = key { return .object(PyBytes(try sliceElements(b.value, s))) }
            return .int(Int(b.value[try normalise(try index(key), b.value.count, "index out of range")]))
        case let t as PyType:
            if let m = t.lookup("__class_getitem__") {
                // An implicit classmethod: it receives the class itself, not its metatype.
                if case .object(let c as PyClassMethod) = m { return try call(c.function, [container, key], []) }
                return try callDescriptor(m, container, [key])
            }
            // list[int] and similar generic aliases evaluate to the class itself.
            if t.isBuiltin { return container }
            throw PyException.typeError("type '\(t.name)' is not subscriptable")
        default:
            if let m = o.type.lookup("__getitem__") { return try callDescriptor(m, container, [key]) }
            throw PyException.typeError("'\(o.type.name)' object is not subscriptable")
        }
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        guard case .object(let o) = container else {
            throw PyException.typeError("'\(typeOf(container).name)' object does not support item assignment")
        }
        switch o {
        case let l as PyList where o.type === BuiltinTypes.list:
            if case .object(let s as PySlice) = key {
                try assignSlice(l, s, try iterateToArray(value))
                return
            }
            let i = try normalise(try index(key, "list indices must be integers or slices, not \(typeOf(key).name)"),
                                  l.items.count, "list assignment index out of range")
            l.items[i] = value
        case let d as PyDict where o.type === BuiltinTypes.dict:
            try d.set(key, value)
        default:
            if let m = o.type.lookup("__setitem__") {
                _ = try callDescriptor(m, container, [key, value])
                return
            }
            if let d = o as? PyDict {
                try d.set(key, value)
                return
            }
            throw PyException.typeError("'\(o.type.name)' object does not support item assignment")
        }
    }

    private func assignSlice(_ l: PyList, _ s: PySlice, _ values: [Value]) throws {
        let (start, stop, step) = try sliceIndices(s, length: l.items.count)
        if step == 1 {
            let hi = max(start, stop)
            l.items.replaceSubrange(start..<hi, with: values)
            return
        }
        var indices: [Int] = []
        var i = start
        if step > 0 { while i < stop { indices.append(i); i += step } } else {
            while i > stop { indices.append(i); i += step }
        }
        guard indices.count == values.count else {
            throw PyException.valueError(
                "attempt to assign sequence of size \(values.count) to extended slice of size \(indices.count)")
        }
        for (j, idx) in indices.enumerated() { l.items[idx] = values[j] }
    }

    public func deleteItem(_ container: Value, _ key: Value) throws {
        guard case .object(let o) = container else {
            throw PyException.typeError("'\(typeOf(container).name)' object does not support item deletion")
        }
        switch o {
        case let l as PyList where o.type === BuiltinTypes.list:
            if case .object(let s as PySlice) = key {
                let (start, stop, step) = try sliceIndices(s, length: l.items.count)
                if step == 1 {
                    if start < stop { l.items.removeSubrange(start..<stop) }
                    return
                }
                var indices: [Int] = []
                var i = start
                if step > 0 { while i < stop { indices.append(i); i += step } } else {
                    while i > stop { indices.append(i); i += step }
                }
                for idx in indices.sorted(by: >) { l.items.remove(at: idx) }
                return
            }
            l.items.remove(at: try normalise(try index(key), l.items.count, "list assignment index out of range"))
        case let d as PyDict where o.type === BuiltinTypes.dict:
            if try d.remove(key) == nil { throw PyException.keyError(key) }
        default:
            if let m = o.type.lookup("__delitem__") {
                _ = try callDescriptor(m, container, [key])
                return
            }
            throw PyException.typeError("'\(o.type.name)' object does not support item deletion")
        }
    }
}

