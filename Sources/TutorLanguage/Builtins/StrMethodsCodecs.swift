/// UnicodeEncodeError / UnicodeDecodeError with CPython's messages and attributes.
enum StrUnicodeErrors {
    static var encodeError: PyType { BuiltinTypes.unicodeEncodeError }
    static var decodeError: PyType { BuiltinTypes.unicodeDecodeError }

    /// The exception with CPython's message as its argument and the codec details as attributes.
    static func make(_ type: PyType, _ message: String, encoding: String, object: Value,
                     start: Int, end: Int, reason: String) -> PyException {
        let e = PyException(type, message)
        let attributes = PyDict()
        attributes.setString("encoding", .str(encoding))
        attributes.setString("object", object)
        attributes.setString("start", .int(start))
        attributes.setString("end", .int(end))
        attributes.setString("reason", .str(reason))
        e.attributes = attributes
        return e
    }

    static func unknownHandler(_ name: String) -> PyException {
        PyException(BuiltinTypes.lookupError, "unknown error handler name '\(name)'")
    }
}

/// The codecs str.encode and bytes.decode support.
enum StrCodec {
    case utf8, ascii, latin1

    var name: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    /// Normalises like `encodings.normalize_encoding` and resolves the usual aliases.
    static func lookup(_ encoding: String) throws -> StrCodec {
        var normalized = ""
        var pendingUnderscore = false
        for u in encoding.lowercased().unicodeScalars {
            if u.properties.isAlphabetic || (u.value >= 0x30 && u.value <= 0x39) || u == "." {
                if pendingUnderscore && !normalized.isEmpty { normalized += "_" }
                pendingUnderscore = false
                normalized.unicodeScalars.append(u)
            } else {
                pendingUnderscore = true
            }
        }
        switch normalized {
        case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
            return .utf8
        case "ascii", "646", "us_ascii", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
             "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
            return .ascii
        case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
             "ibm819", "csisolatin1", "iso_8859_1_1987":
            return .latin1
        default:
            throw PyException(BuiltinTypes.lookupError, "unknown encoding: \(encoding)")
        }
    }

    static func encode(_ s: PyStr, _ codec: StrCodec, errors: String) throws -> [UInt8] {
        // Swift strings hold no lone surrogates, so UTF-8 (and ASCII text) always encodes.
        if codec == .utf8 || s.isASCII { return Array(s.value.utf8) }
        let limit: UInt32 = codec == .ascii ? 0x80 : 0x100
        let scalars = s.scalars
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            if v < limit {
                out.append(UInt8(v))
                i += 1
                continue
            }
            // CPython hands the whole run of unencodable characters to the error handler.
            var j = i + 1
            while j < scalars.count && scalars[j].value >= limit { j += 1 }
            switch errors {
            case "strict", "surrogateescape", "surrogatepass":
                let reason = "ordinal not in range(\(limit))"
                let what = j - i == 1 ? "character '\(escaped(scalars[i].value))' in position \(i)"
                    : "characters in position \(i)-\(j - 1)"
                throw StrUnicodeErrors.make(StrUnicodeErrors.encodeError,
                                            "'\(codec.name)' codec can't encode \(what): \(reason)",
                                            encoding: codec.name, object: .object(s), start: i, end: j, reason: reason)
            case "ignore":
                break
            case "replace":
                out.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: j - i))
            case "backslashreplace":
                for k in i..<j { out.append(contentsOf: escaped(scalars[k].value).utf8) }
            case "xmlcharrefreplace":
                for k in i..<j { out.append(contentsOf: "&#\(scalars[k].value);".utf8) }
            case "namereplace":
                for k in i..<j {
                    if let name = scalars[k].properties.name {
                        out.append(contentsOf: "\\N{\(name)}".utf8)
                    } else {
                        out.append(contentsOf: escaped(scalars[k].value).utf8)
                    }
                }
            default:
                throw StrUnicodeErrors.unknownHandler(errors)
            }
            i = j
        }
        return out
    }

    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as in error messages and backslashreplace.
    static func escaped(_ v: UInt32) -> String {
        if v <= 0xFF { return "\\x" + String(v, radix: 16).leftPadded(to: 2) }
        if v <= 0xFFFF { return "\\u" + String(v, radix: 16).leftPadded(to: 4) }
        return "\\U" + String(v, radix: 16).leftPadded(to: 8)
    }

    static func decode(_ bytes: [UInt8], _ codec: StrCodec, errors: String, object: Value) throws -> String {
        switch codec {
        case .latin1:
            var view = String.UnicodeScalarView()
            view.append(contentsOf: bytes.map { Unicode.Scalar($0) })
            return String(view)
        case .ascii, .utf8:
            var out = ""
            var segmentStart = 0
            var i = 0
            while i < bytes.count {
                if bytes[i] < 0x80 {
                    i += 1
                    continue
                }
                let failure: (end: Int, reason: String)?
                if codec == .ascii {
                    failure = (i + 1, "ordinal not in range(128)")
                } else {
                    failure = utf8Failure(bytes, at: i)
                }
                guard let (end, reason) = failure else {
                    i += utf8Length(bytes[i])
                    continue
                }
                out += String(decoding: bytes[segmentStart..<i], as: UTF8.self)
                switch errors {
                case "strict", "surrogateescape", "surrogatepass":
                    let what = end - i == 1 ? "byte 0x\(String(bytes[i], radix: 16).leftPadded(to: 2)) in position \(i)"
                        : "bytes in position \(i)-\(end - 1)"
                    throw StrUnicodeErrors.make(StrUnicodeErrors.decodeError,
                                                "'\(codec.name)' codec can't decode \(what): \(reason)",
                                                encoding: codec.name, object: object, start: i, end: end, reason: reason)
                case "ignore":
                    break
                case "replace":
                    out += "\u{FFFD}"
                case "backslashreplace":
                    for b in bytes[i..<end] { out += escaped(UInt32(b)) }
                default:
                    throw StrUnicodeErrors.unknownHandler(errors)
                }
                i = end
                segmentStart = end
            }
            if segmentStart == 0 { return String(decoding: bytes, as: UTF8.self) }
            out += String(decoding: bytes[segmentStart...], as: UTF8.self)
            return out
        }
    }

    private static func utf8Length(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    /// The invalid range starting at `i` and CPython's reason, or nil for a valid sequence.
    private static func utf8Failure(_ b: [UInt8], at i: Int) -> (end: Int, reason: String)? {
        let lead = b[i]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; second = 0x80...0x8F
        default: return (i + 1, "invalid start byte")
        }
        var k = 1
        while k < length {
            if i + k >= b.count { return (b.count, "unexpected end of data") }
            let valid = k == 1 ? second.contains(b[i + k]) : (0x80...0xBF).contains(b[i + k])
            if !valid { return (i + k, "invalid continuation byte") }
            k += 1
        }
        return nil
    }
}

