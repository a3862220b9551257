/// `round(x, ndigits)` for a float, like CPython's `float.__round__`: the exact binary
/// value is rounded half-even to `ndigits` decimal places and the decimal result is
/// converted back with correct rounding (`round(2.675, 2) == 2.67`).
/// Throws OverflowError when the result is too large (`round(1.7e308, -308)`).
public func pythonRound(_ x: Double, digits ndigits: Int) throws -> Double {
    guard x.isFinite else { return x }
    // Beyond these bounds x always rounds to itself / to a signed zero (0.30103 > log10 2).
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }

    let rounded: DoubleDecimalDigits
    if ndigits >= 0 {
        rounded = .fixed(x, fractionDigits: ndigits)
    } else {
        rounded = roundHalfEven(.exact(x), keepingDigitsAbove: -ndigits)
    }
    var text = rounded.isNegative ? "-" : ""
    text += String(decoding: rounded.digits, as: UTF8.self)
    text += "e" + String(rounded.decimalPoint - rounded.digits.count)
    guard let result = Double(text) else { return x }
    if result.isInfinite {
        throw FormatError.overflow("rounded value too large to represent")
    }
    return result
}

/// `round(x)` with no ndigits, before conversion to int: nearest integer, ties to even.
public func pythonRoundToInteger(_ x: Double) -> Double {
    x.rounded(.toNearestOrEven)
}

/// Rounds exact decimal digits to a multiple of 10^power (power >= 1), ties to even.
private func roundHalfEven(_ value: DoubleDecimalDigits, keepingDigitsAbove power: Int) -> DoubleDecimalDigits {
    let zero = DoubleDecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1, isNegative: value.isNegative)
    if value.isZero { return zero }
    // Digits of the value that are >= 10^power.
    let keep = value.decimalPoint - power
    if keep < 0 { return zero }   // |x| < 10^(power-1), below half a unit
    var kept = Array(value.digits.prefix(keep))
    if kept.count < keep {
        return value   // already a multiple of 10^power
    }
    let dropped = value.digits[keep...]
    let first = dropped.first ?? UInt8(ascii: "0")
    let lastKeptIsOdd = kept.last.map { ($0 - UInt8(ascii: "0")) % 2 == 1 } ?? false
    let roundUp: Bool
    if first > UInt8(ascii: "5") {
        roundUp = true
    } else if first < UInt8(ascii: "5") {
        roundUp = false
    } else {
        let exactlyHalf = dropped.dropFirst().allSatisfy { $0 == UInt8(ascii: "0") }
        roundUp = !exactlyHalf || lastKeptIsOdd
    }
    var decimalPoint = value.decimalPoint
    if roundUp {
        var index = kept.count - 1
        while index >= 0 && kept[index] == UInt8(ascii: "9") {
            kept[index] = UInt8(ascii: "0")
            index -= 1
        }
        if index >= 0 {
            kept[index] += 1
        } else {
            kept.insert(UInt8(ascii: "1"), at: 0)
            decimalPoint += 1
        }
    }
    if kept.isEmpty { return zero }
    // Digits stand for 0.d1d2... × 10^decimalPoint; append zeros up to the units place
    // so the caller's exponent arithmetic stays simple.
    kept.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, decimalPoint - kept.count)))
    return DoubleDecimalDigits(digits: kept, decimalPoint: decimalPoint, isNegative: value.isNegative)
}
