import BigInt

// `format(int, spec)` and `format(float, spec)`: ports of CPython's
// `format_long_internal` and `format_float_internal` (Python/formatter_unicode.c).
//
// An empty spec means `str(value)` in CPython *before* any parsing; the `spec: String`
// overloads do that for plain int/float, but a subclass such as bool must be handled by
// the caller (`format(True, '')` is 'True').

/// `format(v, spec)` for an int. `typeName` names the type in error messages ("bool"...).
public func formatInteger(_ v: BigInt, spec: FormatSpec, typeName: String = "int") throws -> String {
    try formatInteger(IntegerValue.big(v), spec: spec, typeName: typeName)
}

/// Fast path of `formatInteger` for machine-sized ints.
public func formatInteger(_ v: Int, spec: FormatSpec, typeName: String = "int") throws -> String {
    try formatInteger(IntegerValue.small(v), spec: spec, typeName: typeName)
}

public func formatInteger(_ v: BigInt, spec: String, typeName: String = "int") throws -> String {
    if spec.isEmpty { return pythonIntToString(v, base: 10) }
    return try formatInteger(v, spec: FormatSpec(parsing: spec, typeName: typeName), typeName: typeName)
}

public func formatInteger(_ v: Int, spec: String, typeName: String = "int") throws -> String {
    if spec.isEmpty { return String(v) }
    return try formatInteger(v, spec: FormatSpec(parsing: spec, typeName: typeName), typeName: typeName)
}

/// `format(v, spec)` for a float.
public func formatFloat(_ v: Double, spec: FormatSpec, typeName: String = "float") throws -> String {
    switch spec.type {
    case nil, "\u{0}", "e", "E", "f", "F", "g", "G", "n", "%":
        return try formatFloatInternal(v, spec: spec)
    case let type?:
        throw unknownFormatCode(type, typeName: typeName)
    }
}

public func formatFloat(_ v: Double, spec: String, typeName: String = "float") throws -> String {
    if spec.isEmpty { return pythonFloatStr(v) }
    return try formatFloat(v, spec: FormatSpec(parsing: spec, typeName: typeName), typeName: typeName)
}

func unknownFormatCode(_ type: Unicode.Scalar, typeName: String) -> FormatError {
    FormatError.value("Unknown format code '\(PythonTextCharacters.describeForError(type))' for object of type '\(typeName)'")
}

/// An int in either of the interpreter's representations.
private enum IntegerValue {
    case small(Int)
    case big(BigInt)

    var isNegative: Bool {
        switch self {
        case .small(let v): return v < 0
        case .big(let v): return v.sign == .minus && !v.isZero
        }
    }

    func magnitudeDigits(radix: Int, uppercase: Bool) -> String {
        switch self {
        case .small(let v): return String(v.magnitude, radix: radix, uppercase: uppercase)
        case .big(let v): return bigMagnitudeDigits(v.magnitude, radix: radix, uppercase: uppercase)
        }
    }

    var exactInt: Int? {
        switch self {
        case .small(let v): return v
        case .big(let v): return Int(exactly: v)
        }
    }

    func toDouble() throws -> Double {
        switch self {
        case .small(let v): return Double(v)
        case .big(let v): return try pythonIntToDouble(v)
        }
    }
}

private func formatInteger(_ value: IntegerValue, spec: FormatSpec, typeName: String) throws -> String {
    switch spec.type ?? "d" {
    case "b", "c", "d", "o", "x", "X", "n":
        return try formatIntegerInternal(value, spec: spec)
    case "e", "E", "f", "F", "g", "G", "%":
        return try formatFloatInternal(value.toDouble(), spec: spec)
    case let type:
        throw unknownFormatCode(type, typeName: typeName)
    }
}

