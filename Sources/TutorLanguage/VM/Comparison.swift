import BigInt

extension ThreadState {
    public func richCompare(_ a: Value, _ b: Value, _ op: RichComparison) throws -> Value {
        if let r = try builtinCompare(a, b, op) { return .bool(r) }
        let ta = typeOf(a), tb = typeOf(b)
        let reflected = op.swapped
        let left = ta.isBuiltin ? nil : ta.lookup(op.dunder)
        let right = tb.isBuiltin ? nil : tb.lookup(reflected.dunder)
        if let r = right, tb !== ta, tb.isSubtype(of: ta) {
            let v = try callDescriptor(r, b, [a])
            if !isNotImplemented(v) { return v }
        }
        if let l = left {
            let v = try callDescriptor(l, a, [b])
            if !isNotImplemented(v) { return v }
        }
        if let r = right {
            let v = try callDescriptor(r, b, [a])
            if !isNotImplemented(v) { return v }
        }
        switch op {
        case .equal: return .bool(a.isIdentical(to: b))
        case .notEqual:
            // Default != inverts a user-defined __eq__.
            if let eq = left ?? (ta.isBuiltin ? nil : ta.lookup("__eq__")) {
                let v = try callDescriptor(eq, a, [b])
                if !isNotImplemented(v) { return .bool(!(try isTrue(v))) }
            }
            return .bool(!a.isIdentical(to: b))
        default:
            throw PyException.typeError(
                "'\(op.symbol)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
        }
    }

    public func compareBool(_ a: Value, _ b: Value, _ op: RichComparison) throws -> Bool {
        if op == .equal && a.isIdentical(to: b) {
            if case .float(let d) = a, d.isNaN { return false }
            return true
        }
        return try isTrue(try richCompare(a, b, op))
    }

    /// Python's == between two values, with the identity shortcut containers use.
    public func valuesEqual(_ a: Value, _ b: Value) throws -> Bool {
        if a.isIdentical(to: b) { return true }
        return try isTrue(try richCompare(a, b, .equal))
    }

    /// Comparisons among builtin types; nil when not handled here.
    func builtinCompare(_ a: Value, _ b: Value, _ op: RichComparison) throws -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return Self.order(x, y, op)
        case (.float(let x), .float(let y)): return Self.order(x, y, op)
        case (.none, .none): return op == .equal ? true : op == .notEqual ? false : nil
        default: break
        }
        if let na = NumericComparison.number(a), let nb = NumericComparison.number(b) {
            return NumericComparison.compare(na, nb, op)
        }
        guard case .object(let oa) = a, case .object(let ob) = b else {
            if op == .equal && (isBuiltinValue(a) || isBuiltinValue(b)) && (typeOf(a).isBuiltin && typeOf(b).isBuiltin) {
                return a.isIdentical(to: b)
            }
            if op == .notEqual && typeOf(a).isBuiltin && typeOf(b).isBuiltin { return !a.isIdentical(to: b) }
            return nil
        }
        switch (oa, ob) {
        case (let x as PyStr, let y as PyStr):
            if op == .equal { return x.isEqual(to: y) }
            if op == .notEqual { return !x.isEqual(to: y) }
            let equal = x.isEqual(to: y)
            let less = !equal && x.value.utf8.lexicographicallyPrecedes(y.value.utf8)
            return Self.orderResult(less: less, equal: equal, op)
        case (let x as PyList, let y as PyList) where oa.type === ob.type:
            return try sequenceCompare(x.items, y.items, op)
        case (let x as PyTuple, let y as PyTuple):
            return try sequenceCompare(x.items, y.items, op)
        case (let x as PyBytes, let y as PyBytes):
            let less = x.value.lexicographicallyPrecedes(y.value)
            return Self.orderResult(less: less, equal: x.value == y.value, op)
        case (let x as PyDict, let y as PyDict):
            guard op == .equal || op == .notEqual else { return nil }
            let eq = try dictsEqual(x, y)
            return op == .equal ? eq : !eq
        case (let x as PySet, let y as PySet):
            return try SetOperations.compare(x.storage, y.storage, op)
        case (let x as PySlice, let y as PySlice):
            return try sequenceCompare([x.start, x.stop, x.step], [y.start, y.stop, y.step], op)
        case (let x as PyRange, let y as PyRange):
            guard op == .equal || op == .notEqual else { return nil }
            let eq = x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step)))
            return op == .equal ? eq : !eq
        default:
            // dict keys/items views compare as sets.
            if let view = oa as? PyDictView, let r = try DictMethods.viewCompare(self, view, ob, op) { return r }
            if let view = ob as? PyDictView, let r = try DictMethods.viewCompare(self, view, oa, op.swapped) { return r }
            if oa.type.isBuiltin && ob.type.isBuiltin {
                if op == .equal { return oa === ob }
                if op == .notEqual { return oa !== ob }
            }
            return nil
        }
    }

    private func isBuiltinValue(_ v: Value) -> Bool { typeOf(v).isBuiltin }

    private func dictsEqual(_ x: PyDict, _ y: PyDict) throws -> Bool {
        guard x.count == y.count else { return false }
        for (k, v) in x.entries {
            guard let w = try y.get(k) else { return false }
            if !(try valuesEqual(v, w)) { return false }
        }
        return true
    }

    private func sequenceCompare(_ x: [Value], _ y: [Value], _ op: RichComparison) throws -> Bool {
        if nativeStackIsLow() {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded in comparison")
        }
        if op == .equal || op == .notEqual {
            if x.count != y.count { return op == .notEqual }
        }
        var i = 0
        while i < x.count && i < y.count {
            if !(try valuesEqual(x[i], y[i])) { break }
            i += 1
        }
        if i >= x.count || i >= y.count {
            return Self.order(x.count, y.count, op)
        }
        if op == .equal { return false }
        if op == .notEqual { return true }
        return try compareBool(x[i], y[i], op)
    }

    static func order<T: Comparable>(_ x: T, _ y: T, _ op: RichComparison) -> Bool {
        switch op {
        case .equal: return x == y
        case .notEqual: return x != y
        case .less: return x < y
        case .lessEqual: return x <= y
        case .greater: return x > y
        case .greaterEqual: return x >= y
        }
    }

    static func orderResult(less: Bool, equal: Bool, _ op: RichComparison) -> Bool {
        switch op {
        case .equal: return equal
        case .notEqual: return !equal
        case .less: return less
        case .lessEqual: return less || equal
        case .greater: return !less && !equal
        case .greaterEqual: return !less
        }
    }
}

