// Scans numeric literals with CPython's rules and error messages, and computes their values.

struct NumberScanner {
    struct Failure: Error {
        var message: String
        /// Index of CPython's tokenizer cursor when it gave up; the reported offset is its column.
        var cursor: Int
    }

    let text: [Unicode.Scalar]
    private(set) var position: Int
    let end: Int

    init(text: [Unicode.Scalar], position: Int, end: Int) {
        self.text = text
        self.position = position
        self.end = end
    }

    private var current: Unicode.Scalar { position < end ? text[position] : "\0" }

    private func character(at offset: Int) -> Unicode.Scalar {
        position + offset < end && position + offset >= 0 ? text[position + offset] : "\0"
    }

    /// Scans the literal starting at `position` and leaves `position` just past it.
    mutating func scan() throws -> Constant {
        let start = position
        if current == "0" {
            switch character(at: 1) {
            case "x", "X":
                position += 2
                return try scanRadix(16, kind: "hexadecimal", start: start)
            case "o", "O":
                position += 2
                return try scanRadix(8, kind: "octal", start: start)
            case "b", "B":
                position += 2
                return try scanRadix(2, kind: "binary", start: start)
            default:
                return try scanZeroPrefixedDecimal(start: start)
            }
        }
        if current == "." {
            position += 1
            return try scanFraction(start: start)
        }
        try scanDecimalTail()
        return try scanAfterIntegerPart(start: start)
    }

    // MARK: - Decimal

    private mutating func scanZeroPrefixedDecimal(start: Int) throws -> Constant {
        position += 1
        while true {
            if current == "_" {
                position += 1
                if !isDigit(current) { throw Failure(message: "invalid decimal literal", cursor: position) }
            }
            if current != "0" { break }
            position += 1
        }
        var hasNonzeroDigits = false
        if isDigit(current) {
            hasNonzeroDigits = true
            try scanDecimalTail()
        }
        switch current {
        case ".":
            position += 1
            return try scanFraction(start: start)
        case "e", "E":
            return try scanExponent(start: start)
        case "j", "J":
            position += 1
            return try finishImaginary(start: start)
        default:
            if hasNonzeroDigits {
                throw Failure(message: "leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers", cursor: start + 1)
            }
            try verifyEnd(kind: "decimal")
            return .int(0)
        }
    }

    /// Consumes digits with single underscores between them.
    private mutating func scanDecimalTail() throws {
        while true {
            while isDigit(current) { position += 1 }
            if current != "_" { return }
            position += 1
            if !isDigit(current) { throw Failure(message: "invalid decimal literal", cursor: position) }
        }
    }

    private mutating func scanAfterIntegerPart(start: Int) throws -> Constant {
        switch current {
        case ".":
            position += 1
            return try scanFraction(start: start)
        case "e", "E":
            return try scanExponent(start: start)
        case "j", "J":
            position += 1
            return try finishImaginary(start: start)
        default:
            try verifyEnd(kind: "decimal")
            return NumberScanner.integer(digits: digits(from: start, to: position), radix: 10)
        }
    }

    /// `position` is just past the decimal point.
    private mutating func scanFraction(start: Int) throws -> Constant {
        if isDigit(current) { try scanDecimalTail() }
        if current == "e" || current == "E" { return try scanExponent(start: start) }
        if current == "j" || current == "J" {
            position += 1
            return try finishImaginary(start: start)
        }
        try verifyEnd(kind: "decimal")
        return .float(floatValue(from: start, to: position))
    }

    /// `position` is at the `e` of an exponent.
    private mutating func scanExponent(start: Int) throws -> Constant {
        let exponentStart = position
        position += 1
        if current == "+" || current == "-" {
            position += 1
            if !isDigit(current) { throw Failure(message: "invalid decimal literal", cursor: position) }
        } else if !isDigit(current) {
            // The `e` belongs to whatever follows (`1else`), unless that makes a bad literal.
            position = exponentStart
            try verifyEnd(kind: "decimal")
            let digitsEnd = exponentStart
            if let integer = integerIfNoFraction(from: start, to: digitsEnd) { return integer }
            return .float(floatValue(from: start, to: digitsEnd))
        }
        try scanDecimalTail()
        if current == "j" || current == "J" {
            position += 1
            return try finishImaginary(start: start)
        }
        try verifyEnd(kind: "decimal")
        return .float(floatValue(from: start, to: position))
    }

    /// `position` is just past the `j`.
    private mutating func finishImaginary(start: Int) throws -> Constant {
        try verifyEnd(kind: "imaginary")
        return .imaginary(floatValue(from: start, to: position - 1))
    }

