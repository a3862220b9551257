import BigInt

// printf-style `str % args`, with the semantics of CPython's `PyUnicode_Format`
// (Objects/unicodeobject.c). The interpreter fetches arguments; this file parses the
// template and renders each converted argument.
//
// CPython fetches arguments while it parses, so for each conversion the interpreter
// must, in this order: require a mapping if `requiresMapping`; look up `mappingKey`;
// fetch a `*` width, then a `*` precision (`withStarArguments`); raise `parseError`;
// fetch the value; raise `unsupportedTypeError`; render. After the last part, surplus
// positional arguments raise "not all arguments converted during string formatting".

/// One `%` conversion: `%[(key)][flags][width][.precision][hlL]type`.
public struct PercentConversion: Equatable, Sendable {
    public enum Count: Equatable, Sendable {
        case absent
        case fixed(Int)
        /// `*`: taken from the next argument (see `withStarArguments`).
        case star
    }

    /// A '(' was seen: the arguments must be a mapping ("format requires a mapping").
    public var requiresMapping = false
    /// Nil when the key is incomplete (then `parseError` is set).
    public var mappingKey: String?
    public var leftAdjust = false   // '-'
    public var showSign = false     // '+'
    public var spaceSign = false    // ' '
    public var alternate = false    // '#'
    public var zeroPad = false      // '0'
    public var width: Count = .absent
    public var precision: Count = .absent
    /// The conversion character; may be unsupported, see `unsupportedTypeError`.
    public var type: Unicode.Scalar = "s"
    /// Code-point index of `type` in the template, for CPython's error message.
    public var typeIndex = 0

    /// A template error found in this conversion ("incomplete format", "width too big"...);
    /// nothing follows a conversion that has one.
    public var parseError: FormatError?

    public init() {}

    /// CPython raises this only after fetching the conversion's argument, so the
    /// interpreter must fetch it ("not enough arguments" wins) before throwing.
    public var unsupportedTypeError: FormatError? {
        switch type {
        case "s", "r", "a", "i", "d", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c":
            return nil
        default:
            let printable = type.value >= 31 && type.value <= 126 ? String(Character(type)) : "?"
            return FormatError.value("unsupported format character '\(printable)' (0x\(String(type.value, radix: 16))) at index \(typeIndex)")
        }
    }

    /// Replaces `*` counts with the argument values the interpreter fetched, with
    /// CPython's rules: a negative width means left-adjust, a negative precision is 0.
    public func withStarArguments(width starWidth: Int?, precision starPrecision: Int?) -> PercentConversion {
        var resolved = self
        if width == .star, let starWidth {
            if starWidth < 0 {
                resolved.leftAdjust = true
                resolved.width = .fixed(starWidth == Int.min ? Int.max : -starWidth)
            } else {
                resolved.width = .fixed(starWidth)
            }
        }
        if precision == .star, let starPrecision {
            resolved.precision = .fixed(max(0, starPrecision))
        }
        return resolved
    }

    var widthValue: Int {
        if case .fixed(let value) = width { return value }
        return -1
    }

    var precisionValue: Int {
        if case .fixed(let value) = precision { return value }
        return -1
    }
}

public enum PercentFormatPart: Equatable, Sendable {
    case literal(String)
    case conversion(PercentConversion)
}

/// Parses a `%` template into parts, stopping after the first conversion that has a
/// `parseError` or `unsupportedTypeError`. `%%` becomes literal text.
public func parsePercentFormat(_ format: String) -> [PercentFormatPart] {
    let scalars = Array(format.unicodeScalars)
    var parts: [PercentFormatPart] = []
    var literal = String.UnicodeScalarView()
    func flushLiteral() {
        if !literal.isEmpty {
            parts.append(.literal(String(literal)))
            literal = String.UnicodeScalarView()
        }
    }
    // CPython reads one past the end as the string's NUL terminator.
    func read(_ index: Int) -> Unicode.Scalar { index < scalars.count ? scalars[index] : "\u{0}" }

    // `remaining` and `position` mirror CPython's fmtcnt/fmtpos, including its
    // pre-decrement idiom, so end-of-string errors match exactly.
    var remaining = scalars.count
    var position = 0
    while true {
        remaining -= 1
        if remaining < 0 { break }
        if read(position) != "%" {
            let literalStart = position
            position += 1
            while remaining >= 0 && read(position) != "%" {
                position += 1
                remaining -= 1
            }
            if remaining < 0 { position -= 1 }
            literal.append(contentsOf: scalars[literalStart..<min(position, scalars.count)])
            continue
        }
        position += 1
        if read(position) == "%" {
            position += 1
            remaining -= 1
            literal.append("%")
            continue
        }
        let conversion = parsePercentConversion(scalars, &position, &remaining, read)
        flushLiteral()
        parts.append(.conversion(conversion))
        if conversion.parseError != nil || conversion.unsupportedTypeError != nil { return parts }
    }
    flushLiteral()
    return parts
}

