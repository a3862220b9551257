/// The methods of `bytes`, sharing the search and split algorithms of str (a byte is a unit).
enum BytesMethods {
    static func install() {
        let t = StrMethodInstaller<PyBytes>(type: BuiltinTypes.bytes, typeName: "bytes")
        installSearchMethods(t)
        installSplitMethods(t)
        installEditMethods(t)
        installConversionMethods(t)
        installDunders(t)
    }

    static func bytesLike(_ v: Value) throws -> [UInt8] {
        if case .object(let b as PyBytes) = v { return b.value }
        throw PyException.typeError("a bytes-like object is required, not '\(StrArgs.typeName(v))'")
    }

    static func pieces(_ b: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>]) -> Value {
        .list(ranges.map { .object(PyBytes(Array(b[$0]))) })
    }

    /// The needle of find/count/index: bytes or a single byte as an int.
    private static func needle(_ ts: ThreadState, _ v: Value) throws -> [UInt8] {
        switch v {
        case .object(let b as PyBytes): return b.value
        case .int, .bool, .object(is PyBigInt):
            let i = IntegerArithmetic.big(v).flatMap { Int(exactly: $0) } ?? -1
            guard i >= 0 && i < 256 else { throw PyException.valueError("byte must be in range(0, 256)") }
            return [UInt8(i)]
        default:
            throw PyException.typeError(
                "argument should be integer or bytes-like object, not '\(StrArgs.typeName(v))'")
        }
    }

    private static func installSearchMethods(_ t: StrMethodInstaller<PyBytes>) {
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false),
                                        ("index", false, true), ("rindex", true, true)] {
            t.add(name, .parseTuple(1, 3)) { ts, b, a in
                let (start, end) = try StrArgs.range(ts, a, from: 1)
                let sub = try needle(ts, a[0])
                let i = b.value.withUnsafeBufferPointer { h in
                    sub.withUnsafeBufferPointer { StrAlgorithms.find(h, $0, start, end, reverse: reverse) }
                }
                if i < 0 && raises { throw PyException.valueError("subsection not found") }
                return .int(i)
            }
        }
        t.add("count", .parseTuple(1, 3)) { ts, b, a in
            let (start, end) = try StrArgs.range(ts, a, from: 1)
            let sub = try needle(ts, a[0])
            return .int(b.value.withUnsafeBufferPointer { h in
                sub.withUnsafeBufferPointer { StrAlgorithms.count(h, $0, start, end) }
            })
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            t.add(name, .parseTuple(1, 3)) { ts, b, a in
                let (start, end) = try StrArgs.range(ts, a, from: 1)
                func matches(_ sub: [UInt8]) -> Bool {
                    b.value.withUnsafeBufferPointer { h in
                        sub.withUnsafeBufferPointer { StrAlgorithms.tailMatch(h, $0, start, end, suffix: suffix) }
                    }
                }
                switch a[0] {
                case .object(let sub as PyBytes):
                    return .bool(matches(sub.value))
                case .object(let tuple as PyTuple):
                    for item in tuple.items where matches(try bytesLike(item)) { return .bool(true) }
                    return .bool(false)
                default:
                    throw PyException.typeError(
                        "\(name) first arg must be bytes or a tuple of bytes, not \(StrArgs.typeName(a[0]))")
                }
            }
        }
    }

    private static func installSplitMethods(_ t: StrMethodInstaller<PyBytes>) {
        for (name, reverse) in [("split", false), ("rsplit", true)] {
            t.addKeywords(name, ["sep", "maxsplit"]) { ts, b, a in
                let sepValue = a[0] ?? .none
                let sep = sepValue.isNone ? nil : try bytesLike(sepValue)
                let maxsplit = try a[1].map { try StrArgs.ssize(ts, $0) } ?? -1
                if let sep = sep, sep.isEmpty { throw PyException.valueError("empty separator") }
                return b.value.withUnsafeBufferPointer { h in
                    guard let sep = sep else {
                        return pieces(h, reverse ? StrAlgorithms.rsplitWhitespace(h, maxsplit, StrChars.isASCIISpace)
                                                 : StrAlgorithms.splitWhitespace(h, maxsplit, StrChars.isASCIISpace))
                    }
                    return sep.withUnsafeBufferPointer { s in
                        pieces(h, reverse ? StrAlgorithms.rsplit(h, s, maxsplit) : StrAlgorithms.split(h, s, maxsplit))
                    }
                }
            }
        }
        t.add("join", .one) { ts, b, a in
            let items = try StrArgs.joinItems(ts, a[0])
            var total = 0
            for (i, item) in items.enumerated() {
                guard case .object(let o as PyBytes) = item else {
                    throw PyException.typeError(
                        "sequence item \(i): expected a bytes-like object, \(StrArgs.typeName(item)) found")
                }
                total &+= o.value.count
            }
            let separators = StrArgs.product(b.value.count, max(items.count - 1, 0))
            try StrArgs.checkLength(total, separators)
            var out: [UInt8] = []
            out.reserveCapacity(total + separators)
            for (i, item) in items.enumerated() {
                if i > 0 { out += b.value }
                if case .object(let o) = item { out += unsafeDowncast(o, to: PyBytes.self).value }
            }
            return .object(PyBytes(out))
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            t.add(name, .one) { _, b, a in
                let sep = try bytesLike(a[0])
                if sep.isEmpty { throw PyException.valueError("empty separator") }
                let i = b.value.withUnsafeBufferPointer { h in
                    sep.withUnsafeBufferPointer { StrAlgorithms.find(h, $0, 0, h.count, reverse: reverse) }
                }
                let empty = Value.object(PyBytes([]))
                if i < 0 { return .tuple(reverse ? [empty, empty, .object(b)] : [.object(b), empty, empty]) }
                return .tuple([.object(PyBytes(Array(b.value[..<i]))), .object(PyBytes(sep)),
                               .object(PyBytes(Array(b.value[(i + sep.count)...])))])
            }
        }
        t.addKeywords("splitlines", ["keepends"]) { ts, b, a in
            let keepends = try a[0].map { try StrArgs.cInt(ts, $0) != 0 } ?? false
            return b.value.withUnsafeBufferPointer {
                pieces($0, StrAlgorithms.splitLines($0, keepends: keepends) { $0 == 0x0A || $0 == 0x0D })
            }
        }
    }

    private static func installEditMethods(_ t: StrMethodInstaller<PyBytes>) {
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.add(name, .positional(0, 1)) { _, b, a in
                var test: (UInt32) -> Bool = StrChars.isASCIISpace
                if let chars = a.first, !chars.isNone {
                    let set = Set(try bytesLike(chars).map { UInt32($0) })
                    test = { set.contains($0) }
                }
                let range = b.value.withUnsafeBufferPointer { StrAlgorithms.stripBounds($0, left: left, right: right, test) }
                return .object(PyBytes(Array(b.value[range])))
            }
        }
        t.add("replace", .positional(2, 3)) { ts, b, a in
            let old = try bytesLike(a[0])
            let new = try bytesLike(a[1])
            let count = a.count > 2 ? try StrArgs.ssize(ts, a[2]) : -1
            let positions = b.value.withUnsafeBufferPointer { h in
                old.withUnsafeBufferPointer { StrAlgorithms.replacePositions(h, $0, count) }
            }
            if positions.isEmpty { return .object(b) }
            let growth = StrArgs.product(positions.count, new.count)
            try StrArgs.checkLength(b.value.count, growth)
            var out: [UInt8] = []
            out.reserveCapacity(b.value.count + growth)
            StrAlgorithms.replace(b.value.count, old.count, positions,
                                  piece: { out += b.value[$0] }, insert: { out += new })
            return .object(PyBytes(out))
        }
        let mappings: [(String, (UInt8) -> UInt8)] = [
            ("upper", StrCase.upperASCII), ("lower", StrCase.lowerASCII),
            ("swapcase", { StrCase.isCasedASCII($0) ? $0 ^ 0x20 : $0 }),
        ]
        for (name, mapping) in mappings {
            t.add(name, .none) { _, b, _ in .object(PyBytes(b.value.map(mapping))) }
        }
        t.add("capitalize", .none) { _, b, _ in
            .object(PyBytes(b.value.enumerated().map {
                $0.offset == 0 ? StrCase.upperASCII($0.element) : StrCase.lowerASCII($0.element)
            }))
        }
        t.add("title", .none) { _, b, _ in
            var previousCased = false
            return .object(PyBytes(b.value.map { c in
                let mapped = previousCased ? StrCase.lowerASCII(c) : StrCase.upperASCII(c)
                previousCased = StrCase.isCasedASCII(c)
                return mapped
            }))
        }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        let predicates: [(String, (UInt8) -> Bool)] = [
            ("isdigit", isDigit), ("isalpha", StrCase.isCasedASCII),
            ("isalnum", { isDigit($0) || StrCase.isCasedASCII($0) }),
            ("isspace", { StrChars.isASCIISpace(UInt32($0)) }),
        ]
        for (name, test) in predicates {
            t.add(name, .none) { _, b, _ in .bool(!b.value.isEmpty && b.value.allSatisfy(test)) }
        }
        t.add("isascii", .none) { _, b, _ in .bool(b.value.allSatisfy { $0 < 0x80 }) }
        t.add("isupper", .none) { _, b, _ in
            .bool(b.value.contains { $0 >= 0x41 && $0 <= 0x5A } && !b.value.contains { $0 >= 0x61 && $0 <= 0x7A })
        }
        t.add("islower", .none) { _, b, _ in
            .bool(b.value.contains { $0 >= 0x61 && $0 <= 0x7A } && !b.value.contains { $0 >= 0x41 && $0 <= 0x5A })
        }
    }

    private static func installConversionMethods(_ t: StrMethodInstaller<PyBytes>) {
        t.addKeywords("decode", ["encoding", "errors"]) { _, b, a in
            let encoding = try a[0].map {
                try StrArgs.str($0, "decode() argument 'encoding' must be str, not \(StrArgs.clinicName($0))").value
            } ?? "utf-8"
            let errors = try a[1].map {
                try StrArgs.str($0, "decode() argument 'errors' must be str, not \(StrArgs.clinicName($0))").value
            } ?? "strict"
            let codec = try StrCodec.lookup(encoding)
            return .str(try StrCodec.decode(b.value, codec, errors: errors, object: .object(b)))
        }
        t.addKeywords("hex", ["sep", "bytes_per_sep"]) { ts, b, a in
            var separator: UInt8?
            if let sepValue = a[0], !sepValue.isNone {
                let sep: [UInt8]
                switch sepValue {
                case .object(let s as PyStr):
                    guard s.count == 1 else { throw PyException.valueError("sep must be length 1.") }
                    guard s.isASCII else { throw PyException.valueError("sep must be ASCII.") }
                    sep = Array(s.value.utf8)
                case .object(let s as PyBytes):
                    sep = s.value
                    guard sep.count == 1 else { throw PyException.valueError("sep must be length 1.") }
                    guard sep[0] < 0x80 else { throw PyException.valueError("sep must be ASCII.") }
                default:
                    throw PyException.typeError("object of type '\(StrArgs.typeName(sepValue))' has no len()")
                }
                separator = sep[0]
            }
            let perSep = try a[1].map { try StrArgs.cInt(ts, $0) } ?? 1
            return .str(hex(b.value, separator: separator, bytesPerSeparator: perSep))
        }
        BuiltinTypes.bytes.classMethod("fromhex") { _, args, kwargs in
            // args[0] is the class.
            try StrArgs.check("bytes", "fromhex", args, kwargs, .one)
            let s = try StrArgs.str(args[1], "fromhex() argument must be str, not \(StrArgs.clinicName(args[1]))")
            return .object(PyBytes(try fromHex(s)))
        }
    }

    static func hex(_ bytes: [UInt8], separator: UInt8?, bytesPerSeparator: Int) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3)
        let group = Int(bytesPerSeparator.magnitude)
        for (i, byte) in bytes.enumerated() {
            if let sep = separator, group > 0, i > 0 {
                // A positive count groups from the right, a negative one from the left.
                let boundary = bytesPerSeparator > 0 ? (bytes.count - i) % group == 0 : i % group == 0
                if boundary { out.append(sep) }
            }
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// bytes.fromhex: pairs of hex digits, with ASCII whitespace allowed between pairs.
    static func fromHex(_ s: PyStr) throws -> [UInt8] {
        func digit(_ u: Unicode.Scalar) -> UInt8? {
            switch u.value {
            case 0x30...0x39: return UInt8(u.value - 0x30)
            case 0x41...0x46: return UInt8(u.value - 0x41 + 10)
            case 0x61...0x66: return UInt8(u.value - 0x61 + 10)
            default: return nil
            }
        }
        let scalars = s.scalars
        var out: [UInt8] = []
        var i = 0
        while i < scalars.count {
            if StrChars.isASCIISpace(scalars[i].value) {
                i += 1
                continue
            }
            guard let high = digit(scalars[i]) else {
                throw PyException.valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            guard i + 1 < scalars.count, let low = digit(scalars[i + 1]) else {
                throw PyException.valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(high << 4 | low)
            i += 2
        }
        return out
    }

    private static func installDunders(_ t: StrMethodInstaller<PyBytes>) {
        t.add("__len__", .wrapper(0)) { _, b, _ in .int(b.value.count) }
        t.add("__iter__", .wrapper(0)) { ts, b, _ in try ts.getIterator(.object(b)) }
        t.add("__getitem__", .wrapper(1)) { ts, b, a in try ts.getItem(.object(b), a[0]) }
        t.add("__contains__", .wrapper(1)) { ts, b, a in .bool(try ts.contains(.object(b), a[0])) }
        t.add("__hash__", .wrapper(0)) { _, b, _ in .int(try Hashing.hash(.object(b))) }
        t.add("__repr__", .wrapper(0)) { _, b, _ in .str(ThreadState.bytesRepr(b.value)) }
        t.add("__add__", .wrapper(1)) { _, b, a in
            guard case .object(let other as PyBytes) = a[0] else {
                throw PyException.typeError("can't concat \(StrArgs.typeName(a[0])) to bytes")
            }
            return .object(PyBytes(b.value + other.value))
        }
    }
}
