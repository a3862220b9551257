/// `format(s, spec)` for a str, with the semantics of CPython's `format_string_internal`. Widths and
/// precisions count code points, as CPython does.
public func formatString(_ s: String, spec: FormatSpec, typeName: String = "str") throws -> String {
    if let type = spec.type, type != "s" {
        throw unknownFormatCode(type, typeName: typeName)
    }
    // CPython validates grouping against the default type 's' while parsing.
    if spec.type == nil && spec.grouping != .none {
        throw FormatError.value("Cannot specify '\(spec.grouping == .comma ? "," : "_")' with 's'.")
    }
    if spec.signSpecified {
        throw FormatError.value(spec.sign == .space
            ? "Space not allowed in string format specifier"
            : "Sign not allowed in string format specifier")
    }
    if spec.noNegativeZero {
        throw FormatError.value("Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate {
        throw FormatError.value("Alternate form (#) not allowed in string format specifier")
    }
    let align = spec.effectiveAlign(default: .left)
    if align == .afterSign {
        throw FormatError.value("'=' alignment not allowed in string format specifier")
    }

    let scalars = s.unicodeScalars
    var length = scalars.count
    if (spec.width == nil || spec.width! <= length) && (spec.precision == nil || spec.precision! >= length) {
        return s
    }
    if let precision = spec.precision, length >= precision {
        length = precision
    }
    return try padScalars(scalars.prefix(length), width: spec.width ?? -1, align: align, fill: spec.effectiveFill)
}

public func formatString(_ s: String, spec: String, typeName: String = "str") throws -> String {
    if spec.isEmpty { return s }
    return try formatString(s, spec: FormatSpec(parsing: spec, typeName: typeName), typeName: typeName)
}

/// CPython's `calc_padding` + fill: pads `text` to `width` code points.
func padScalars(_ text: Substring.UnicodeScalarView, width: Int, align: FormatSpec.Alignment, fill: Unicode.Scalar) throws -> String {
    let length = text.count
    let total = max(width, length)
    try FormatLimits.checkLength(total)
    let leftPadding: Int
    switch align {
    case .right: leftPadding = total - length
    case .center: leftPadding = (total - length) / 2
    case .left, .afterSign: leftPadding = 0
    }
    let rightPadding = total - length - leftPadding
    var result = String.UnicodeScalarView()
    result.append(contentsOf: repeatElement(fill, count: leftPadding))
    result.append(contentsOf: text)
    result.append(contentsOf: repeatElement(fill, count: rightPadding))
    return String(result)
}
