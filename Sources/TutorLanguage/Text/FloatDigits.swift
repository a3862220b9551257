#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The decimal digits of a finite double, in the shape David Gay's `_Py_dg_dtoa` returns
/// them: value = 0.d₁d₂d₃… × 10^decimalPoint, with no trailing zeros; zero is "0" with
/// decimalPoint 1.
struct DoubleDecimalDigits: Equatable {
    var digits: [UInt8]          // ASCII '0'...'9'
    var decimalPoint: Int
    var isNegative: Bool

    var isZero: Bool { digits == [UInt8(ascii: "0")] }

    /// Shortest digits that round-trip (dtoa mode 0). Swift's `description` produces the
    /// shortest, closest digits too, so only its layout has to be undone.
    static func shortest(_ x: Double) -> DoubleDecimalDigits {
        parseCLayout(Array(x.description.utf8), isNegative: x.sign == .minus)
    }

    /// `count` significant digits, correctly rounded half-even (dtoa mode 2).
    static func significant(_ x: Double, count: Int) -> DoubleDecimalDigits {
        // A double has at most 767 significant digits; asking the C library for more
        // would only add zeros, which are stripped anyway.
        let fractionDigits = min(max(count, 1), 800) - 1
        return parseCLayout(cFormat(x, conversion: "e", precision: fractionDigits), isNegative: x.sign == .minus)
    }

    /// Digits up to `count` places after the point, correctly rounded half-even
    /// (dtoa mode 3, count >= 0).
    static func fixed(_ x: Double, fractionDigits count: Int) -> DoubleDecimalDigits {
        // No double has more than 1074 digits after the point.
        parseCLayout(cFormat(x, conversion: "f", precision: min(max(count, 0), 1100)), isNegative: x.sign == .minus)
    }

    /// The exact decimal expansion of `x` (every double has a finite one).
    static func exact(_ x: Double) -> DoubleDecimalDigits {
        fixed(x, fractionDigits: 1100)
    }

    /// Reads "[-]ddd[.ddd][e±dd]" as printed by printf or Swift.
    private static func parseCLayout(_ text: [UInt8], isNegative: Bool) -> DoubleDecimalDigits {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.count)
        var pointPosition: Int?
        var exponent = 0
        var index = 0
        while index < text.count {
            let c = text[index]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                digits.append(c)
            } else if c == UInt8(ascii: ".") {
                pointPosition = digits.count
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = parseExponent(text[(index + 1)...])
                break
            }
            index += 1
        }
        var decimalPoint = (pointPosition ?? digits.count) + exponent
        let firstNonZero = digits.firstIndex { $0 != UInt8(ascii: "0") }
        guard let first = firstNonZero else {
            return DoubleDecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1, isNegative: isNegative)
        }
        decimalPoint -= first
        var last = digits.count - 1
        while digits[last] == UInt8(ascii: "0") { last -= 1 }
        return DoubleDecimalDigits(digits: Array(digits[first...last]), decimalPoint: decimalPoint, isNegative: isNegative)
    }

    private static func parseExponent(_ text: ArraySlice<UInt8>) -> Int {
        var value = 0
        var negative = false
        for c in text {
            if c == UInt8(ascii: "-") { negative = true } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                value = value * 10 + Int(c - UInt8(ascii: "0"))
            }
        }
        return negative ? -value : value
    }

    /// printf("%.*e" / "%.*f"): the C library rounds the exact binary value correctly
    /// (half-even on ties) on glibc and Darwin, exactly like dtoa.
    private static func cFormat(_ x: Double, conversion: Character, precision: Int) -> [UInt8] {
        let format = conversion == "e" ? "%.*e" : "%.*f"
        let capacity = precision + 340   // sign, 309 integer digits, point, exponent
        var buffer = [CChar](repeating: 0, count: capacity)
        let written = buffer.withUnsafeMutableBufferPointer { pointer -> Int32 in
            withVaList([Int32(precision), x]) { arguments in
                vsnprintf(pointer.baseAddress, capacity, format, arguments)
            }
        }
        let length = max(0, min(Int(written), capacity - 1))
        return buffer[0..<length].map { UInt8(bitPattern: $0) }
    }
}