/// Like `parsePercentFormat` but throws the first error instead of returning it.
public func parsePercentFormatStrict(_ format: String) throws -> [PercentFormatPart] {
    let parts = parsePercentFormat(format)
    for part in parts {
        guard case .conversion(let conversion) = part else { continue }
        if let error = conversion.parseError ?? conversion.unsupportedTypeError { throw error }
    }
    return parts
}

/// Behaves like CPython's `unicode_format_arg_parse`; `position` is just past the '%'.
private func parsePercentConversion(_ scalars: [Unicode.Scalar], _ position: inout Int, _ remaining: inout Int,
                                    _ read: (Int) -> Unicode.Scalar) -> PercentConversion {
    var conversion = PercentConversion()
    func failed(_ message: String) -> PercentConversion {
        conversion.parseError = .value(message)
        return conversion
    }
    var ch = read(position)

    if ch == "(" {
        conversion.requiresMapping = true
        position += 1
        remaining -= 1
        let keyStart = position
        var depth = 1
        while depth > 0 {
            remaining -= 1
            if remaining < 0 { break }
            ch = read(position)
            if ch == ")" { depth -= 1 } else if ch == "(" { depth += 1 }
            position += 1
        }
        if remaining < 0 || depth > 0 {
            return failed("incomplete format key")
        }
        let keyEnd = position - 1
        conversion.mappingKey = String(String.UnicodeScalarView(scalars[keyStart..<keyEnd]))
    }

    flags: while true {
        remaining -= 1
        if remaining < 0 { break }
        ch = read(position)
        position += 1
        switch ch {
        case "-": conversion.leftAdjust = true
        case "+": conversion.showSign = true
        case " ": conversion.spaceSign = true
        case "#": conversion.alternate = true
        case "0": conversion.zeroPad = true
        default: break flags
        }
    }

    func advance() {
        remaining -= 1
        if remaining >= 0 {
            ch = read(position)
            position += 1
        }
    }
    func digit(_ s: Unicode.Scalar) -> Int? {
        s.value >= 0x30 && s.value <= 0x39 ? Int(s.value - 0x30) : nil
    }

    if ch == "*" {
        conversion.width = .star
        advance()
    } else if let first = digit(ch) {
        var width = first
        while true {
            remaining -= 1
            if remaining < 0 { break }
            ch = read(position)
            position += 1
            guard let d = digit(ch) else { break }
            if width > (Int.max - d) / 10 { return failed("width too big") }
            width = width * 10 + d
        }
        conversion.width = .fixed(width)
    }

    if ch == "." {
        conversion.precision = .fixed(0)
        advance()
        if ch == "*" {
            conversion.precision = .star
            advance()
        } else if let first = digit(ch) {
            var precision = first
            while true {
                remaining -= 1
                if remaining < 0 { break }
                ch = read(position)
                position += 1
                guard let d = digit(ch) else { break }
                if precision > (Int(Int32.max) - d) / 10 { return failed("precision too big") }
                precision = precision * 10 + d
            }
            conversion.precision = .fixed(precision)
        }
    }

    // Length modifiers are accepted and ignored ("%ld").
    if remaining >= 0 && (ch == "h" || ch == "l" || ch == "L") {
        advance()
    }
    if remaining < 0 {
        return failed("incomplete format")
    }
    conversion.type = ch
    conversion.typeIndex = position - 1
    return conversion
}

// MARK: - Rendering converted arguments

/// `%d %i %u %o %x %X` of an int (the interpreter converts floats etc. with int() first).
public func formatPercentInteger(_ v: BigInt, conversion: PercentConversion) throws -> String {
    if let small = Int(exactly: v) { return try formatPercentInteger(small, conversion: conversion) }
    return try formatPercentInteger(isNegative: v.sign == .minus,
                                    magnitude: { bigMagnitudeDigits(v.magnitude, radix: $0, uppercase: $1) },
                                    conversion: conversion)
}

public func formatPercentInteger(_ v: Int, conversion: PercentConversion) throws -> String {
    try formatPercentInteger(isNegative: v < 0,
                             magnitude: { String(v.magnitude, radix: $0, uppercase: $1) },
                             conversion: conversion)
}

