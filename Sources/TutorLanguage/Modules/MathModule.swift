import BigInt
import Glibc

/// The `math` module. Error handling follows CPython's mathmodule.c: a NaN from a non-NaN
/// argument is "math domain error" (ValueError), an infinity from finite arguments is
/// "math range error" (OverflowError) where the function can overflow and a domain error
/// (a singularity) where it cannot.
enum MathModule {
    static func make(_ ts: ThreadState) throws -> PyModule {
        let m = PyModule(name: "math")
        let d = m.dict
        func add(_ name: String, _ body: @escaping NativeFunction) {
            d.setString(name, .object(PyBuiltinFunction(name: name, body)))
        }

        d.setString("pi", .float(Double.pi))
        d.setString("e", .float(2.718281828459045))
        d.setString("tau", .float(2 * Double.pi))
        d.setString("inf", .float(.infinity))
        d.setString("nan", .float(.nan))

        // One-argument functions in the style of CPython's math_1.
        let unary: [(String, Bool, (Double) -> Double)] = [
            ("sqrt", false, { Glibc.sqrt($0) }), ("exp", true, { Glibc.exp($0) }),
            ("exp2", true, { Glibc.exp2($0) }), ("expm1", true, { Glibc.expm1($0) }),
            ("fabs", false, { Swift.abs($0) }), ("cbrt", false, { Glibc.cbrt($0) }),
            ("sin", false, { Glibc.sin($0) }), ("cos", false, { Glibc.cos($0) }),
            ("tan", false, { Glibc.tan($0) }), ("asin", false, { Glibc.asin($0) }),
            ("acos", false, { Glibc.acos($0) }), ("atan", false, { Glibc.atan($0) }),
            ("sinh", true, { Glibc.sinh($0) }), ("cosh", true, { Glibc.cosh($0) }),
            ("tanh", false, { Glibc.tanh($0) }), ("asinh", false, { Glibc.asinh($0) }),
            ("acosh", false, { Glibc.acosh($0) }), ("atanh", false, { Glibc.atanh($0) }),
            ("erf", false, { Glibc.erf($0) }), ("erfc", false, { Glibc.erfc($0) }),
            ("log1p", false, { Glibc.log1p($0) }),
        ]
        for (name, canOverflow, f) in unary {
            add(name) { ts, args, kw in
                try oneArgument(name, args, kw)
                let x = try real(ts, args[0])
                return .float(try checked(f(x), x, canOverflow: canOverflow))
            }
        }
        add("gamma") { ts, args, kw in
            try oneArgument("gamma", args, kw)
            return .float(try Gamma.gamma(try real(ts, args[0])))
        }
        add("lgamma") { ts, args, kw in
            try oneArgument("lgamma", args, kw)
            return .float(try Gamma.logGamma(try real(ts, args[0])))
        }
        for (name, f) in [("log2", { Glibc.log2($0) }), ("log10", { Glibc.log10($0) })] as [(String, (Double) -> Double)] {
            add(name) { ts, args, kw in
                try oneArgument(name, args, kw)
                return .float(try logarithm(ts, args[0], f))
            }
        }
        add("log") { ts, args, kw in
            if !kw.isEmpty { throw PyException.typeError("math.log() takes no keyword arguments") }
            guard args.count == 1 || args.count == 2 else { throw PyException.typeError("math.log requires 1 to 2 arguments") }
            let num = try logarithm(ts, args[0]) { Glibc.log($0) }
            guard args.count == 2 else { return .float(num) }
            let den = try logarithm(ts, args[1]) { Glibc.log($0) }
            if den == 0 { throw PyException.zeroDivision("float division by zero") }
            return .float(num / den)
        }

        // Two-argument functions in the style of math_2.
        let binary: [(String, (Double, Double) -> Double)] = [
            ("atan2", { Glibc.atan2($0, $1) }), ("copysign", { Glibc.copysign($0, $1) }),
            ("remainder", { Glibc.remainder($0, $1) }), ("nextafter", { Glibc.nextafter($0, $1) }),
        ]
        for (name, f) in binary {
            add(name) { ts, args, kw in
                try positional(name, args, kw, 2, 2)
                let x = try real(ts, args[0]), y = try real(ts, args[1])
                let r = f(x, y)
                if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
                if r.isInfinite && x.isFinite && y.isFinite { throw rangeError() }
                return .float(r)
            }
        }
        add("fmod") { ts, args, kw in
            try positional("fmod", args, kw, 2, 2)
            let x = try real(ts, args[0]), y = try real(ts, args[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Glibc.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
            return .float(r)
        }
        add("pow") { ts, args, kw in
            try positional("pow", args, kw, 2, 2)
            return .float(try power(try real(ts, args[0]), try real(ts, args[1])))
        }
        add("ldexp") { ts, args, kw in
            try positional("ldexp", args, kw, 2, 2)
            let x = try real(ts, args[0])
            guard let big = IntegerArithmetic.big(args[1]) else {
                throw PyException.typeError("Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            // Exponents beyond ±2^20 over- or underflow every double.
            let exp = Int(clamping: max(min(big, BigInt(1 << 20)), BigInt(-(1 << 20))))
            let r = Glibc.scalbn(x, exp)
            if r.isInfinite { throw rangeError() }
            return .float(r)
        }
        add("frexp") { ts, args, kw in
            try oneArgument("frexp", args, kw)
            let x = try real(ts, args[0])
            if x.isNaN || x.isInfinite || x == 0 { return .tuple([.float(x), .int(0)]) }
            // Swift's frexp(Double) returns |mantissa|; the sign is put back here.
            let (m, e) = Glibc.frexp(Swift.abs(x))
            return .tuple([.float(x < 0 ? -m : m), .int(e)])
        }
        add("modf") { ts, args, kw in
            try oneArgument("modf", args, kw)
            let x = try real(ts, args[0])
            if x.isInfinite { return .tuple([.float(Glibc.copysign(0, x)), .float(x)]) }
            if x.isNaN { return .tuple([.float(x), .float(x)]) }
            let whole = x.rounded(.towardZero)
            return .tuple([.float(Glibc.copysign(x - whole, x)), .float(whole)])
        }
        add("ulp") { ts, args, kw in
            try oneArgument("ulp", args, kw)
            var x = try real(ts, args[0])
            if x.isNaN { return .float(x) }
            x = Swift.abs(x)
            if x.isInfinite { return .float(x) }
            if x == .greatestFiniteMagnitude { return .float(x - x.nextDown) }
            return .float(x.nextUp - x)
        }
        add("degrees") { ts, args, kw in
            try oneArgument("degrees", args, kw)
            return .float(try real(ts, args[0]) * (180.0 / Double.pi))
        }
        add("radians") { ts, args, kw in
            try oneArgument("radians", args, kw)
            return .float(try real(ts, args[0]) * (Double.pi / 180.0))
        }
        add("isnan") { ts, args, kw in
            try oneArgument("isnan", args, kw)
            return .bool(try real(ts, args[0]).isNaN)
        }
        add("isinf") { ts, args, kw in
            try oneArgument("isinf", args, kw)
            return .bool(try real(ts, args[0]).isInfinite)
        }
        add("isfinite") { ts, args, kw in
            try oneArgument("isfinite", args, kw)
            return .bool(try real(ts, args[0]).isFinite)
        }
        add("isclose") { ts, args, kw in
            let a = try ClinicArguments.bind("isclose", args, kw, names: ["a", "b", "rel_tol", "abs_tol"],
                                             maxPositional: 2, required: 2)
            let x = try real(ts, a[0] ?? .none), y = try real(ts, a[1] ?? .none)
            let rel = try a[2].map { try real(ts, $0) } ?? 1e-9
            let abs = try a[3].map { try real(ts, $0) } ?? 0.0
            if rel < 0 || abs < 0 { throw PyException.valueError("tolerances must be non-negative") }
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = Swift.abs(y - x)
            return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= abs)
        }

        // Functions returning ints.
        add("floor") { ts, args, kw in
            try oneArgument("floor", args, kw)
            return try rounding(ts, args[0], "__floor__") { $0.rounded(.down) }
        }
        add("ceil") { ts, args, kw in
            try oneArgument("ceil", args, kw)
            return try rounding(ts, args[0], "__ceil__") { $0.rounded(.up) }
        }
        add("trunc") { ts, args, kw in
            try oneArgument("trunc", args, kw)
            let x = args[0]
            if case .float(let f) = x { return try NumberMethods.doubleToInt(f) }
            if IntegerArithmetic.isIntLike(x) { return NumberMethods.plainInt(x) }
            let t = typeOf(x)
            if !t.isBuiltin, let m = t.lookup("__trunc__") { return try ts.callDescriptor(m, x, []) }
            throw PyException.typeError("type \(t.name) doesn't define __trunc__ method")
        }
        add("factorial") { ts, args, kw in
            try oneArgument("factorial", args, kw)
            let n = try integer(ts, args[0])
            if n.sign == .minus { throw PyException.valueError("factorial() not defined for negative values") }
            guard let small = Int(exactly: n) else {
                throw PyException.overflowError("factorial() argument should not exceed \(Int.max)")
            }
            // The tutor's own bound, so a typo cannot keep the interpreter busy for minutes.
            if small > factorialLimit {
                throw PyException.overflowError("factorial() argument should not exceed \(factorialLimit)")
            }
            return .int(rangeProduct(BigInt(1), count: small))
        }
        add("isqrt") { ts, args, kw in
            try oneArgument("isqrt", args, kw)
            let n = try integer(ts, args[0])
            if n.sign == .minus { throw PyException.valueError("isqrt() argument must be nonnegative") }
            return .int(BigInt(integerSquareRoot(n.magnitude)))
        }
        add("gcd") { ts, args, kw in
            if !kw.isEmpty { throw PyException.typeError("math.gcd() takes no keyword arguments") }
            var g = BigUInt(0)
            for a in args { g = g.greatestCommonDivisor(with: try integer(ts, a).magnitude) }
            return .int(BigInt(g))
        }
        add("lcm") { ts, args, kw in
            if !kw.isEmpty { throw PyException.typeError("math.lcm() takes no keyword arguments") }
            var l = BigUInt(1)
            for a in args {
                let x = try integer(ts, a).magnitude
                if l.isZero || x.isZero {
                    l = 0
                    continue
                }
                l = l / l.greatestCommonDivisor(with: x) * x
                if l.bitWidth > 4_000_000 { throw PyException(BuiltinTypes.memoryError, "") }
            }
            return .int(BigInt(l))
        }
        add("comb") { ts, args, kw in
            try positional("comb", args, kw, 2, 2)
            return .int(try combinations(try integer(ts, args[0]), try integer(ts, args[1])))
        }
        add("perm") { ts, args, kw in
            try positional("perm", args, kw, 1, 2)
            let n = try integer(ts, args[0])
            let k = args.count > 1 && !args[1].isNone ? try integer(ts, args[1]) : nil
            return .int(try permutations(n, k))
        }

        // Functions over iterables and argument lists.
        add("prod") { ts, args, kw in
            let a = try ClinicArguments.bind("prod", args, kw, names: ["iterable", "start"], positionalOnly: 1,
                                             maxPositional: 1, required: 1)
            var result = a[1] ?? .int(1)
            try ts.forEachItemPolling(a[0] ?? .none) { result = try ts.binaryOperation(result, $0, .multiply) }
            return result
        }
        add("fsum") { ts, args, kw in
            try oneArgument("fsum", args, kw)
            return .float(try exactSum(ts, args[0]))
        }
        add("hypot") { ts, args, kw in
            if !kw.isEmpty { throw PyException.typeError("math.hypot() takes no keyword arguments") }
            let coordinates = try args.map { Swift.abs(try real(ts, $0)) }
            return .float(vectorNorm(coordinates))
        }
        add("dist") { ts, args, kw in
            try positional("dist", args, kw, 2, 2)
            let p = try ts.iterateToArray(args[0]), q = try ts.iterateToArray(args[1])
            guard p.count == q.count else {
                throw PyException.valueError("both points must have the same number of dimensions")
            }
            var diffs: [Double] = []
            for (x, y) in zip(p, q) { diffs.append(Swift.abs(try real(ts, x) - real(ts, y))) }
            return .float(vectorNorm(diffs))
        }
        return m
    }

    /// The tutor's bounds on factorial/comb/perm (CPython has none below 2**63). Big-int
    /// products here are far slower than CPython's, so without them a typo such as
    /// factorial(10**6) would keep a run busy for minutes. factorial(20000) has 77,338 digits.
    static let factorialLimit = 20_000
    /// Largest comb()/perm() computed, as an estimate of the product's size in bits.
    static let resultBitLimit = 300_000

    // MARK: argument handling

    private static func oneArgument(_ name: String, _ args: [Value], _ kw: KeywordArguments) throws {
        if !kw.isEmpty { throw PyException.typeError("math.\(name)() takes no keyword arguments") }
        if args.count != 1 {
            throw PyException.typeError("math.\(name)() takes exactly one argument (\(args.count) given)")
        }
    }

    private static func positional(_ name: String, _ args: [Value], _ kw: KeywordArguments, _ lo: Int, _ hi: Int) throws {
        if !kw.isEmpty { throw PyException.typeError("math.\(name)() takes no keyword arguments") }
        try ArgCheck.count(name, args, [], min: lo, max: hi)
    }

    /// A float argument, as PyFloat_AsDouble converts it (`__float__`, then `__index__`).
    static func real(_ ts: ThreadState, _ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int, .bool: return try NumberMethods.intToDouble(v)
        case .object(is PyBigInt): return try NumberMethods.intToDouble(v)
        case .object(let o) where !o.type.isBuiltin:
            let t = o.type!
            if let m = t.lookup("__float__") {
                let r = try ts.callDescriptor(m, v, [])
                guard case .float(let d) = r else {
                    throw PyException.typeError("\(t.name).__float__ returned non-float (type \(typeOf(r).name))")
                }
                return d
            }
            if t.lookup("__index__") != nil { return try NumberMethods.intToDouble(.int(try integer(ts, v))) }
        default:
            break
        }
        throw PyException.typeError("must be real number, not \(typeOf(v).name)")
    }

    /// An integer argument (`__index__` semantics), of any size.
    static func integer(_ ts: ThreadState, _ v: Value) throws -> BigInt {
        if let b = IntegerArithmetic.big(v) { return b }
        let t = typeOf(v)
        if !t.isBuiltin, let m = t.lookup("__index__") {
            let r = try ts.callDescriptor(m, v, [])
            guard let b = IntegerArithmetic.big(r) else {
                throw PyException.typeError("__index__ returned non-int (type \(typeOf(r).name))")
            }
            return b
        }
        throw PyException.typeError("'\(t.name)' object cannot be interpreted as an integer")
    }

    private static func domainError() -> PyException { PyException.valueError("math domain error") }
    private static func rangeError() -> PyException { PyException.overflowError("math range error") }

    /// math_1's verdict on f(x).
    private static func checked(_ r: Double, _ x: Double, canOverflow: Bool) throws -> Double {
        if r.isNaN && !x.isNaN { throw domainError() }
        if r.isInfinite && x.isFinite { throw canOverflow ? rangeError() : domainError() }
        return r
    }

    // MARK: algorithms

    /// log, log2, log10 of a float or of an int of any size (CPython's loghelper).
    private static func logarithm(_ ts: ThreadState, _ v: Value, _ f: (Double) -> Double) throws -> Double {
        if let n = IntegerArithmetic.big(v) {
            if n.sign == .minus || n.isZero { throw domainError() }
            if let x = try? pythonIntToDouble(n) { return f(x) }
            // Too big for a double: log(m * 2^e) = log(m) + e * log(2), with m in [0.5, 1).
            let bits = n.magnitude.bitWidth
            let shift = bits - 64
            var top = UInt64(truncatingIfNeeded: (n.magnitude >> shift).words.first ?? 0)
            if n.magnitude.trailingZeroBitCount < shift { top |= 1 }
            var m = Double(top) * 0x1p-64
            var e = bits
            if m == 1 {
                m = 0.5
                e += 1
            }
            return f(m) + f(2.0) * Double(e)
        }
        let x = try real(ts, v)
        if x.isNaN { return x }
        if x.isInfinite {
            if x > 0 { return x }
            throw domainError()
        }
        if x <= 0 { throw domainError() }
        return f(x)
    }

    /// math.pow with the IEEE special cases CPython handles itself.
    private static func power(_ x: Double, _ y: Double) throws -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let oddY = y.isFinite && Glibc.fmod(Swift.abs(y), 2) == 1
                if y > 0 { return oddY ? x : Swift.abs(x) }
                if y == 0 { return 1 }
                return oddY ? Glibc.copysign(0, x) : 0
            }
            if Swift.abs(x) == 1 { return 1 }
            if y > 0 && Swift.abs(x) > 1 { return y }
            if y < 0 && Swift.abs(x) < 1 { return -y }
            return 0
        }
        let r = Glibc.pow(x, y)
        if r.isNaN { throw domainError() }
        if r.isInfinite { throw x == 0 ? domainError() : rangeError() }
        return r
    }

    /// floor/ceil: floats and ints directly, then `__floor__`/`__ceil__`, then via float.
    private static func rounding(_ ts: ThreadState, _ x: Value, _ dunder: String,
                                 _ f: (Double) -> Double) throws -> Value {
        if case .float(let d) = x { return try NumberMethods.doubleToInt(f(d)) }
        if IntegerArithmetic.isIntLike(x) { return NumberMethods.plainInt(x) }
        let t = typeOf(x)
        if !t.isBuiltin, let m = t.lookup(dunder) { return try ts.callDescriptor(m, x, []) }
        return try NumberMethods.doubleToInt(f(try real(ts, x)))
    }

    /// The product start * (start+1) * ... * (start+count-1), by splitting the range in
    /// halves so the big multiplications are balanced.
    static func rangeProduct(_ start: BigInt, count: Int) -> BigInt {
        if count <= 0 { return 1 }
        if count <= 16 {
            var r = start
            var i = 1
            while i < count {
                r *= start + BigInt(i)
                i += 1
            }
            return r
        }
        let half = count / 2
        return rangeProduct(start, count: half) * rangeProduct(start + BigInt(half), count: count - half)
    }

    /// A rough upper bound of log2(n * (n-1) * ... * (n-k+1)), to refuse giant results.
    private static func productBits(_ n: BigInt, _ k: Int) -> Double {
        Double(k) * Double(n.magnitude.bitWidth)
    }

    static func permutations(_ n: BigInt, _ k: BigInt?) throws -> BigInt {
        if n.sign == .minus { throw PyException.valueError("n must be a non-negative integer") }
        let kk = k ?? n
        if kk.sign == .minus { throw PyException.valueError("k must be a non-negative integer") }
        if kk > n { return 0 }
        guard let count = Int(exactly: kk) else {
            throw PyException.overflowError(k == nil ? "factorial() argument should not exceed \(Int.max)"
                                                     : "k must not exceed \(Int.max)")
        }
        if productBits(n, count) > Double(resultBitLimit) {
            throw PyException.overflowError("perm() result would be too large for the tutor")
        }
        return rangeProduct(n - BigInt(count) + 1, count: count)
    }

    static func combinations(_ n: BigInt, _ k: BigInt) throws -> BigInt {
        if n.sign == .minus { throw PyException.valueError("n must be a non-negative integer") }
        if k.sign == .minus { throw PyException.valueError("k must be a non-negative integer") }
        if k > n { return 0 }
        let smaller = Swift.min(k, n - k)
        guard let count = Int(exactly: smaller) else {
            throw PyException.overflowError("min(n - k, k) must not exceed \(Int.max)")
        }
        if count == 0 { return 1 }
        if productBits(n, count) > Double(resultBitLimit) {
            throw PyException.overflowError("comb() result would be too large for the tutor")
        }
        // n! / (n-k)! is divisible by k!: one exact division of two balanced products.
        return rangeProduct(n - BigInt(count) + 1, count: count) / rangeProduct(1, count: count)
    }

    /// floor(sqrt(n)) by CPython's isqrt algorithm: each step doubles the number of
    /// correct leading bits, so only the last division is full size.
    static func integerSquareRoot(_ n: BigUInt) -> BigUInt {
        if n.isZero { return 0 }
        let c = (n.bitWidth - 1) / 2
        var a = BigUInt(1)
        var d = 0
        for s in stride(from: Int.bitWidth - c.leadingZeroBitCount - 1, through: 0, by: -1) {
            let e = d
            d = c >> s
            a = (a << (d - e - 1)) + (n >> (2 * c - e - d + 1)) / a
        }
        return a * a > n ? a - 1 : a
    }

    /// math.fsum: Shewchuk's exact summation with CPython's final half-even correction.
    static func exactSum(_ ts: ThreadState, _ iterable: Value) throws -> Double {
        var partials: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        try ts.forEachItemPolling(iterable) { item in
            var x = try real(ts, item)
            let original = x
            var i = 0
            for j in 0..<partials.count {
                var y = partials[j]
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[i] = lo
                    i += 1
                }
                x = hi
            }
            partials.removeSubrange(i...)
            if x != 0 {
                if !x.isFinite {
                    // Either an infinity or NaN among the inputs, or an intermediate overflow.
                    if original.isFinite { throw PyException.overflowError("intermediate overflow in fsum") }
                    if original.isInfinite { infSum += original }
                    specialSum += original
                    partials.removeAll()
                } else {
                    partials.append(x)
                }
            }
        }
        if specialSum != 0 || specialSum.isNaN {
            if infSum.isNaN { throw PyException.valueError("-inf + inf in fsum") }
            return specialSum
        }
        var n = partials.count
        var hi = 0.0
        if n > 0 {
            n -= 1
            hi = partials[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = partials[n]
                hi = x + y
                lo = y - (hi - x)
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                if y == x - hi { hi = x }
            }
        }
        return hi
    }

    /// CPython's vector_norm: the correctly rounded Euclidean norm of non-negative values,
    /// using error-free products (fma) and compensated summation.
    static func vectorNorm(_ values: [Double]) -> Double {
        var vec = values
        let maximum = vec.max() ?? 0
        if maximum.isInfinite { return maximum }
        if vec.contains(where: { $0.isNaN }) { return .nan }
        if maximum == 0 || vec.count <= 1 { return maximum }
        let maxExponent = Glibc.frexp(maximum).1
        if maxExponent < -1023 {
            // ldexp(1, -maxExponent) would overflow: scale subnormals up first.
            let tiny = Double.leastNormalMagnitude
            for i in vec.indices { vec[i] /= tiny }
            return tiny * vectorNorm(vec)
        }
        let scale = Glibc.scalbn(1.0, -maxExponent)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for v in vec {
            let x = v * scale
            let (prHi, prLo) = exactProduct(x, x)
            let (smHi, smLo) = fastSum(csum, prHi)
            csum = smHi
            frac1 += prLo
            frac2 += smLo
        }
        var h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
        let (prHi, prLo) = exactProduct(-h, h)
        let (smHi, smLo) = fastSum(csum, prHi)
        csum = smHi
        frac1 += prLo
        frac2 += smLo
        let x = csum - 1.0 + (frac1 + frac2)
        h += x / (2.0 * h)
        return h / scale
    }

    private static func exactProduct(_ x: Double, _ y: Double) -> (Double, Double) {
        let z = x * y
        return (z, Glibc.fma(x, y, -z))
    }

    private static func fastSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let x = a + b
        return (x, (a - x) + b)
    }
}

