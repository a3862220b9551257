/// `repr(float)`: the shortest digits that round-trip, in exponent notation when the
/// decimal exponent is < -4 or >= 16, always with a ".0" when integral.
public func pythonFloatRepr(_ x: Double) -> String {
    // Common small integral values skip digit generation entirely.
    if x.isFinite, x == x.rounded(.towardZero), abs(x) < 1e15, !(x == 0 && x.sign == .minus) {
        return String(Int64(x)) + ".0"
    }
    var flags = DoubleToStringFlags()
    flags.addDotZero = true
    // Cannot throw: repr output is at most a few dozen characters.
    return (try? pythonDoubleToString(x, code: "r", precision: 0, flags: flags)) ?? x.description
}

/// `str(float)`, identical to repr since Python 3.2.
public func pythonFloatStr(_ x: Double) -> String {
    pythonFloatRepr(x)
}
