import BigInt

/// Result of `int(str, base)`: machine-sized when it fits, so the interpreter's common
/// case allocates nothing.
public enum ParsedInteger: Equatable, Sendable {
    case small(Int)
    case big(BigInt)

    public var bigIntValue: BigInt {
        switch self {
        case .small(let v): return BigInt(v)
        case .big(let v): return v
        }
    }
}

/// `int(s, base)`; nil where CPython raises "invalid literal for int() with base N".
/// `base` must be 0 or 2...36 (the caller raises CPython's error for other bases);
/// nil is returned for them. Unlike CPython 3.11 no 4300-digit limit is applied.
public func parsePythonInt(_ s: String, base: Int) -> BigInt? {
    parsePythonIntValue(s, base: base)?.bigIntValue
}

/// `int(s, base)` returning `.small` whenever the value fits in an Int.
public func parsePythonIntValue(_ s: String, base: Int) -> ParsedInteger? {
    guard base == 0 || (2...36).contains(base) else { return nil }
    let text = asciiNumberText(s)
    var base = base
    var i = 0
    func at(_ index: Int) -> UInt8 { index < text.count ? text[index] : 0 }

    while i < text.count && isASCIISpace(text[i]) { i += 1 }
    var negative = false
    if at(i) == UInt8(ascii: "+") {
        i += 1
    } else if at(i) == UInt8(ascii: "-") {
        negative = true
        i += 1
    }
    // Base 0 reads the prefix; a bare leading zero ("0777") is only valid for zero itself.
    var mustBeZero = false
    if base == 0 {
        if at(i) != UInt8(ascii: "0") {
            base = 10
        } else {
            switch at(i + 1) | 0x20 {
            case UInt8(ascii: "x"): base = 16
            case UInt8(ascii: "o"): base = 8
            case UInt8(ascii: "b"): base = 2
            default:
                mustBeZero = true
                base = 10
            }
        }
    }
    if at(i) == UInt8(ascii: "0") {
        let marker = at(i + 1) | 0x20
        if (base == 16 && marker == UInt8(ascii: "x")) || (base == 8 && marker == UInt8(ascii: "o"))
            || (base == 2 && marker == UInt8(ascii: "b")) {
            i += 2
            if at(i) == UInt8(ascii: "_") { i += 1 }   // one underscore may follow the prefix
        }
    }
    if at(i) == UInt8(ascii: "_") { return nil }

    var digitValues: [UInt8] = []
    var previous: UInt8 = 0
    while i < text.count {
        let c = text[i]
        if c == UInt8(ascii: "_") {
            if previous == UInt8(ascii: "_") { return nil }
        } else if let value = digitValue(c), value < base {
            digitValues.append(UInt8(value))
        } else {
            break
        }
        previous = c
        i += 1
    }
    if previous == UInt8(ascii: "_") || digitValues.isEmpty { return nil }
    while i < text.count && isASCIISpace(text[i]) { i += 1 }
    if i != text.count { return nil }

    let magnitude = integerFromDigitValues(digitValues, base: base)
    if mustBeZero {
        switch magnitude {
        case .small(0): break
        default: return nil
        }
    }
    guard negative else { return magnitude }
    switch magnitude {
    case .small(let v): return .small(-v)
    case .big(let v):
        let negated = -v
        if let fits = Int(exactly: negated) { return .small(fits) }   // -2**63
        return .big(negated)
    }
}

/// `float(s)`; nil where CPython raises "could not convert string to float".
public func parsePythonFloat(_ s: String) -> Double? {
    let text = asciiNumberText(s)
    var start = 0, end = text.count
    while start < end && isASCIISpace(text[start]) { start += 1 }
    while end > start && isASCIISpace(text[end - 1]) { end -= 1 }
    guard start < end else { return nil }

    // Underscores are allowed only between two digits, anywhere in the number.
    var cleaned: [UInt8] = []
    cleaned.reserveCapacity(end - start)
    var previous: UInt8 = 0
    for index in start..<end {
        let c = text[index]
        if c == UInt8(ascii: "_") {
            if !isASCIIDigit(previous) { return nil }
        } else {
            if previous == UInt8(ascii: "_") && !isASCIIDigit(c) { return nil }
            cleaned.append(c)
        }
        previous = c
    }
    if previous == UInt8(ascii: "_") { return nil }

    var i = 0
    var negative = false
    if cleaned[i] == UInt8(ascii: "+") || cleaned[i] == UInt8(ascii: "-") {
        negative = cleaned[i] == UInt8(ascii: "-")
        i += 1
    }
    let word = String(decoding: cleaned[i...], as: UTF8.self).lowercased()
    if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
    if word == "nan" { return negative ? -Double.nan : .nan }

    // digits [. digits] [e [sign] digits], with at least one mantissa digit.
    var mantissaDigits = 0
    while i < cleaned.count && isASCIIDigit(cleaned[i]) { i += 1; mantissaDigits += 1 }
    if i < cleaned.count && cleaned[i] == UInt8(ascii: ".") {
        i += 1
        while i < cleaned.count && isASCIIDigit(cleaned[i]) { i += 1; mantissaDigits += 1 }
    }
    if mantissaDigits == 0 { return nil }
    if i < cleaned.count && (cleaned[i] | 0x20) == UInt8(ascii: "e") {
        i += 1
        if i < cleaned.count && (cleaned[i] == UInt8(ascii: "+") || cleaned[i] == UInt8(ascii: "-")) { i += 1 }
        var exponentDigits = 0
        while i < cleaned.count && isASCIIDigit(cleaned[i]) { i += 1; exponentDigits += 1 }
        if exponentDigits == 0 { return nil }
    }
    if i != cleaned.count { return nil }
    // Validated above, so the C library's correctly rounded strtod sees only plain decimals.
    return Double(String(decoding: cleaned, as: UTF8.self))
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode digits become ASCII
/// digits, Unicode whitespace a space, anything else non-ASCII an invalid character.
private func asciiNumberText(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
        if scalar.isASCII {
            out.append(UInt8(scalar.value))
        } else if PythonTextCharacters.isNumberWhitespace(scalar) {
            out.append(UInt8(ascii: " "))
        } else if let digit = PythonTextCharacters.decimalValue(scalar) {
            out.append(UInt8(ascii: "0") + UInt8(digit))
        } else {
            out.append(UInt8(ascii: "?"))
        }
    }
    return out
}

private func isASCIISpace(_ c: UInt8) -> Bool {
    c == UInt8(ascii: " ") || (c >= 0x09 && c <= 0x0D)
}

private func isASCIIDigit(_ c: UInt8) -> Bool {
    c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
}

private func digitValue(_ c: UInt8) -> Int? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
    default: return nil
    }
}

/// Builds the magnitude in an Int while it fits, else as a BigInt.
private func integerFromDigitValues(_ values: [UInt8], base: Int) -> ParsedInteger {
    var small = 0
    var index = 0
    while index < values.count {
        let (product, overflow1) = small.multipliedReportingOverflow(by: base)
        let (sum, overflow2) = product.addingReportingOverflow(Int(values[index]))
        if overflow1 || overflow2 { break }
        small = sum
        index += 1
    }
    if index == values.count { return .small(small) }
    return .big(BigInt(bigMagnitude(fromDigitValues: values[...], radix: base)))
}
