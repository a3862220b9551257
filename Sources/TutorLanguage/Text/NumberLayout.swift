/// A number already converted to text, split the way CPython's `calc_number_widths`
/// sees it: `<sign><prefix><digits>[.<remainder>]` (remainder = fraction, exponent, '%',
/// or for 'c' the character itself).
struct FormattedNumberParts {
    var isNegative: Bool
    var prefix: String = ""
    var integerDigits: ArraySlice<UInt8>   // ASCII digits (or hex letters)
    var hasDecimalPoint = false
    var remainder: String = ""
}

/// Behaves like CPython's `calc_number_widths` + `fill_number`: sign, prefix, grouping,
/// '0'-padding inside the digits for '=' alignment, and fill on the proper side.
func layoutFormattedNumber(_ parts: FormattedNumberParts, spec: FormatSpec) throws -> String {
    let width = spec.width ?? -1
    try FormatLimits.checkLength(width)
    let fill = spec.effectiveFill
    let align = spec.effectiveAlign(default: .right)

    var signCharacter: String = ""
    switch spec.sign {
    case .always: signCharacter = parts.isNegative ? "-" : "+"
    case .space: signCharacter = parts.isNegative ? "-" : " "
    case .minusOnly: signCharacter = parts.isNegative ? "-" : ""
    }

    let prefixLength = parts.prefix.unicodeScalars.count
    let remainderLength = parts.remainder.unicodeScalars.count
    let nonDigitLength = signCharacter.count + prefixLength + (parts.hasDecimalPoint ? 1 : 0) + remainderLength

    // With '0' fill and '=' alignment the zeros go *inside* the digits, so that
    // grouping separators are inserted among them ("00,001,234").
    let minimumDigitsWidth = (fill == "0" && align == .afterSign) ? width - nonDigitLength : 0
    let groupedDigits: [UInt8] = parts.integerDigits.isEmpty
        ? []
        : insertDigitGrouping(parts.integerDigits, minimumWidth: minimumDigitsWidth,
                         groupSize: spec.groupSize, separator: UInt8(ascii: spec.separator))

    var leftPadding = 0, signPadding = 0, rightPadding = 0
    let padding = width - (nonDigitLength + groupedDigits.count)
    if padding > 0 {
        switch align {
        case .left: rightPadding = padding
        case .center:
            leftPadding = padding / 2
            rightPadding = padding - leftPadding
        case .afterSign: signPadding = padding
        case .right: leftPadding = padding
        }
    }
    try FormatLimits.checkLength(nonDigitLength + groupedDigits.count + max(padding, 0))

    var result = String.UnicodeScalarView()
    func appendFill(_ count: Int) {
        if count > 0 { result.append(contentsOf: repeatElement(fill, count: count)) }
    }
    appendFill(leftPadding)
    result.append(contentsOf: signCharacter.unicodeScalars)
    result.append(contentsOf: parts.prefix.unicodeScalars)
    appendFill(signPadding)
    result.append(contentsOf: String(decoding: groupedDigits, as: UTF8.self).unicodeScalars)
    if parts.hasDecimalPoint { result.append(".") }
    result.append(contentsOf: parts.remainder.unicodeScalars)
    appendFill(rightPadding)
    return String(result)
}

/// Behaves like CPython's `_PyUnicode_InsertThousandsGrouping` (without a locale): walks groups from
/// the right, padding with '0' digits (and separators) until `minimumWidth` is reached.
/// `groupSize` 0 means no grouping, only zero padding.
func insertDigitGrouping(_ digits: ArraySlice<UInt8>, minimumWidth: Int, groupSize: Int, separator: UInt8) -> [UInt8] {
    var reversed: [UInt8] = []
    reversed.reserveCapacity(max(digits.count, minimumWidth) + digits.count / max(groupSize, 1) + 1)
    var remaining = digits.count
    var minimumWidth = max(0, minimumWidth)
    var digitEnd = digits.endIndex
    var useSeparator = false

    func emit(length: Int) {
        let zeros = max(0, length - remaining)
        let characters = max(0, min(remaining, length))
        if useSeparator { reversed.append(separator) }
        reversed.append(contentsOf: digits[(digitEnd - characters)..<digitEnd].reversed())
        digitEnd -= characters
        if zeros > 0 { reversed.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: zeros)) }
        remaining -= characters
    }

    var finished = false
    if groupSize > 0 {
        while true {
            let length = min(groupSize, max(remaining, minimumWidth, 1))
            emit(length: length)
            useSeparator = true
            minimumWidth -= length
            if remaining <= 0 && minimumWidth <= 0 {
                finished = true
                break
            }
            minimumWidth -= 1   // the separator's width
        }
    }
    if !finished {
        emit(length: max(remaining, minimumWidth, 1))
    }
    return reversed.reversed()
}