extension StrMethods {
    static func installCodecMethods(_ t: StrMethodInstaller<PyStr>) {
        t.addKeywords("encode", ["encoding", "errors"]) { _, s, a in
            let encoding = try a[0].map {
                try StrArgs.str($0, "encode() argument 'encoding' must be str, not \(StrArgs.clinicName($0))").value
            } ?? "utf-8"
            let errors = try a[1].map {
                try StrArgs.str($0, "encode() argument 'errors' must be str, not \(StrArgs.clinicName($0))").value
            } ?? "strict"
            let codec = try StrCodec.lookup(encoding)
            return .object(PyBytes(try StrCodec.encode(s, codec, errors: errors)))
        }
        t.add("translate", .one) { ts, s, a in
            let table = a[0]
            var out = String.UnicodeScalarView()
            var length = 0
            for u in s.value.unicodeScalars {
                let mapped: Value
                do {
                    mapped = try ts.getItem(table, .int(Int(u.value)))
                } catch let e as PyException where e.isInstance(of: BuiltinTypes.lookupError) {
                    out.append(u)
                    continue
                }
                switch mapped {
                case .none:
                    continue
                case .int, .bool, .object(is PyBigInt):
                    let code = IntegerArithmetic.big(mapped).flatMap { Int(exactly: $0) } ?? -1
                    guard code >= 0 && code < 0x110000 else {
                        throw PyException.valueError("character mapping must be in range(0x110000)")
                    }
                    // Swift strings cannot hold lone surrogates; they become U+FFFD.
                    out.append(Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}")
                case .object(let r as PyStr):
                    out.append(contentsOf: r.value.unicodeScalars)
                    length += r.count - 1
                default:
                    throw PyException.typeError("character mapping must return integer, None or str")
                }
                length += 1
                try StrArgs.checkLength(length)
            }
            return .str(String(out))
        }
        BuiltinTypes.str.staticMethod("maketrans") { _, args, kwargs in
            if !kwargs.isEmpty { throw PyException.typeError("str.maketrans() takes no keyword arguments") }
            try StrArgs.check("str", "maketrans", [.none] + args, [], .positional(1, 3))
            for (i, v) in args.enumerated().dropFirst() {
                _ = try StrArgs.str(v, "maketrans() argument \(i + 1) must be str, not \(StrArgs.clinicName(v))")
            }
            let result = PyDict()
            if args.count == 1 {
                guard case .object(let d as PyDict) = args[0] else {
                    throw PyException.typeError("if you give only one argument to maketrans it must be a dict")
                }
                for (key, value) in d.entries {
                    switch key {
                    case .object(let k as PyStr):
                        guard k.count == 1, let u = k.value.unicodeScalars.first else {
                            throw PyException.valueError("string keys in translate table must be of length 1")
                        }
                        try result.set(.int(Int(u.value)), value)
                    case .int, .bool, .object(is PyBigInt):
                        try result.set(key, value)
                    default:
                        throw PyException.typeError("keys in translate table must be strings or integers")
                    }
                }
                return .object(result)
            }
            guard case .object(let x as PyStr) = args[0] else {
                throw PyException.typeError("first maketrans argument must be a string if there is a second argument")
            }
            guard case .object(let y as PyStr) = args[1] else { return .object(result) }
            guard x.count == y.count else {
                throw PyException.valueError("the first two maketrans arguments must have equal length")
            }
            for (a, b) in zip(x.value.unicodeScalars, y.value.unicodeScalars) {
                try result.set(.int(Int(a.value)), .int(Int(b.value)))
            }
            if args.count > 2, case .object(let z as PyStr) = args[2] {
                for u in z.value.unicodeScalars { try result.set(.int(Int(u.value)), .none) }
            }
            return .object(result)
        }
    }
}
