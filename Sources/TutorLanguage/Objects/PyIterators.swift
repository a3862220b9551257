/// An iterator implemented in Swift. `next` returns nil when exhausted.
open class NativeIterator: PyObject {
    open func next(_ ts: ThreadState) throws -> Value? { nil }
}

public final class PyListIterator: NativeIterator {
    let list: PyList
    var index = 0
    init(_ list: PyList) {
        self.list = list
        super.init(type: BuiltinTypes.listIterator)
    }
    override public func next(_ ts: ThreadState) throws -> Value? {
        guard index < list.items.count else {
            index = Int.max / 2
            return nil
        }
        defer { index += 1 }
        return list.items[index]
    }
}

/// Iterates a fixed array (tuples, snapshots).
public final class PyArrayIterator: NativeIterator {
    let items: [Value]
    var index = 0
    init(_ items: [Value], type: PyType = BuiltinTypes.tupleIterator) {
        self.items = items
        super.init(type: type)
    }
    override public func next(_ ts: ThreadState) throws -> Value? {
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }
}

public final class PyRangeIterator: NativeIterator {
    var current: Int
    let step: Int
    var remaining: Int
    init(_ r: PyRange) {
        current = r.start
        step = r.step
        remaining = r.count
        super.init(type: BuiltinTypes.rangeIterator)
    }
    @inline(__always) func nextInt() -> Int? {
        guard remaining > 0 else { return nil }
        let v = current
        remaining -= 1
        current = current &+ step
        return v
    }
    override public func next(_ ts: ThreadState) throws -> Value? { nextInt().map { .int($0) } }
}

public final class PyStrIterator: NativeIterator {
    let scalars: [Unicode.Scalar]
    var index = 0
    init(_ s: PyStr) {
        scalars = s.scalars
        super.init(type: BuiltinTypes.strIterator)
    }
    override public func next(_ ts: ThreadState) throws -> Value? {
        guard index < scalars.count else { return nil }
        defer { index += 1 }
        return .str(String(scalars[index]))
    }
}

public final class PyDictIterator: NativeIterator {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind
    var position = 0
    let version: Int
    let initialCount: Int
    init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
        self.version = dict.version
        self.initialCount = dict.count
        let t: PyType
        switch kind {
        case .keys: t = BuiltinTypes.dictKeyIterator
        case .values: t = BuiltinTypes.dictValueIterator
        case .items: t = BuiltinTypes.dictItemIterator
        }
        super.init(type: t)
    }
    override public func next(_ ts: ThreadState) throws -> Value? {
        if dict.version != version {
            if dict.count != initialCount { throw PyException.runtimeError("dictionary changed size during iteration") }
            throw PyException.runtimeError("dictionary keys changed during iteration")
        }
        while position < dict.rawCount {
            defer { position += 1 }
            if let (k, v) = dict.entry(at: position) {
                switch kind {
                case .keys: return k
                case .values: return v
                case .items: return .tuple([k, v])
                }
            }
        }
        return nil
    }
}

public final class PySetIterator: NativeIterator {
    let set: PySet
    let elements: [Value]
    let version: Int
    var index = 0
    init(_ set: PySet) {
        self.set = set
        self.elements = set.storage.elements
        self.version = set.version
        super.init(type: BuiltinTypes.setIterator)
    }
    override public func next(_ ts: ThreadState) throws -> Value? {
        if set.version != version { throw PyException.runtimeError("Set changed size during iteration") }
        guard index < elements.count else { return nil }
        defer { index += 1 }
        return elements[index]
    }
}

/// The old sequence protocol: obj[0], obj[1], ... until IndexError.
public final class PySequenceIterator: NativeIterator {
    let target: Value
    var index = 0
    var done = false
    init(_ target: Value) {
        self.target = target
        super.init(type: BuiltinTypes.iterator)
    }
    override public func next(_ ts: ThreadState) throws -> Value? {
        if done { return nil }
        do {
            let v = try ts.getItem(target, .int(index))
            index += 1
            return v
        } catch let e as PyException where e.isInstance(of: BuiltinTypes.indexError) || e.isInstance(of: BuiltinTypes.stopIteration) {
            done = true
            return nil
        }
    }
}

/// iter(callable, sentinel)
public final class PyCallableIterator: NativeIterator {
    let callable: Value
    let sentinel: Value
    var done = false
    init(_ callable: Value, _ sentinel: Value) {
        self.callable = callable
        self.sentinel = sentinel
        super.init(type: BuiltinTypes.callableIterator)
    }
    override public func next(_ ts: ThreadState) throws -> Value? {
        if done { return nil }
        let v = try ts.call(callable, [], [])
        if try ts.valuesEqual(v, sentinel) {
            done = true
            return nil
        }
        return v
    }
}

/// An iterator defined by a Swift closure (map, filter, zip, enumerate, reversed).
public final class PyClosureIterator: NativeIterator {
    let step: (ThreadState) throws -> Value?
    var done = false
    public init(type: PyType, _ step: @escaping (ThreadState) throws -> Value?) {
        self.step = step
        super.init(type: type)
    }
    override public func next(_ ts: ThreadState) throws -> Value? {
        if done { return nil }
        if let v = try step(ts) { return v }
        done = true
        return nil
    }
}

/// dict.keys(), dict.values(), dict.items().
public final class PyDictView: PyObject {
    let dict: PyDict
    let kind: PyDictIterator.Kind
    init(_ dict: PyDict, _ kind: PyDictIterator.Kind) {
        self.dict = dict
        self.kind = kind
        let t: PyType
        switch kind {
        case .keys: t = BuiltinTypes.dictKeys
        case .values: t = BuiltinTypes.dictValues
        case .items: t = BuiltinTypes.dictItems
        }
        super.init(type: t)
    }
}
