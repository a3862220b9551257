import Glibc

// Decodes backslash escapes in string and bytes literals, with CPython's error messages.

enum StringLiteralDecoder {
    /// Why a literal could not be decoded; the parser decides where to report it.
    struct Failure: Error {
        var message: String
    }

    /// Decodes a `str` literal body. Unknown escapes such as `\d` are kept as written.
    static func decodeString(_ body: ArraySlice<Unicode.Scalar>) throws -> String {
        if !body.contains("\\") { return String(scalars: body) }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(body.count)
        var index = body.startIndex
        let end = body.endIndex
        while index < end {
            let scalar = body[index]
            guard scalar == "\\" else {
                result.append(scalar)
                index += 1
                continue
            }
            let escapeStart = index - body.startIndex
            index += 1
            guard index < end else {
                result.append("\\")
                break
            }
            let code = body[index]
            index += 1
            switch code {
            case "\n": break
            case "\\": result.append("\\")
            case "'": result.append("'")
            case "\"": result.append("\"")
            case "a": result.append("\u{07}")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "v": result.append("\u{0B}")
            case "0"..."7":
                var value = code.value - 48
                var digits = 1
                while digits < 3, index < end, body[index] >= "0", body[index] <= "7" {
                    value = value * 8 + body[index].value - 48
                    index += 1
                    digits += 1
                }
                result.append(scalarOrReplacement(value))
            case "x", "u", "U":
                let width = code == "x" ? 2 : code == "u" ? 4 : 8
                var value: UInt32 = 0
                var consumed = 0
                while consumed < width, index < end, let digit = NumberScanner.digitValue(body[index]) {
                    value = value * 16 + UInt32(digit)
                    index += 1
                    consumed += 1
                }
                let escapeEnd = index - body.startIndex - 1
                if consumed < width {
                    let shape = code == "x" ? "\\xXX" : code == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw unicodeError("truncated \(shape) escape", from: escapeStart, to: escapeEnd)
                }
                if value > 0x10FFFF {
                    throw unicodeError("illegal Unicode character", from: escapeStart, to: escapeEnd)
                }
                result.append(scalarOrReplacement(value))
            case "N":
                let (scalar, next) = try decodeNamedEscape(body, after: index, escapeStart: escapeStart)
                result.append(scalar)
                index = next
            default:
                result.append("\\")
                result.append(code)
            }
        }
        return String(scalars: result)
    }

    /// Decodes a `bytes` literal body, which must be ASCII; `\u`, `\U` and `\N` are not escapes there.
    static func decodeBytes(_ body: ArraySlice<Unicode.Scalar>, isRaw: Bool) throws -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(body.count)
        if isRaw {
            for scalar in body { result.append(UInt8(truncatingIfNeeded: scalar.value)) }
            return result
        }
        var index = body.startIndex
        let end = body.endIndex
        while index < end {
            let scalar = body[index]
            guard scalar == "\\" else {
                result.append(UInt8(truncatingIfNeeded: scalar.value))
                index += 1
                continue
            }
            let escapeStart = index - body.startIndex
            index += 1
            guard index < end else {
                result.append(UInt8(ascii: "\\"))
                break
            }
            let code = body[index]
            index += 1
            switch code {
            case "\n": break
            case "\\": result.append(UInt8(ascii: "\\"))
            case "'": result.append(UInt8(ascii: "'"))
            case "\"": result.append(UInt8(ascii: "\""))
            case "a": result.append(0x07)
            case "b": result.append(0x08)
            case "f": result.append(0x0C)
            case "n": result.append(0x0A)
            case "r": result.append(0x0D)
            case "t": result.append(0x09)
            case "v": result.append(0x0B)
            case "0"..."7":
                var value = code.value - 48
                var digits = 1
                while digits < 3, index < end, body[index] >= "0", body[index] <= "7" {
                    value = value * 8 + body[index].value - 48
                    index += 1
                    digits += 1
                }
                result.append(UInt8(truncatingIfNeeded: value))
            case "x":
                var value: UInt32 = 0
                var consumed = 0
                while consumed < 2, index < end, let digit = NumberScanner.digitValue(body[index]) {
                    value = value * 16 + UInt32(digit)
                    index += 1
                    consumed += 1
                }
                if consumed < 2 {
                    throw Failure(message: "(value error) invalid \\x escape at position \(escapeStart)")
                }
                result.append(UInt8(truncatingIfNeeded: value))
            default:
                result.append(UInt8(ascii: "\\"))
                result.append(UInt8(truncatingIfNeeded: code.value))
            }
        }
        return result
    }

    private static func unicodeError(_ reason: String, from start: Int, to end: Int) -> Failure {
        Failure(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(max(start, end)): \(reason)")
    }

    /// Swift strings cannot hold lone surrogates (`\ud800`); they become U+FFFD.
    private static func scalarOrReplacement(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    // MARK: - \N{NAME}

    /// `index` is just past the `N`; returns the character and the index after the closing brace.
    private static func decodeNamedEscape(_ body: ArraySlice<Unicode.Scalar>, after index: Int,
                                          escapeStart: Int) throws -> (Unicode.Scalar, Int) {
        let end = body.endIndex
        guard index < end, body[index] == "{" else {
            throw unicodeError("malformed \\N character escape", from: escapeStart, to: index - body.startIndex - 1)
        }
        var cursor = index + 1
        var name: [Unicode.Scalar] = []
        while cursor < end, body[cursor] != "}" {
            name.append(body[cursor])
            cursor += 1
        }
        guard cursor < end, !name.isEmpty else {
            throw unicodeError("malformed \\N character escape", from: escapeStart, to: cursor - body.startIndex - 1)
        }
        guard let scalar = UnicodeNames.scalar(named: String(scalars: name)) else {
            throw unicodeError("unknown Unicode character name", from: escapeStart, to: cursor - body.startIndex)
        }
        return (scalar, cursor + 1)
    }
}

/// Looks up characters by their Unicode name for `\N{...}` escapes.
enum UnicodeNames {
    private static let cache = NameCache()

    static func scalar(named name: String) -> Unicode.Scalar? {
        let key = name.uppercased()
        if let cached = cache.lookup(key) { return cached }
        // The standard library knows each scalar's name but offers no reverse lookup, so
        // search the assigned planes once per distinct name; \N escapes are rare.
        let ranges: [ClosedRange<UInt32>] = [0x20...0x2FFFF, 0x30000...0x3FFFF, 0xE0000...0xE01EF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if scalar.properties.name == key || scalar.properties.nameAlias == key {
                    cache.store(key, scalar)
                    return scalar
                }
            }
        }
        return nil
    }

    private final class NameCache: @unchecked Sendable {
        private var table: [String: Unicode.Scalar] = [:]
        private var mutex = pthread_mutex_t()

        init() { pthread_mutex_init(&mutex, nil) }

        func lookup(_ name: String) -> Unicode.Scalar? {
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            return table[name]
        }

        func store(_ name: String, _ scalar: Unicode.Scalar) {
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            table[name] = scalar
        }
    }
}
