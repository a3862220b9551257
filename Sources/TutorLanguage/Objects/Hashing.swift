import BigInt
import Glibc

/// Python's hash() for builtin values, matching CPython's numeric hashes so
/// hash(1) == hash(1.0) == hash(True) and tuple hashes agree with CPython.
public enum Hashing {
    static let modulus: UInt64 = (1 << 61) - 1

    public static func hash(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0xFCA86420
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return hashInt(i)
        case .float(let d): return hashDouble(d)
        case .object(let o):
            switch o {
            case let s as PyStr: return s.hashValue64
            case let b as PyBigInt: return hashBig(b.value)
            case let t as PyTuple: return try hashTuple(t.items)
            case let s as PySet where s.isFrozen: return try hashFrozenSet(s.storage)
            case let b as PyBytes: return StringHashing.hash(String(decoding: b.value, as: UTF8.self))
            default:
                return try hashObject(o)
            }
        }
    }

    static func hashInt(_ i: Int) -> Int {
        if i >= 0 && UInt64(i) < modulus { return i }
        let m = UInt64(i.magnitude) % modulus
        var r = i < 0 ? -Int(m) : Int(m)
        if r == -1 { r = -2 }
        return r
    }

    static func hashBig(_ b: BigInt) -> Int {
        let m = b.magnitude % BigUInt(modulus)
        var r = Int(m)
        if b.sign == .minus { r = -r }
        return r == -1 ? -2 : r
    }

    static func hashDouble(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(.towardZero), abs(d) < 9.2e18 { return hashInt(Int(d)) }
        // Swift's frexp(Double) returns |mantissa|, so the sign is taken from d itself.
        var (m, e) = frexp(Swift.abs(d))
        let sign = d < 0 ? -1 : 1
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(shift)) & modulus) | x >> UInt64(61 - shift)
        var r = Int(x) * sign
        if r == -1 { r = -2 }
        return r
    }

    static func hashTuple(_ items: [Value]) throws -> Int {
        if let ts = ThreadState.current, ts.nativeStackIsLow() { throw PyException.recursionError() }
        let prime1: UInt64 = 11400714785074694791
        let prime2: UInt64 = 14029467366897019727
        let prime5: UInt64 = 2870177450012600261
        var acc = prime5
        for item in items {
            let lane = UInt64(bitPattern: Int64(try hash(item)))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: acc))
    }

    static func hashFrozenSet(_ s: SetStorage) throws -> Int {
        var h: UInt64 = 0
        for (_, eh) in s.elementsWithHashes {
            let u = UInt64(bitPattern: Int64(eh))
            h ^= ((u ^ 89869747) ^ (u << 16)) &* 3644798167
        }
        h ^= (UInt64(s.count) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        var r = Int(Int64(bitPattern: h))
        if r == -1 { r = 590923713 }
        return r
    }

    static func hashObject(_ o: PyObject) throws -> Int {
        let t = o.type!
        if t.isBuiltin {
            if o is PyList || o is PyDict || o is PySet {
                throw PyException.typeError("unhashable type: '\(t.name)'")
            }
            return identityHash(o)
        }
        if let h = t.lookup("__hash__") {
            if case .none = h { throw PyException.typeError("unhashable type: '\(t.name)'") }
            guard let ts = ThreadState.current else { return identityHash(o) }
            let r = try ts.callDescriptor(h, .object(o), [])
            switch r {
            case .int(let i): return i == -1 ? -2 : i
            case .bool(let b): return b ? 1 : 0
            case .object(let b as PyBigInt): return hashBig(b.value)
            default: throw PyException.typeError("__hash__ method should return an integer")
            }
        }
        return identityHash(o)
    }

    static func identityHash(_ o: PyObject) -> Int {
        // In a scheduled run identities replay, so sets of objects iterate alike.
        if ReplayableIdentities.live.load(ordering: .relaxed) > 0 {
            return Int(bitPattern: UInt(bitPattern: ThreadState.identity(of: o)) >> 4)
        }
        return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue) >> 4)
    }
}

/// Equality as containers use it: identity first, then ==.
public enum Equality {
    public static func equals(_ a: Value, _ b: Value) throws -> Bool {
        if a.isIdentical(to: b) { return true }
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x as PyStr), .object(let y as PyStr)): return x.isEqual(to: y)
        default: break
        }
        guard let ts = ThreadState.current else { return false }
        return try ts.valuesEqual(a, b)
    }
}
