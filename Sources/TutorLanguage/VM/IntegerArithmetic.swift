import BigInt
import Glibc

/// Python int arithmetic over machine ints with promotion to BigInt on overflow.
enum IntegerArithmetic {
    /// The BigInt value of an int-like operand (int, bool, big int), or nil.
    static func big(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o as PyBigInt): return o.value
        default: return nil
        }
    }

    static func isIntLike(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        case .object(let o): return o is PyBigInt
        default: return false
        }
    }

    /// Largest number of elements a repetition or allocation may produce before MemoryError.
    static let maximumElements = 1 << 28

    static func floorDivide(_ a: Int, _ b: Int) throws -> Value {
        if b == 0 { throw PyException.zeroDivision("integer division or modulo by zero") }
        if a == Int.min && b == -1 { return .int(-BigInt(a)) }
        var q = a / b
        if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
        return .int(q)
    }

    static func modulo(_ a: Int, _ b: Int) throws -> Value {
        if b == 0 { throw PyException.zeroDivision("integer modulo by zero") }
        if b == -1 { return .int(0) }
        var r = a % b
        if r != 0 && ((r < 0) != (b < 0)) { r += b }
        return .int(r)
    }

    static func floorDivide(_ a: BigInt, _ b: BigInt) throws -> Value {
        if b.isZero { throw PyException.zeroDivision("integer division or modulo by zero") }
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) { return .int(q - 1) }
        return .int(q)
    }

    static func modulo(_ a: BigInt, _ b: BigInt) throws -> Value {
        if b.isZero { throw PyException.zeroDivision("integer modulo by zero") }
        var r = a % b
        if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) { r += b }
        return .int(r)
    }

    static func toDouble(_ b: BigInt) throws -> Double {
        if let i = Int(exactly: b) { return Double(i) }
        // BigInt's own Double(_:) truncates; pythonIntToDouble rounds half-even as CPython does.
        do { return try pythonIntToDouble(b) } catch {
            throw PyException.overflowError("int too large to convert to float")
        }
    }

    static func trueDivide(_ a: BigInt, _ b: BigInt) throws -> Double {
        if b.isZero { throw PyException.zeroDivision("division by zero") }
        if let x = Int(exactly: a), let y = Int(exactly: b), x.magnitude < (1 << 53), y.magnitude < (1 << 53) {
            return Double(x) / Double(y)
        }
        // Scale so the quotient keeps 60+ significant bits, then divide exactly.
        let shift = max(0, 64 - (a.bitWidth - b.bitWidth))
        let q = (a << shift) / b
        let d = Double(q) * pow(2.0, -Double(shift))
        if d.isInfinite { throw PyException.overflowError("integer division result too large for a float") }
        return d
    }

    static func power(_ base: BigInt, _ exp: BigInt) throws -> Value {
        if exp.sign == .minus {
            let b = try toDouble(base)
            if b == 0 { throw PyException.zeroDivision("0.0 cannot be raised to a negative power") }
            return .float(Glibc.pow(b, try toDouble(exp)))
        }
        if base == 0 || base == 1 { return .int(exp.isZero ? 1 : base) }
        if base == -1 { return .int(exp.isMultiple(of: 2) ? 1 : -1) }
        guard let e = Int(exactly: exp), e <= 10_000_000 else {
            throw PyException(BuiltinTypes.memoryError, "")
        }
        // Refuse results whose size alone would exhaust memory.
        if base.bitWidth * e > 64_000_000 { throw PyException(BuiltinTypes.memoryError, "") }
        return .int(base.power(e))
    }

    static func powerModulo(_ base: BigInt, _ exp: BigInt, _ mod: BigInt) throws -> Value {
        if mod.isZero { throw PyException.valueError("pow() 3rd argument cannot be 0") }
        let m = abs(mod)
        var b = base
        var e = exp
        if e.sign == .minus {
            guard let inverse = base.inverse(m) else {
                throw PyException.valueError("base is not invertible for the given modulus")
            }
            b = inverse
            e = -e
        }
        var r = m == 1 ? BigInt(0) : b.power(e, modulus: m)
        if r.sign == .minus { r += m }
        // The result takes the sign of the modulus, as in Python.
        if mod.sign == .minus && !r.isZero { r += mod }
        return .int(r)
    }

    static func leftShift(_ a: BigInt, _ n: BigInt) throws -> Value {
        if n.sign == .minus { throw PyException.valueError("negative shift count") }
        if a.isZero { return .int(0) }
        guard let s = Int(exactly: n), s < 64_000_000 else { throw PyException.overflowError("too many digits in integer") }
        return .int(a << s)
    }

    static func rightShift(_ a: BigInt, _ n: BigInt) throws -> Value {
        if n.sign == .minus { throw PyException.valueError("negative shift count") }
        guard let s = Int(exactly: n), s < Int(Int32.max) else { return .int(a.sign == .minus ? -1 : 0) }
        // BigInt's >> on negatives rounds toward zero; Python floors.
        if a.sign == .minus {
            let d = BigInt(1) << s
            return try floorDivide(a, d)
        }
        return .int(a >> s)
    }

    static func bitwise(_ a: BigInt, _ b: BigInt, _ op: BinaryOperation) -> Value {
        switch op {
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        default: return .int(a ^ b)
        }
    }
}
