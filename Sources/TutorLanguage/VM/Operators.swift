import BigInt
import Glibc

public func typeOf(_ v: Value) -> PyType {
    switch v {
    case .none: return BuiltinTypes.noneType
    case .bool: return BuiltinTypes.bool
    case .int: return BuiltinTypes.int
    case .float: return BuiltinTypes.float
    case .object(let o): return o.type
    }
}

extension ThreadState {
    // MARK: binary operators

    public func binaryOperation(_ a: Value, _ b: Value, _ op: BinaryOperation) throws -> Value {
        if op.isInplace, let r = try inplaceBuiltin(a, b, op.base) { return r }
        if let r = try builtinBinary(a, b, op.base) { return r }
        if let r = try DictMethods.viewBinary(self, a, b, op.base) { return r }
        if let r = try dunderBinary(a, b, op) { return r }
        throw binaryTypeError(a, b, op)
    }

    private func binaryTypeError(_ a: Value, _ b: Value, _ op: BinaryOperation) -> PyException {
        let ta = typeOf(a), tb = typeOf(b)
        let base = op.base
        if base == .add, ta === BuiltinTypes.str || ta === BuiltinTypes.list || ta === BuiltinTypes.tuple {
            let what = ta === BuiltinTypes.str ? "str" : ta.name
            return .typeError("can only concatenate \(what) (not \"\(tb.name)\") to \(what)")
        }
        if base == .multiply, isSequence(a) || isSequence(b) {
            let other = isSequence(a) ? tb : ta
            return .typeError("can't multiply sequence by non-int of type '\(other.name)'")
        }
        let symbol = base == .power ? "** or pow()" : op.symbol + (op.isInplace ? "=" : "")
        return .typeError("unsupported operand type(s) for \(symbol): '\(ta.name)' and '\(tb.name)'")
    }

    private func isSequence(_ v: Value) -> Bool {
        let t = typeOf(v)
        return t === BuiltinTypes.str || t === BuiltinTypes.list || t === BuiltinTypes.tuple || t === BuiltinTypes.bytes
    }

    /// In-place forms that mutate the left operand (list +=, set |=, dict |=).
    private func inplaceBuiltin(_ a: Value, _ b: Value, _ op: BinaryOperation) throws -> Value? {
        guard case .object(let o) = a else { return nil }
        if let l = o as? PyList, o.type === BuiltinTypes.list {
            if op == .add {
                l.items.append(contentsOf: try iterateToArray(b))
                return a
            }
            if op == .multiply, let n = try repetitionCount(b) {
                let original = l.items
                try checkRepetitionSize(original.count, n)
                l.items = n <= 0 ? [] : Array([[Value]](repeating: original, count: n).joined())
                return a
            }
        }
        if let s = o as? PySet, o.type === BuiltinTypes.set, case .object(let ob as PySet) = b {
            switch op {
            case .bitOr: try s.storage.merge(ob.storage)
            case .bitAnd: s.storage = try SetOperations.intersection(s.storage, ob.storage)
            case .subtract: for x in ob.storage.elements { try s.storage.remove(x) }
            case .bitXor:
                for (k, h) in ob.storage.elementsWithHashes {
                    if try s.storage.contains(k, hash: h) { try s.storage.remove(k) } else { try s.storage.insert(k, hash: h) }
                }
            default: return nil
            }
            s.version &+= 1
            return a
        }
        if let d = o as? PyDict, o.type === BuiltinTypes.dict, op == .bitOr {
            try BuiltinConstructors.updateDict(self, d, b)
            return a
        }
        return nil
    }