/// Behaves like CPython's `_PyUnicode_FormatLong` followed by the common padding step.
private func formatPercentInteger(isNegative: Bool, magnitude: (Int, Bool) -> String,
                                  conversion: PercentConversion) throws -> String {
    let precision = conversion.precisionValue
    if precision > Int(Int32.max) - 3 {
        throw FormatError.overflow("precision too large")
    }
    try FormatLimits.checkLength(precision)
    let radix: Int
    var prefix = ""
    switch conversion.type {
    case "o": radix = 8; prefix = "0o"
    case "x": radix = 16; prefix = "0x"
    case "X": radix = 16; prefix = "0X"
    default: radix = 10
    }
    let digits = magnitude(radix, conversion.type == "X")
    var text = isNegative ? "-" : ""
    if conversion.alternate { text += prefix }
    if precision > digits.utf8.count {
        text += String(repeating: "0", count: precision - digits.utf8.count)
    }
    text += digits
    return try percentPad(text, conversion: conversion, isNumber: true)
}

/// `%e %E %f %F %g %G` of a float (ints are converted with `pythonIntToDouble`).
public func formatPercentFloat(_ v: Double, conversion: PercentConversion) throws -> String {
    let precision = conversion.precisionValue < 0 ? 6 : conversion.precisionValue
    if precision > Int(Int32.max) {
        // Only reachable through `*`; CPython reads that argument as a C int.
        throw FormatError.overflow("Python int too large to convert to C int")
    }
    var flags = DoubleToStringFlags()
    flags.alternate = conversion.alternate
    let code: Unicode.Scalar
    switch conversion.type {
    case "e", "E", "f", "F", "g", "G": code = conversion.type
    default: code = "g"
    }
    let text = try pythonDoubleToString(v, code: code, precision: precision, flags: flags)
    return try percentPad(text, conversion: conversion, isNumber: true)
}

/// `%c` of an int code point (nil when the int does not even fit an Int).
public func formatPercentCharacter(codePoint: Int?, conversion: PercentConversion) throws -> String {
    guard let codePoint, codePoint >= 0, codePoint <= 0x10FFFF else {
        throw FormatError.overflow("%c arg not in range(0x110000)")
    }
    return try percentPad(characterForCodePoint(codePoint), conversion: conversion, isNumber: false)
}

public func formatPercentCharacter(codePoint: BigInt, conversion: PercentConversion) throws -> String {
    try formatPercentCharacter(codePoint: Int(exactly: codePoint), conversion: conversion)
}

/// `%s %r %a` (the interpreter supplies str/repr/ascii of the argument) and `%c` of a
/// one-character str: precision truncates s/r/a, width pads with spaces.
public func formatPercentText(_ text: String, conversion: PercentConversion) throws -> String {
    try percentPad(text, conversion: conversion, isNumber: false)
}

/// Behaves like CPython's `unicode_format_arg_output`: sign handling, '0' fill (numbers only), the
/// '#' prefix placed before zero padding, and left/right justification.
private func percentPad(_ text: String, conversion: PercentConversion, isNumber: Bool) throws -> String {
    let fill: Unicode.Scalar = isNumber && conversion.zeroPad ? "0" : " "
    let scalars = Array(text.unicodeScalars)
    var length = scalars.count
    var width = conversion.widthValue
    let precision = conversion.precisionValue
    let signFlags = conversion.showSign || conversion.spaceSign
    if (width == -1 || width <= length) && (precision == -1 || precision >= length) && !signFlags {
        return text
    }
    let type = conversion.type
    if (type == "s" || type == "r" || type == "a") && precision >= 0 && length > precision {
        length = precision
    }
    var index = 0
    var hasSign = isNumber
    var signCharacter: Unicode.Scalar = "+"
    if hasSign {
        if let first = scalars.first, first == "-" || first == "+" {
            signCharacter = first
            length -= 1
            index += 1
        } else if conversion.showSign {
            signCharacter = "+"
        } else if conversion.spaceSign {
            signCharacter = " "
        } else {
            hasSign = false
        }
    }
    if width < length { width = length }
    try FormatLimits.checkLength(width)

    var out = String.UnicodeScalarView()
    // The "0x"/"0X"/"0o" that `formatPercentInteger` put after the sign.
    let hasPrefix = conversion.alternate && (type == "x" || type == "X" || type == "o")
        && index + 1 < scalars.count && scalars[index] == "0" && scalars[index + 1] == type
    if hasSign {
        if fill != " " { out.append(signCharacter) }
        if width > length { width -= 1 }
    }
    if hasPrefix {
        if fill != " " {
            out.append(contentsOf: scalars[index..<(index + 2)])
            index += 2
        }
        width = max(0, width - 2)
        length -= 2
    }
    if width > length && !conversion.leftAdjust {
        out.append(contentsOf: repeatElement(fill, count: width - length))
        width = length
    }
    if fill == " " {
        if hasSign { out.append(signCharacter) }
        if hasPrefix {
            out.append(contentsOf: scalars[index..<(index + 2)])
            index += 2
        }
    }
    if length > 0 {
        out.append(contentsOf: scalars[index..<(index + length)])
    }
    if width > length {
        out.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: width - length))
    }
    return String(out)
}