private func formatIntegerInternal(_ value: IntegerValue, spec: FormatSpec) throws -> String {
    if spec.precision != nil {
        throw FormatError.value("Precision not allowed in integer format specifier")
    }
    if spec.noNegativeZero {
        throw FormatError.value("Negative zero coercion (z) not allowed in integer format specifier")
    }
    let type = spec.type ?? "d"
    var parts: FormattedNumberParts
    if type == "c" {
        if spec.signSpecified {
            throw FormatError.value("Sign not allowed with integer format specifier 'c'")
        }
        if spec.alternate {
            throw FormatError.value("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        parts = FormattedNumberParts(isNegative: false, integerDigits: [], remainder: try characterForCodePoint(value.exactInt))
    } else {
        let radix: Int
        let prefix: String
        switch type {
        case "b": radix = 2; prefix = "0b"
        case "o": radix = 8; prefix = "0o"
        case "x": radix = 16; prefix = "0x"
        case "X": radix = 16; prefix = "0X"
        default: radix = 10; prefix = ""
        }
        let digits = value.magnitudeDigits(radix: radix, uppercase: type == "X")
        parts = FormattedNumberParts(isNegative: value.isNegative, prefix: spec.alternate ? prefix : "",
                            integerDigits: Array(digits.utf8)[...])
    }
    return try layoutFormattedNumber(parts, spec: spec)
}

/// The character for `%c`/`format(n, 'c')`. `nil` means the int did not fit a C long.
func characterForCodePoint(_ codePoint: Int?) throws -> String {
    guard let codePoint else {
        throw FormatError.overflow("Python int too large to convert to C long")
    }
    guard codePoint >= 0 && codePoint <= 0x10FFFF else {
        throw FormatError.overflow("%c arg not in range(0x110000)")
    }
    // Swift strings cannot hold lone surrogates; they become U+FFFD.
    return String(Character(Unicode.Scalar(UInt32(codePoint)) ?? "\u{FFFD}"))
}

private func formatFloatInternal(_ value: Double, spec: FormatSpec) throws -> String {
    if let precision = spec.precision, precision > Int(Int32.max) {
        throw FormatError.value("precision too big")
    }
    try FormatLimits.checkLength(spec.width ?? 0)
    var flags = DoubleToStringFlags()
    flags.alternate = spec.alternate
    flags.noNegativeZero = spec.noNegativeZero

    var code = spec.type ?? "\u{0}"
    var defaultPrecision = 6
    if code == "\u{0}" {
        // No type: repr() without precision, otherwise 'g' that keeps a ".0".
        flags.addDotZero = true
        code = "r"
        defaultPrecision = 0
    }
    if code == "n" { code = "g" }
    var value = value
    var addPercent = false
    if code == "%" {
        code = "f"
        value *= 100
        addPercent = true
    }
    var precision = spec.precision ?? -1
    if precision < 0 {
        precision = defaultPrecision
    } else if code == "r" {
        code = "g"
    }

    var text = try pythonDoubleToString(value, code: code, precision: precision, flags: flags)
    if addPercent { text += "%" }

    if spec.sign == .minusOnly && spec.width == nil && spec.type != "n" && spec.grouping == .none {
        return text
    }
    let bytes = Array(text.utf8)
    let isNegative = bytes.first == UInt8(ascii: "-")
    let start = isNegative ? 1 : 0
    var digitEnd = start
    while digitEnd < bytes.count && bytes[digitEnd] >= UInt8(ascii: "0") && bytes[digitEnd] <= UInt8(ascii: "9") {
        digitEnd += 1
    }
    let hasDecimalPoint = digitEnd < bytes.count && bytes[digitEnd] == UInt8(ascii: ".")
    let remainderStart = hasDecimalPoint ? digitEnd + 1 : digitEnd
    let parts = FormattedNumberParts(isNegative: isNegative, integerDigits: bytes[start..<digitEnd],
                            hasDecimalPoint: hasDecimalPoint,
                            remainder: String(decoding: bytes[remainderStart...], as: UTF8.self))
    return try layoutFormattedNumber(parts, spec: spec)
}