    private func integerIfNoFraction(from start: Int, to stop: Int) -> Constant? {
        for index in start..<stop where text[index] == "." { return nil }
        return NumberScanner.integer(digits: digits(from: start, to: stop), radix: 10)
    }

    // MARK: - Hexadecimal, octal, binary

    /// `position` is just past the `0x`/`0o`/`0b` prefix.
    private mutating func scanRadix(_ radix: Int, kind: String, start: Int) throws -> Constant {
        repeat {
            if current == "_" { position += 1 }
            if !isDigit(current, radix: radix) {
                if radix != 16, isDigit(current) {
                    throw Failure(message: "invalid digit '\(current)' in \(kind) literal", cursor: position + 1)
                }
                throw Failure(message: "invalid \(kind) literal", cursor: position)
            }
            repeat { position += 1 } while isDigit(current, radix: radix)
        } while current == "_"
        if radix != 16, isDigit(current) {
            throw Failure(message: "invalid digit '\(current)' in \(kind) literal", cursor: position + 1)
        }
        try verifyEnd(kind: kind)
        return NumberScanner.integer(digits: digits(from: start + 2, to: position), radix: radix)
    }

    // MARK: - Shared checks

    /// A literal may not run straight into a name (`1abc`), except the keywords
    /// CPython still tolerates there (`1if x else y`).
    private func verifyEnd(kind: String) throws {
        let next = current
        let followedByKeyword: Bool
        switch next {
        case "a": followedByKeyword = lookahead("nd")
        case "e": followedByKeyword = lookahead("lse")
        case "f": followedByKeyword = lookahead("or")
        case "i":
            let second = character(at: 1)
            followedByKeyword = second == "f" || second == "n" || second == "s"
        case "o": followedByKeyword = lookahead("r")
        case "n": followedByKeyword = lookahead("ot")
        default: followedByKeyword = false
        }
        if followedByKeyword { return }
        if isIdentifierCharacter(next) {
            throw Failure(message: "invalid \(kind) literal", cursor: position)
        }
    }

    private func lookahead(_ rest: String) -> Bool {
        var offset = 1
        for scalar in rest.unicodeScalars {
            if character(at: offset) != scalar { return false }
            offset += 1
        }
        return true
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    private func isDigit(_ scalar: Unicode.Scalar, radix: Int) -> Bool {
        guard let value = NumberScanner.digitValue(scalar) else { return false }
        return value < radix
    }

    private func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || value == 95 || value >= 128
            || isDigit(scalar)
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 48...57: return Int(scalar.value - 48)
        case 65...70: return Int(scalar.value - 55)
        case 97...102: return Int(scalar.value - 87)
        default: return nil
        }
    }

    // MARK: - Values

    /// The literal's characters without underscores.
    private func digits(from start: Int, to stop: Int) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(max(0, stop - start))
        var index = start
        while index < stop {
            if text[index] != "_" { result.append(text[index]) }
            index += 1
        }
        return result
    }

    private func floatValue(from start: Int, to stop: Int) -> Double {
        // Swift's parser accepts every form the scanner lets through (`1.`, `.5`, `1e999` as inf).
        return Double(String(scalars: digits(from: start, to: stop))) ?? 0
    }

    /// An integer constant, `.bigInt` in decimal when it does not fit in `Int`.
    static func integer(digits: [Unicode.Scalar], radix: Int) -> Constant {
        var value = 0
        var overflowed = false
        for digit in digits {
            guard let digitValue = digitValue(digit) else { continue }
            let (multiplied, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (added, overflow2) = multiplied.addingReportingOverflow(digitValue)
            if overflow1 || overflow2 {
                overflowed = true
                break
            }
            value = added
        }
        if !overflowed { return .int(value) }
        return .bigInt(DecimalDigits.convert(digits, radix: radix))
    }
}

/// Schoolbook conversion of an arbitrary-length number in any radix to decimal text.
enum DecimalDigits {
    private static let chunkBase: UInt64 = 1_000_000_000

    static func convert(_ digits: [Unicode.Scalar], radix: Int) -> String {
        // Little-endian chunks of nine decimal digits each.
        var chunks: [UInt64] = [0]
        for digit in digits {
            guard let digitValue = NumberScanner.digitValue(digit) else { continue }
            var carry = UInt64(digitValue)
            for index in chunks.indices {
                let product = chunks[index] * UInt64(radix) + carry
                chunks[index] = product % chunkBase
                carry = product / chunkBase
            }
            while carry > 0 {
                chunks.append(carry % chunkBase)
                carry /= chunkBase
            }
        }
        while chunks.count > 1, chunks.last == 0 { chunks.removeLast() }
        var text = String(chunks.last ?? 0)
        for chunk in chunks.dropLast().reversed() {
            let part = String(chunk)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }
}
