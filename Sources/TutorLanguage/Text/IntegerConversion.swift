import BigInt

/// `str`/`bin`/`oct`/`hex` of an int: base 10 plain, bases 2, 8 and 16 with Python's
/// `0b`/`0o`/`0x` prefix after the sign (`-0x1f`). Other bases give bare lowercase digits.
public func pythonIntToString(_ v: BigInt, base: Int) -> String {
    if let small = Int(exactly: v) { return pythonIntToString(small, base: base) }
    let digits = bigMagnitudeDigits(v.magnitude, radix: validRadix(base))
    return (v.sign == .minus ? "-" : "") + basePrefix(base) + digits
}

/// Fast path of `pythonIntToString` for machine-sized ints.
public func pythonIntToString(_ v: Int, base: Int) -> String {
    if base == 10 { return String(v) }
    let digits = String(v.magnitude, radix: validRadix(base))
    return (v < 0 ? "-" : "") + basePrefix(base) + digits
}

private func basePrefix(_ base: Int) -> String {
    switch base {
    case 2: return "0b"
    case 8: return "0o"
    case 16: return "0x"
    default: return ""
    }
}

private func validRadix(_ base: Int) -> Int { min(max(base, 2), 36) }

/// `float(int)`: correctly rounded (half-even), raising CPython's OverflowError when the
/// value does not fit in a double.
public func pythonIntToDouble(_ v: BigInt) throws -> Double {
    if let small = Int(exactly: v) { return Double(small) }
    let magnitude = v.magnitude
    let bitCount = magnitude.bitWidth
    let overflow = FormatError.overflow("int too large to convert to float")
    if bitCount > 1024 { throw overflow }
    // Keep the top 64 bits and fold every lower bit into a sticky bit, so the single
    // UInt64 -> Double rounding below is the correct rounding of the whole value.
    let shift = bitCount - 64
    var top = UInt64((magnitude >> shift).words.first ?? 0)
    if magnitude.trailingZeroBitCount < shift { top |= 1 }
    let result = Double(sign: v.sign == .minus ? .minus : .plus, exponent: shift, significand: Double(top))
    if result.isInfinite { throw overflow }
    return result
}
