import BigInt
import Glibc

/// The methods of int, bool and float. Operators never come here (the VM handles
/// numbers inline); these serve explicit calls such as `(5).__add__(3)` and `x.bit_length()`.
enum NumberMethods {
    static func install() {
        installInt()
        installBool()
        installFloat()
    }

    // MARK: helpers

    /// An int-like receiver (int, bool, big int), kept as a Value.
    static let intReceiver: (Value) -> Value? = { IntegerArithmetic.isIntLike($0) ? $0 : nil }
    static let floatReceiver: (Value) -> Double? = { if case .float(let d) = $0 { return d }; return nil }
    static let boolReceiver: (Value) -> Bool? = { if case .bool(let b) = $0 { return b }; return nil }

    static func bigValue(_ v: Value) -> BigInt { IntegerArithmetic.big(v) ?? 0 }

    /// The value as a plain int (True -> 1), as int methods return it.
    static func plainInt(_ v: Value) -> Value {
        if case .bool(let b) = v { return .int(b ? 1 : 0) }
        return v
    }

    /// int -> float with correct rounding; OverflowError when out of range.
    static func intToDouble(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyBigInt):
            do { return try pythonIntToDouble(o.value) } catch {
                throw PyException.overflowError("int too large to convert to float")
            }
        default: throw PyException.typeError("must be real number, not \(typeOf(v).name)")
        }
    }

    /// float -> int by truncation, with CPython's errors for NaN and infinities.
    static func doubleToInt(_ d: Double) throws -> Value {
        if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyException.overflowError("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if let i = Int(exactly: t) { return .int(i) }
        return .int(BigInt(t))
    }

    private static func formatArgument(_ v: Value) throws -> String {
        guard case .object(let s as PyStr) = v else {
            throw PyException.typeError("__format__() argument must be str, not \(typeOf(v).name)")
        }
        return s.value
    }

    // MARK: int

    private static func installInt() {
        let t = BuiltinTypes.int
        let I = intReceiver

        t.native("bit_length", .noArgs, I) { _, v, _, _ in
            switch v {
            case .int(let i): return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
            default: return .int(bigValue(v).magnitude.bitWidth)
            }
        }
        t.native("bit_count", .noArgs, I) { _, v, _, _ in
            switch v {
            case .int(let i): return .int(i.magnitude.nonzeroBitCount)
            default: return .int(bigValue(v).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
            }
        }
        t.native("to_bytes", .custom, I) { ts, v, args, kwargs in
            let a = try ClinicArguments.bind("to_bytes", args, kwargs, names: ["length", "byteorder", "signed"],
                                             maxPositional: 2, required: 0)
            let length = try a[0].map { try SequenceIndex.ssize(ts, $0) } ?? 1
            let little = try byteOrder(a[1], "to_bytes")
            let signed = try a[2].map { try ts.isTrue($0) } ?? false
            if length < 0 { throw PyException.valueError("length argument must be non-negative") }
            return .object(PyBytes(try toBytes(bigValue(v), length: length, little: little, signed: signed)))
        }
        t.classMethod("from_bytes") { ts, args, kwargs in
            let cls = args.first
            let a = try ClinicArguments.bind("from_bytes", Array(args.dropFirst()), kwargs,
                                             names: ["bytes", "byteorder", "signed"], maxPositional: 2, required: 1)
            let bytes = try byteSource(ts, a[0] ?? .none)
            let little = try byteOrder(a[1], "from_bytes")
            let signed = try a[2].map { try ts.isTrue($0) } ?? false
            let n = fromBytes(bytes, little: little, signed: signed)
            if case .object(let c as PyType)? = cls, c === BuiltinTypes.bool { return .bool(!n.isZero) }
            return .int(n)
        }
        t.native("as_integer_ratio", .noArgs, I) { _, v, _, _ in .tuple([plainInt(v), .int(1)]) }
        t.native("conjugate", .noArgs, I) { _, v, _, _ in plainInt(v) }
        for name in ["__trunc__", "__floor__", "__ceil__"] {
            t.native(name, .noArgs, I) { _, v, _, _ in plainInt(v) }
        }
        for name in ["__int__", "__index__"] {
            t.native(name, .slot(0), I) { _, v, _, _ in plainInt(v) }
        }
        t.native("__round__", .positional(0, 1), I) { ts, v, args, _ in
            // Unlike round(), int.__round__ itself does not accept None.
            if case .none? = args.first {
                throw PyException.typeError("'NoneType' object cannot be interpreted as an integer")
            }
            return try BuiltinFunctions.round(ts, [plainInt(v)] + args, [])
        }
        t.native("__float__", .slot(0), I) { _, v, _, _ in .float(try intToDouble(v)) }
        t.native("__bool__", .slot(0), I) { ts, v, _, _ in .bool(try ts.isTrue(v)) }
        t.native("__neg__", .slot(0), I) { ts, v, _, _ in try ts.negate(v) }
        t.native("__pos__", .slot(0), I) { ts, v, _, _ in try ts.positive(v) }
        t.native("__invert__", .slot(0), I) { ts, v, _, _ in try ts.invert(v) }
        t.native("__abs__", .slot(0), I) { ts, v, _, _ in try BuiltinFunctions.abs(ts, [v], []) }
        t.native("__hash__", .slot(0), I) { _, v, _, _ in .int(try Hashing.hash(v)) }
        t.native("__repr__", .slot(0), I) { ts, v, _, _ in .str(try ts.repr(plainInt(v))) }
        t.native("__format__", .oneArg, I) { ts, v, args, _ in .str(try ts.format(v, try formatArgument(args[0]))) }

        let binary: [(String, BinaryOperation)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
            ("floordiv", .floorDivide), ("mod", .modulo), ("lshift", .leftShift), ("rshift", .rightShift),
            ("and", .bitAnd), ("or", .bitOr), ("xor", .bitXor),
        ]
        for (name, op) in binary {
            t.native("__\(name)__", .slot(1), I) { ts, v, args, _ in
                guard IntegerArithmetic.isIntLike(args[0]) else { return pyNotImplemented }
                return try ts.binaryOperation(plainInt(v), plainInt(args[0]), op)
            }
            t.native("__r\(name)__", .slot(1), I) { ts, v, args, _ in
                guard IntegerArithmetic.isIntLike(args[0]) else { return pyNotImplemented }
                return try ts.binaryOperation(plainInt(args[0]), plainInt(v), op)
            }
        }
        t.native("__divmod__", .slot(1), I) { ts, v, args, _ in
            guard IntegerArithmetic.isIntLike(args[0]) else { return pyNotImplemented }
            return try divmod(ts, v, args[0])
        }
        t.native("__rdivmod__", .slot(1), I) { ts, v, args, _ in
            guard IntegerArithmetic.isIntLike(args[0]) else { return pyNotImplemented }
            return try divmod(ts, args[0], v)
        }
        t.native("__pow__", .slotRange(1, 2), I) { ts, v, args, _ in
            try intPower(ts, v, args[0], args.count > 1 ? args[1] : .none)
        }
        t.native("__rpow__", .slotRange(1, 2), I) { ts, v, args, _ in
            try intPower(ts, args[0], v, args.count > 1 ? args[1] : .none)
        }
        installComparisons(t, I) { IntegerArithmetic.isIntLike($0) }
    }

    private static func divmod(_ ts: ThreadState, _ a: Value, _ b: Value) throws -> Value {
        let q = try ts.binaryOperation(plainInt(a), plainInt(b), .floorDivide)
        let r = try ts.binaryOperation(plainInt(a), plainInt(b), .modulo)
        return .tuple([q, r])
    }

    /// int.__pow__(base, exp, mod): NotImplemented unless every operand is an int (or mod is None).
    private static func intPower(_ ts: ThreadState, _ base: Value, _ exp: Value, _ mod: Value) throws -> Value {
        guard IntegerArithmetic.isIntLike(base), IntegerArithmetic.isIntLike(exp) else { return pyNotImplemented }
        if mod.isNone { return try ts.binaryOperation(plainInt(base), plainInt(exp), .power) }
        guard IntegerArithmetic.isIntLike(mod) else { return pyNotImplemented }
        return try IntegerArithmetic.powerModulo(bigValue(base), bigValue(exp), bigValue(mod))
    }

    /// The six comparisons against operands `accepts` allows; NotImplemented for others.
    private static func installComparisons<R>(_ t: PyType, _ extract: @escaping (Value) -> R?,
                                              _ accepts: @escaping (Value) -> Bool) {
        let ops: [(String, RichComparison)] = [("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                                               ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)]
        for (name, op) in ops {
            t.native(name, .slot(1), { v in extract(v).map { _ in v } }) { ts, v, args, _ in
                guard accepts(args[0]) else { return pyNotImplemented }
                return .bool(try ts.compareBool(v, args[0], op))
            }
        }
    }

    private static func byteOrder(_ v: Value?, _ fname: String) throws -> Bool {
        guard let v = v else { return false }
        guard case .object(let s as PyStr) = v else {
            throw PyException.typeError("\(fname)() argument 'byteorder' must be str, not \(typeOf(v).name)")
        }
        switch s.value {
        case "little": return true
        case "big": return false
        default: throw PyException.valueError("byteorder must be either 'little' or 'big'")
        }
    }

    /// int.to_bytes: two's complement when signed, with CPython's overflow errors.
    static func toBytes(_ n: BigInt, length: Int, little: Bool, signed: Bool) throws -> [UInt8] {
        if n.sign == .minus && !signed { throw PyException.overflowError("can't convert negative int to unsigned") }
        // Bits needed: magnitude bits, plus a sign bit when signed (two's complement).
        let negative = n.sign == .minus && !n.isZero
        // A negative n is stored as the complement of |n| - 1, which needs no 2^(8*length) number.
        let stored: BigUInt = negative ? n.magnitude - 1 : n.magnitude
        // 0 and -1 fit in zero bytes (CPython's quirk for -1 included).
        let needed = stored.isZero ? 0 : stored.bitWidth + (signed ? 1 : 0)
        let (available, overflow) = length.multipliedReportingOverflow(by: 8)
        if !overflow && needed > available { throw PyException.overflowError("int too big to convert") }
        if length > IntegerArithmetic.maximumElements { throw PyException(BuiltinTypes.memoryError, "") }
        var out = [UInt8](repeating: negative ? 0xFF : 0, count: length)
        var i = 0
        outer: for word in stored.words {
            var w = word
            for _ in 0..<(UInt.bitWidth / 8) {
                guard i < length else { break outer }
                let byte = UInt8(truncatingIfNeeded: w)
                out[i] = negative ? ~byte : byte
                w >>= 8
                i += 1
            }
        }
        return little ? out : out.reversed()
    }

    static func fromBytes(_ bytes: [UInt8], little: Bool, signed: Bool) -> BigInt {
        // Pack the bytes, least significant first, into machine words.
        let littleEndian = little ? bytes : Array(bytes.reversed())
        var words = [UInt](repeating: 0, count: (littleEndian.count + 7) / 8)
        for (i, b) in littleEndian.enumerated() { words[i / 8] |= UInt(b) << UInt((i % 8) * 8) }
        var n = BigInt(sign: .plus, magnitude: BigUInt(words: words))
        if signed, let top = littleEndian.last, top & 0x80 != 0 { n -= BigInt(1) << (bytes.count * 8) }
        return n
    }

    /// The bytes of from_bytes' argument: bytes, or an iterable of ints in range(256).
    private static func byteSource(_ ts: ThreadState, _ v: Value) throws -> [UInt8] {
        switch v {
        case .object(let b as PyBytes): return b.value
        case .object(is PyStr), .int, .bool, .float, .none, .object(is PyBigInt):
            throw PyException.typeError("cannot convert '\(typeOf(v).name)' object to bytes")
        default:
            var out: [UInt8] = []
            let it: Value
            do { it = try ts.getIterator(v) } catch let e as PyException where e.isInstance(of: BuiltinTypes.typeError) {
                throw PyException.typeError("cannot convert '\(typeOf(v).name)' object to bytes")
            }
            try ts.forEachItemPolling(it) { x in
                let i = try ts.index(x)
                guard (0...255).contains(i) else { throw PyException.valueError("bytes must be in range(0, 256)") }
                out.append(UInt8(i))
                if out.count > IntegerArithmetic.maximumElements { throw PyException(BuiltinTypes.memoryError, "") }
            }
            return out
        }
    }

    // MARK: bool

    private static func installBool() {
        let t = BuiltinTypes.bool
        t.native("__repr__", .slot(0), boolReceiver) { _, b, _, _ in .str(b ? "True" : "False") }
        let ops: [(String, BinaryOperation)] = [("and", .bitAnd), ("or", .bitOr), ("xor", .bitXor)]
        for (name, op) in ops {
            for reflected in [false, true] {
                t.native(reflected ? "__r\(name)__" : "__\(name)__", .slot(1), boolReceiver) { ts, b, args, _ in
                    // bool op bool stays a bool; with any other int it is int arithmetic.
                    if case .bool(let o) = args[0] {
                        switch op {
                        case .bitAnd: return .bool(b && o)
                        case .bitOr: return .bool(b || o)
                        default: return .bool(b != o)
                        }
                    }
                    guard IntegerArithmetic.isIntLike(args[0]) else { return pyNotImplemented }
                    let mine = Value.int(b ? 1 : 0)
                    return try ts.binaryOperation(reflected ? args[0] : mine, reflected ? mine : args[0], op)
                }
            }
        }
    }

    // MARK: float

    private static func installFloat() {
        let t = BuiltinTypes.float
        let F = floatReceiver

        t.native("is_integer", .noArgs, F) { _, d, _, _ in .bool(d.isFinite && d == d.rounded(.towardZero)) }
        t.native("as_integer_ratio", .noArgs, F) { _, d, _, _ in
            let (n, m) = try integerRatio(d)
            return .tuple([.int(n), .int(m)])
        }
        t.native("hex", .noArgs, F) { _, d, _, _ in .str(floatHex(d)) }
        t.classMethod("fromhex") { _, args, kwargs in
            let rest = Array(args.dropFirst())
            try MethodSignature.oneArg.check("float", "fromhex", rest, kwargs)
            guard case .object(let s as PyStr) = rest[0] else {
                throw PyException.typeError("bad argument type for built-in operation")
            }
            return .float(try floatFromHex(s.value))
        }
        t.native("conjugate", .noArgs, F) { _, d, _, _ in .float(d) }
        t.native("__trunc__", .noArgs, F) { _, d, _, _ in try doubleToInt(d) }
        t.native("__floor__", .noArgs, F) { _, d, _, _ in try doubleToInt(d.rounded(.down)) }
        t.native("__ceil__", .noArgs, F) { _, d, _, _ in try doubleToInt(d.rounded(.up)) }
        t.native("__int__", .slot(0), F) { _, d, _, _ in try doubleToInt(d) }
        t.native("__float__", .slot(0), F) { _, d, _, _ in .float(d) }
        t.native("__round__", .positional(0, 1), F) { ts, d, args, _ in
            try BuiltinFunctions.round(ts, [.float(d)] + args, [])
        }
        t.native("__bool__", .slot(0), F) { _, d, _, _ in .bool(d != 0) }
        t.native("__neg__", .slot(0), F) { _, d, _, _ in .float(-d) }
        t.native("__pos__", .slot(0), F) { _, d, _, _ in .float(d) }
        t.native("__abs__", .slot(0), F) { _, d, _, _ in .float(Swift.abs(d)) }
        t.native("__hash__", .slot(0), F) { _, d, _, _ in .int(Hashing.hashDouble(d)) }
        t.native("__repr__", .slot(0), F) { _, d, _, _ in .str(pythonFloatRepr(d)) }
        t.native("__format__", .oneArg, F) { ts, d, args, _ in .str(try ts.format(.float(d), try formatArgument(args[0]))) }

        let isNumber: (Value) -> Bool = { v in
            if case .float = v { return true }
            return IntegerArithmetic.isIntLike(v)
        }
        let binary: [(String, BinaryOperation)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
            ("floordiv", .floorDivide), ("mod", .modulo),
        ]
        for (name, op) in binary {
            t.native("__\(name)__", .slot(1), F) { ts, d, args, _ in
                guard isNumber(args[0]) else { return pyNotImplemented }
                return try ts.binaryOperation(.float(d), .float(try floatOperand(args[0])), op)
            }
            t.native("__r\(name)__", .slot(1), F) { ts, d, args, _ in
                guard isNumber(args[0]) else { return pyNotImplemented }
                return try ts.binaryOperation(.float(try floatOperand(args[0])), .float(d), op)
            }
        }
        t.native("__divmod__", .slot(1), F) { ts, d, args, _ in
            guard isNumber(args[0]) else { return pyNotImplemented }
            return try floatDivmod(ts, d, try floatOperand(args[0]))
        }
        t.native("__rdivmod__", .slot(1), F) { ts, d, args, _ in
            guard isNumber(args[0]) else { return pyNotImplemented }
            return try floatDivmod(ts, try floatOperand(args[0]), d)
        }
        for reflected in [false, true] {
            t.native(reflected ? "__rpow__" : "__pow__", .slotRange(1, 2), F) { ts, d, args, _ in
                if args.count > 1 && !args[1].isNone {
                    throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                guard isNumber(args[0]) else { return pyNotImplemented }
                let o = try floatOperand(args[0])
                return try ts.binaryOperation(.float(reflected ? o : d), .float(reflected ? d : o), .power)
            }
        }
        installComparisons(t, F, isNumber)
    }

    private static func floatOperand(_ v: Value) throws -> Double {
        if case .float(let d) = v { return d }
        return try intToDouble(v)
    }

    private static func floatDivmod(_ ts: ThreadState, _ x: Double, _ y: Double) throws -> Value {
        if y == 0 { throw PyException.zeroDivision("float divmod()") }
        let q = try ts.binaryOperation(.float(x), .float(y), .floorDivide)
        let r = try ts.binaryOperation(.float(x), .float(y), .modulo)
        return .tuple([q, r])
    }

    /// float.as_integer_ratio: the exact value as a fraction in lowest terms.
    static func integerRatio(_ d: Double) throws -> (BigInt, BigInt) {
        if d.isNaN { throw PyException.valueError("cannot convert NaN to integer ratio") }
        if d.isInfinite { throw PyException.overflowError("cannot convert Infinity to integer ratio") }
        if d == 0 { return (0, 1) }
        var mantissa: UInt64
        var exponent: Int
        if d.isSubnormal {
            mantissa = d.significandBitPattern
            exponent = -1074
        } else {
            mantissa = (1 << 52) | d.significandBitPattern
            exponent = Int(d.exponent) - 52
        }
        let zeros = mantissa.trailingZeroBitCount
        mantissa >>= UInt64(zeros)
        exponent += zeros
        var numerator = BigInt(mantissa)
        var denominator = BigInt(1)
        if exponent >= 0 { numerator <<= exponent } else { denominator <<= -exponent }
        if d < 0 { numerator = -numerator }
        return (numerator, denominator)
    }

    /// float.hex, digit for digit as CPython's float_hex writes it.
    static func floatHex(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
        let (fraction, exp) = Glibc.frexp(Swift.abs(x))
        let shift = 1 - max(-1021 - exp, 0)
        var m = Glibc.scalbn(fraction, shift)
        let e = exp - shift
        let digits = Array("0123456789abcdef")
        var s = String(digits[Int(m)])
        m -= Double(Int(m))
        s += "."
        for _ in 0..<13 {
            m *= 16
            s.append(digits[Int(m)])
            m -= Double(Int(m))
        }
        let sign = x < 0 ? "-" : ""
        return "\(sign)0x\(s)p\(e < 0 ? "-" : "+")\(Swift.abs(e))"
    }

    /// float.fromhex: parses [sign] ['0x'] hex digits ['.' hex digits] ['p' exponent], or
    /// inf/nan, and rounds half-even to the nearest double.
    static func floatFromHex(_ text: String) throws -> Double {
        let invalid = PyException.valueError("invalid hexadecimal floating-point string")
        var chars = Array(text.unicodeScalars)
        while let f = chars.first, PythonTextCharacters.isNumberWhitespace(f) { chars.removeFirst() }
        while let l = chars.last, PythonTextCharacters.isNumberWhitespace(l) { chars.removeLast() }
        var i = 0
        var negative = false
        if i < chars.count, chars[i] == "-" || chars[i] == "+" {
            negative = chars[i] == "-"
            i += 1
        }
        let rest = String(String.UnicodeScalarView(chars[i...])).lowercased()
        if rest == "inf" || rest == "infinity" { return negative ? -.infinity : .infinity }
        if rest == "nan" { return .nan }
        if i + 1 < chars.count, chars[i] == "0", chars[i + 1] == "x" || chars[i + 1] == "X" { i += 2 }
        func hexValue(_ c: Unicode.Scalar) -> UInt8? {
            switch c {
            case "0"..."9": return UInt8(c.value - 48)
            case "a"..."f": return UInt8(c.value - 87)
            case "A"..."F": return UInt8(c.value - 55)
            default: return nil
            }
        }
        // Only the first 30 significant digits (120 bits, far more than a double keeps) are
        // accumulated; later ones only matter as a sticky bit, so long inputs stay linear.
        var mantissa = BigUInt(0)
        var significantDigits = 0
        var sticky = false
        var digitCount = 0
        var fractionDigits = 0
        var droppedIntegerDigits = 0
        var seenPoint = false
        while i < chars.count {
            if let h = hexValue(chars[i]) {
                if significantDigits < 30 {
                    if !mantissa.isZero || h != 0 {
                        mantissa = (mantissa << 4) | BigUInt(h)
                        significantDigits += 1
                    }
                    if seenPoint { fractionDigits += 1 }
                } else {
                    if h != 0 { sticky = true }
                    if !seenPoint { droppedIntegerDigits += 1 }
                }
                digitCount += 1
            } else if chars[i] == ".", !seenPoint {
                seenPoint = true
            } else {
                break
            }
            i += 1
        }
        if digitCount == 0 { throw invalid }
        var exponent = 0
        if i < chars.count, chars[i] == "p" || chars[i] == "P" {
            i += 1
            var expNegative = false
            if i < chars.count, chars[i] == "-" || chars[i] == "+" {
                expNegative = chars[i] == "-"
                i += 1
            }
            var expDigits = 0
            while i < chars.count, let d = PythonTextCharacters.decimalValue(chars[i]), chars[i].isASCII {
                // Saturate: anything this large over- or underflows anyway.
                if exponent < 1 << 40 { exponent = exponent * 10 + d }
                expDigits += 1
                i += 1
            }
            if expDigits == 0 { throw invalid }
            if expNegative { exponent = -exponent }
        }
        if i != chars.count { throw invalid }
        if mantissa.isZero { return negative ? -0.0 : 0.0 }
        // value = mantissa * 2^e, rounded to 53 bits (fewer for subnormals).
        var e = exponent - 4 * fractionDigits + 4 * droppedIntegerDigits
        if sticky {
            mantissa = (mantissa << 1) | 1
            e -= 1
        }
        let top = mantissa.bitWidth + e
        if top > 1024 { throw PyException.overflowError("hexadecimal value too large to represent as a float") }
        let lsb = max(top - 53, -1074)
        var q: BigUInt
        if e >= lsb {
            q = mantissa << (e - lsb)
        } else {
            let shift = lsb - e
            if shift > mantissa.bitWidth + 1 {
                q = 0
            } else {
                q = mantissa >> shift
                let remainder = mantissa - (q << shift)
                let half = BigUInt(1) << (shift - 1)
                if remainder > half || (remainder == half && q.words.first.map({ $0 & 1 == 1 }) ?? false) { q += 1 }
            }
        }
        let significand = Double(UInt64(q.words.first ?? 0))
        let result = Double(sign: negative ? .minus : .plus, exponent: lsb, significand: significand)
        if result.isInfinite { throw PyException.overflowError("hexadecimal value too large to represent as a float") }
        return result
    }
}
