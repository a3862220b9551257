/// Options of CPython's `PyOS_double_to_string` (the `Py_DTSF_*` flags).
struct DoubleToStringFlags {
    var alwaysAddSign = false
    /// Keep a ".0" on integral results (repr and format type "").
    var addDotZero = false
    /// '#': keep the point and, for 'g', trailing zeros.
    var alternate = false
    /// 'z': a result that rounds to zero loses its minus sign.
    var noNegativeZero = false
}

/// Written for the tutor to behave like CPython's `PyOS_double_to_string`/`format_float_short`: every float-to-text
/// conversion (repr, format(), %-formatting) goes through here so they agree exactly.
/// - Parameters:
///   - code: one of e E f F g G r ('r' = repr; precision must be 0).
///   - precision: 0...Int32.max.
func pythonDoubleToString(_ x: Double, code: Unicode.Scalar, precision: Int, flags: DoubleToStringFlags = DoubleToStringFlags()) throws -> String {
    var uppercase = false
    var code = code
    var precision = precision
    let mode: Int
    switch code {
    case "E", "e":
        uppercase = code == "E"
        code = "e"
        mode = 2
        precision += 1
    case "F", "f":
        uppercase = code == "F"
        code = "f"
        mode = 3
    case "G", "g":
        uppercase = code == "G"
        code = "g"
        mode = 2
        if precision == 0 { precision = 1 }
    default:
        code = "r"
        mode = 0
    }

    if x.isNaN {
        // CPython never prints a sign on a nan.
        return uppercase ? "NAN" : "nan"
    }
    if x.isInfinite {
        let sign = x < 0 ? "-" : (flags.alwaysAddSign ? "+" : "")
        return sign + (uppercase ? "INF" : "inf")
    }

    let decimal: DoubleDecimalDigits
    switch mode {
    case 0: decimal = .shortest(x)
    case 2: decimal = .significant(x, count: precision)
    default: decimal = .fixed(x, fractionDigits: precision)
    }
    return try layoutDecimalDigits(decimal, code: code, precision: precision, uppercase: uppercase, flags: flags)
}

/// The layout half of `format_float_short`: pads the digit string with virtual zeros on
/// either side and places the point and exponent.
private func layoutDecimalDigits(_ decimal: DoubleDecimalDigits, code: Unicode.Scalar, precision: Int, uppercase: Bool, flags: DoubleToStringFlags) throws -> String {
    let digits = decimal.digits
    let digitCount = digits.count
    var decimalPoint = decimal.decimalPoint
    var isNegative = decimal.isNegative
    if flags.noNegativeZero && isNegative && decimal.isZero {
        isNegative = false
    }

    var useExponent = false
    var virtualEnd = digitCount
    switch code {
    case "e":
        useExponent = true
        virtualEnd = precision
    case "f":
        virtualEnd = decimalPoint + precision
    case "g":
        if decimalPoint <= -4 || decimalPoint > (flags.addDotZero ? precision - 1 : precision) {
            useExponent = true
        }
        if flags.alternate { virtualEnd = precision }
    default: // "r"
        // Exponent notation from 1e16 on, where a padded shortest repr would show bogus zeros.
        if decimalPoint <= -4 || decimalPoint > 16 { useExponent = true }
    }

    var exponent = 0
    if useExponent {
        exponent = decimalPoint - 1
        decimalPoint = 1
    }
    // Keep virtualStart < decimalPoint <= virtualEnd (strictly less with ".0" added).
    let virtualStart = decimalPoint <= 0 ? decimalPoint - 1 : 0
    if !useExponent && flags.addDotZero {
        virtualEnd = max(virtualEnd, decimalPoint + 1)
    } else {
        virtualEnd = max(virtualEnd, decimalPoint)
    }

    try FormatLimits.checkLength(virtualEnd - virtualStart + 8)
    var out: [UInt8] = []
    out.reserveCapacity(virtualEnd - virtualStart + 8)
    func appendZeros(_ count: Int) {
        if count > 0 { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count)) }
    }

    if isNegative {
        out.append(UInt8(ascii: "-"))
    } else if flags.alwaysAddSign {
        out.append(UInt8(ascii: "+"))
    }
    if decimalPoint <= 0 {
        appendZeros(decimalPoint - virtualStart)
        out.append(UInt8(ascii: "."))
        appendZeros(-decimalPoint)
    } else {
        appendZeros(-virtualStart)
    }
    if decimalPoint > 0 && decimalPoint <= digitCount {
        out.append(contentsOf: digits[0..<decimalPoint])
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: digits[decimalPoint...])
    } else {
        out.append(contentsOf: digits)
    }
    if digitCount < decimalPoint {
        appendZeros(decimalPoint - digitCount)
        out.append(UInt8(ascii: "."))
        appendZeros(virtualEnd - decimalPoint)
    } else {
        appendZeros(virtualEnd - digitCount)
    }
    if out.last == UInt8(ascii: ".") && !flags.alternate {
        out.removeLast()
    }
    if useExponent {
        out.append(uppercase ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let magnitude = String(exponent.magnitude)
        if magnitude.utf8.count < 2 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: magnitude.utf8)
    }
    return String(decoding: out, as: UTF8.self)
}