/// gamma and lgamma by the Lanczos approximation with the coefficients CPython uses, instead of
/// libm so the digits printed agree with CPython's.
enum Gamma {
    private static let g = 6.024680040776729583740234375
    private static let gMinusHalf = 5.524680040776729583740234375
    private static let numerator: [Double] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    private static let denominator: [Double] = [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ]
    /// gamma(1) ... gamma(23), exactly.
    private static let integral: [Double] = {
        var out: [Double] = [1]
        for n in 1..<23 { out.append(out[n - 1] * Double(n)) }
        return out
    }()
    private static let logPi = 1.144729885849400174143427351353058711647

    private static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5 {
            for i in stride(from: numerator.count - 1, through: 0, by: -1) {
                num = num * x + numerator[i]
                den = den * x + denominator[i]
            }
        } else {
            for i in 0..<numerator.count {
                num = num / x + numerator[i]
                den = den / x + denominator[i]
            }
        }
        return num / den
    }

    /// sin(pi * x), accurate near the integers.
    private static func sinPi(_ x: Double) -> Double {
        let y = Glibc.fmod(Swift.abs(x), 2.0)
        let r: Double
        switch Int((2.0 * y).rounded()) {
        case 0: r = Glibc.sin(Double.pi * y)
        case 1: r = Glibc.cos(Double.pi * (y - 0.5))
        case 2: r = Glibc.sin(Double.pi * (1.0 - y))
        case 3: r = -Glibc.cos(Double.pi * (y - 1.5))
        default: r = Glibc.sin(Double.pi * (y - 2.0))
        }
        return Glibc.copysign(1.0, x) * r
    }

    static func gamma(_ x: Double) throws -> Double {
        let domain = PyException.valueError("math domain error")
        let range = PyException.overflowError("math range error")
        if !x.isFinite {
            if x.isNaN || x > 0 { return x }
            throw domain
        }
        if x == 0 { throw domain }
        if x == x.rounded(.down) {
            if x < 0 { throw domain }
            if x <= Double(integral.count) { return integral[Int(x) - 1] }
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 {
            let r = 1.0 / x
            if r.isInfinite { throw range }
            return r
        }
        if absx > 200 {
            if x < 0 { return 0.0 / sinPi(x) }
            throw range
        }
        let y = absx + gMinusHalf
        var z: Double
        if absx > gMinusHalf {
            let q = y - absx
            z = q - gMinusHalf
        } else {
            let q = y - gMinusHalf
            z = q - absx
        }
        z = z * g / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinPi(absx) / absx * Glibc.exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140 {
                r /= Glibc.pow(y, absx - 0.5)
            } else {
                let sqrtpow = Glibc.pow(y, absx / 2.0 - 0.25)
                r /= sqrtpow
                r /= sqrtpow
            }
        } else {
            r = lanczosSum(absx) / Glibc.exp(y)
            r += z * r
            if absx < 140 {
                r *= Glibc.pow(y, absx - 0.5)
            } else {
                let sqrtpow = Glibc.pow(y, absx / 2.0 - 0.25)
                r *= sqrtpow
                r *= sqrtpow
            }
        }
        if r.isInfinite { throw range }
        return r
    }

    static func logGamma(_ x: Double) throws -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2 {
            if x <= 0 { throw PyException.valueError("math domain error") }
            return 0
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 { return -Glibc.log(absx) }
        var r = Glibc.log(lanczosSum(absx)) - g
        r += (absx - 0.5) * (Glibc.log(absx + g - 0.5) - 1)
        if x < 0 { r = logPi - Glibc.log(Swift.abs(sinPi(absx))) - Glibc.log(absx) - r }
        if r.isInfinite { throw PyException.overflowError("math range error") }
        return r
    }
}