    private func repetitionCount(_ v: Value) throws -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyBigInt):
            if o.value.sign == .minus { return 0 }
            throw PyException.overflowError("cannot fit 'int' into an index-sized integer")
        default: return nil
        }
    }

    private func checkRepetitionSize(_ count: Int, _ n: Int) throws {
        guard n > 0 && count > 0 else { return }
        let (total, overflow) = count.multipliedReportingOverflow(by: n)
        if overflow || total > IntegerArithmetic.maximumElements { throw PyException(BuiltinTypes.memoryError, "") }
    }

    /// Operators between builtin types; nil when the operand types are not handled here.
    func builtinBinary(_ a: Value, _ b: Value, _ op: BinaryOperation) throws -> Value? {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            return try intBinary(x, y, op)
        case (.bool(let x), .bool(let y)) where op == .bitAnd || op == .bitOr || op == .bitXor:
            return .bool(op == .bitAnd ? x && y : op == .bitOr ? x || y : x != y)
        case (.float(let x), .float(let y)):
            return try floatBinary(x, y, op)
        case (.float(let x), _):
            guard IntegerArithmetic.isIntLike(b) else { break }
            return try floatBinary(x, try toDouble(b), op)
        case (_, .float(let y)):
            guard IntegerArithmetic.isIntLike(a) else { break }
            return try floatBinary(try toDouble(a), y, op)
        default:
            break
        }
        if let x = IntegerArithmetic.big(a), let y = IntegerArithmetic.big(b) {
            return try bigBinary(x, y, op)
        }
        guard case .object(let oa) = a else {
            if case .object(let ob) = b, op == .multiply, let n = try repetitionCount(a) {
                return try repeatSequence(ob, n)
            }
            return nil
        }
        switch oa {
        case let s as PyStr:
            if op == .add, case .object(let t as PyStr) = b { return .str(s.value + t.value) }
            if op == .multiply, let n = try repetitionCount(b) {
                try checkRepetitionSize(s.value.utf8.count, n)
                return .str(n <= 0 ? "" : String(repeating: s.value, count: n))
            }
            if op == .modulo { return .str(try percentFormat(s.value, b)) }
        case let l as PyList:
            if op == .add, case .object(let m as PyList) = b { return .list(l.items + m.items) }
            if op == .multiply, let n = try repetitionCount(b) { return try repeatSequence(l, n) }
        case let t as PyTuple:
            if op == .add, case .object(let u as PyTuple) = b { return .tuple(t.items + u.items) }
            if op == .multiply, let n = try repetitionCount(b) { return try repeatSequence(t, n) }
        case let by as PyBytes:
            if op == .add, case .object(let c as PyBytes) = b { return .object(PyBytes(by.value + c.value)) }
            if op == .multiply, let n = try repetitionCount(b) { return try repeatSequence(by, n) }
        case let d as PyDict where op == .bitOr:
            guard case .object(let e as PyDict) = b else { return nil }
            let r = d.copy()
            for (k, v) in e.entries { try r.set(k, v) }
            return .object(r)
        case let s as PySet:
            guard case .object(let t as PySet) = b else { return nil }
            let storage: SetStorage
            switch op {
            case .bitOr: storage = try SetOperations.union(s.storage, t.storage)
            case .bitAnd: storage = try SetOperations.intersection(s.storage, t.storage)
            case .subtract: storage = try SetOperations.difference(s.storage, t.storage)
            case .bitXor: storage = try SetOperations.symmetricDifference(s.storage, t.storage)
            default: return nil
            }
            return .object(PySet(frozen: s.isFrozen, storage: storage))
        default:
            break
        }
        return nil
    }

    private func repeatSequence(_ o: PyObject, _ n: Int) throws -> Value? {
        switch o {
        case let l as PyList:
            try checkRepetitionSize(l.items.count, n)
            return .list(n <= 0 ? [] : Array([[Value]](repeating: l.items, count: n).joined()))
        case let t as PyTuple:
            try checkRepetitionSize(t.items.count, n)
            return .tuple(n <= 0 ? [] : Array([[Value]](repeating: t.items, count: n).joined()))
        case let s as PyStr:
            try checkRepetitionSize(s.value.utf8.count, n)
            return .str(n <= 0 ? "" : String(repeating: s.value, count: n))
        case let b as PyBytes:
            try checkRepetitionSize(b.value.count, n)
            return .object(PyBytes(n <= 0 ? [] : Array([[UInt8]](repeating: b.value, count: n).joined())))
        default:
            return nil
        }
    }

    func toDouble(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .object(let o as PyBigInt): return try IntegerArithmetic.toDouble(o.value)
        default: throw PyException.typeError("must be real number, not \(typeOf(v).name)")
        }
    }

    private func intBinary(_ x: Int, _ y: Int, _ op: BinaryOperation) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? .int(BigInt(x) + BigInt(y)) : .int(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? .int(BigInt(x) - BigInt(y)) : .int(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? .int(BigInt(x) * BigInt(y)) : .int(r)
        case .trueDivide:
            if y == 0 { throw PyException.zeroDivision("division by zero") }
            if x.magnitude < (1 << 53) && y.magnitude < (1 << 53) { return .float(Double(x) / Double(y)) }
            return .float(try IntegerArithmetic.trueDivide(BigInt(x), BigInt(y)))
        case .floorDivide: return try IntegerArithmetic.floorDivide(x, y)
        case .modulo: return try IntegerArithmetic.modulo(x, y)
        case .power:
            if y >= 0 && y < 64 {
                var result = 1
                var overflow = false
                for _ in 0..<y {
                    let (r, o) = result.multipliedReportingOverflow(by: x)
                    if o { overflow = true; break }
                    result = r
                }
                if !overflow { return .int(result) }
            }
            return try IntegerArithmetic.power(BigInt(x), BigInt(y))
        case .leftShift:
            if y < 0 { throw PyException.valueError("negative shift count") }
            if y < 63 {
                let r = x << y
                if r >> y == x { return .int(r) }
            }
            return try IntegerArithmetic.leftShift(BigInt(x), BigInt(y))
        case .rightShift:
            if y < 0 { throw PyException.valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        default:
            throw binaryTypeError(.int(x), .int(y), op)
        }
    }

    private func bigBinary(_ x: BigInt, _ y: BigInt, _ op: BinaryOperation) throws -> Value {
        switch op {
        case .add: return .int(x + y)
        case .subtract: return .int(x - y)
        case .multiply:
            if x.bitWidth + y.bitWidth > 64_000_000 { throw PyException(BuiltinTypes.memoryError, "") }
            return .int(x * y)
        case .trueDivide: return .float(try IntegerArithmetic.trueDivide(x, y))
        case .floorDivide: return try IntegerArithmetic.floorDivide(x, y)
        case .modulo: return try IntegerArithmetic.modulo(x, y)
        case .power: return try IntegerArithmetic.power(x, y)
        case .leftShift: return try IntegerArithmetic.leftShift(x, y)
        case .rightShift: return try IntegerArithmetic.rightShift(x, y)
        case .bitAnd, .bitOr, .bitXor: return IntegerArithmetic.bitwise(x, y, op)
        default: throw binaryTypeError(.int(x), .int(y), op)
        }
    }

    private func floatBinary(_ x: Double, _ y: Double, _ op: BinaryOperation) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .trueDivide:
            if y == 0 { throw PyException.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDivide:
            if y == 0 { throw PyException.zeroDivision("float floor division by zero") }
            return .float(FloatArithmetic.floorDivide(x, y))
        case .modulo:
            if y == 0 { throw PyException.zeroDivision("float modulo") }
            return .float(FloatArithmetic.modulo(x, y))
        case .power:
            return .float(try FloatArithmetic.power(x, y))
        default:
            return nil
        }
    }

    private func dunderBinary(_ a: Value, _ b: Value, _ op: BinaryOperation) throws -> Value? {
        let ta = typeOf(a), tb = typeOf(b)
        if op.isInplace, !ta.isBuiltin, let m = ta.lookup(op.inplaceDunder) {
            let r = try callDescriptor(m, a, [b])
            if !isNotImplemented(r) { return r }
        }
        let base = op.base
        let left = ta.isBuiltin ? nil : ta.lookup(base.dunder)
        let right = (tb === ta || tb.isBuiltin) ? nil : tb.lookup(base.reflectedDunder)
        if let r = right, tb.isSubtype(of: ta) {
            let v = try callDescriptor(r, b, [a])
            if !isNotImplemented(v) { return v }
            if let l = left {
                let v2 = try callDescriptor(l, a, [b])
                if !isNotImplemented(v2) { return v2 }
            }
            return nil
        }
        if let l = left {
            let v = try callDescriptor(l, a, [b])
            if !isNotImplemented(v) { return v }
        }
        if let r = right {
            let v = try callDescriptor(r, b, [a])
            if !isNotImplemented(v) { return v }
        }
        return nil
    }

    @inline(__always) func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === Singletons.notImplemented }
        return false
    }

    // MARK: unary operators

    func negate(_ v: Value) throws -> Value {
        switch v {
        case .int(let i): return i == Int.min ? .int(-BigInt(i)) : .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        case .object(let o as PyBigInt): return .int(-o.value)
        default: return try unaryDunder(v, "__neg__", "-")
        }
    }

    func positive(_ v: Value) throws -> Value {
        switch v {
        case .int, .float: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .object(let o as PyBigInt): return .object(o)
        default: return try unaryDunder(v, "__pos__", "+")
        }
    }

    func invert(_ v: Value) throws -> Value {
        switch v {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(b ? -2 : -1)
        case .object(let o as PyBigInt): return .int(-o.value - 1)
        default: return try unaryDunder(v, "__invert__", "~")
        }
    }

    private func unaryDunder(_ v: Value, _ name: String, _ symbol: String) throws -> Value {
        let t = typeOf(v)
        if !t.isBuiltin, let m = t.lookup(name) { return try callDescriptor(m, v, []) }
        throw PyException.typeError("bad operand type for unary \(symbol): '\(t.name)'")
    }

    // MARK: truth

    public func isTrue(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            switch o {
            case let s as PyStr: return !s.value.isEmpty
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return d.count > 0
            case let s as PySet: return s.storage.count > 0
            case is PyBigInt: return true
            case let r as PyRange: return r.count > 0
            case let b as PyBytes: return !b.value.isEmpty
            default:
                let t = o.type!
                if t.isBuiltin { return true }
                if let m = t.lookup("__bool__") {
                    let r = try callDescriptor(m, v, [])
                    guard case .bool(let b) = r else {
                        throw PyException.typeError("__bool__ should return bool, returned \(typeOf(r).name)")
                    }
                    return b
                }
                if let m = t.lookup("__len__") {
                    return try lengthResult(try callDescriptor(m, v, [])) != 0
                }
                return true
            }
        }
    }
}

/// Float operations with Python's sign conventions.
enum FloatArithmetic {
    static func modulo(_ x: Double, _ y: Double) -> Double {
        var m = fmod(x, y)
        if m != 0 {
            if (y < 0) != (m < 0) { m += y }
        } else {
            m = copysign(0, y)
        }
        return m
    }

    static func floorDivide(_ x: Double, _ y: Double) -> Double {
        let m = fmod(x, y)
        var div = (x - m) / y
        if m != 0 && ((y < 0) != (m < 0)) { div -= 1 }
        if div == 0 { return copysign(0, x / y) }
        let f = floor(div)
        return div - f > 0.5 ? f + 1 : f
    }

    static func power(_ x: Double, _ y: Double) throws -> Double {
        if x == 0 && y < 0 { throw PyException.zeroDivision("0.0 cannot be raised to a negative power") }
        if x < 0 && y != y.rounded() && y.isFinite {
            throw PyException.valueError("complex results are not supported by the tutor")
        }
        let r = Glibc.pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite {
            throw PyException(type: BuiltinTypes.overflowError, args: [.int(34), .str("Numerical result out of range")])
        }
        return r
    }
}