/// Exact comparison across int, bool, big int and float, as Python does it
/// (2**53 + 1 != float(2**53 + 1)).
enum NumericComparison {
    enum Number {
        case int(Int)
        case big(BigInt)
        case float(Double)
    }

    static func number(_ v: Value) -> Number? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .object(let o as PyBigInt): return .big(o.value)
        default: return nil
        }
    }

    static func compare(_ a: Number, _ b: Number, _ op: RichComparison) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return ThreadState.order(x, y, op)
        case (.float(let x), .float(let y)): return ThreadState.order(x, y, op)
        case (.big(let x), .big(let y)): return ThreadState.order(x, y, op)
        case (.int(let x), .big(let y)): return ThreadState.order(BigInt(x), y, op)
        case (.big(let x), .int(let y)): return ThreadState.order(x, BigInt(y), op)
        case (.float(let x), _): return compareFloat(x, b, op)
        case (_, .float(let y)): return compareFloat(y, a, op.swapped)
        }
    }

    /// Compares a float with an integer exactly.
    private static func compareFloat(_ x: Double, _ n: Number, _ op: RichComparison) -> Bool {
        if x.isNaN { return op == .notEqual }
        let big: BigInt
        switch n {
        case .int(let i):
            if i.magnitude < (1 << 53) { return ThreadState.order(x, Double(i), op) }
            big = BigInt(i)
        case .big(let b): big = b
        case .float(let y): return ThreadState.order(x, y, op)
        }
        if x.isInfinite { return ThreadState.order(x, 0, op) }
        let floorX = x.rounded(.down)
        let fx = BigInt(floorX)
        if fx != big { return ThreadState.order(fx, big, op) }
        // Equal integer parts: the fraction decides.
        return ThreadState.order(x - floorX, 0, op)
    }
}
