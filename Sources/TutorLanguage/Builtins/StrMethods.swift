/// The methods of `str`. CPython 3.11 is the reference for every result and message.
/// Indices are code points; strings are handled as UTF-8 bytes when ASCII and as scalar
/// arrays otherwise (see `PyStr.withUnits`), never as Swift Characters.
enum StrMethods {
    static func install() {
        let t = StrMethodInstaller<PyStr>(type: BuiltinTypes.str, typeName: "str")
        installSearchMethods(t)
        installSplitMethods(t)
        installEditMethods(t)
        installPaddingMethods(t)
        installCaseMethods(t)
        installCodecMethods(t)
        installFormatMethods(t)
        installDunders(t)
    }

    static func pieces<T: StrUnit>(_ units: UnsafeBufferPointer<T>, _ ranges: [Range<Int>]) -> Value {
        .list(ranges.map { .str(T.strMake(units[$0])) })
    }

    // MARK: find, index, count, startswith

    private static func installSearchMethods(_ t: StrMethodInstaller<PyStr>) {
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false),
                                        ("index", false, true), ("rindex", true, true)] {
            t.add(name, .parseTuple(1, 3)) { ts, s, a in
                let (start, end) = try StrArgs.range(ts, a, from: 1)
                let sub = try StrArgs.str(a[0], "must be str, not \(StrArgs.typeName(a[0]))")
                let i = s.withUnits(sub,
                                    ascii: { StrAlgorithms.find($0, $1, start, end, reverse: reverse) },
                                    unicode: { StrAlgorithms.find($0, $1, start, end, reverse: reverse) })
                if i < 0 && raises { throw PyException.valueError("substring not found") }
                return .int(i)
            }
        }
        t.add("count", .parseTuple(1, 3)) { ts, s, a in
            let (start, end) = try StrArgs.range(ts, a, from: 1)
            let sub = try StrArgs.str(a[0], "must be str, not \(StrArgs.typeName(a[0]))")
            return .int(s.withUnits(sub, ascii: { StrAlgorithms.count($0, $1, start, end) },
                                    unicode: { StrAlgorithms.count($0, $1, start, end) }))
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            t.add(name, .parseTuple(1, 3)) { ts, s, a in
                let (start, end) = try StrArgs.range(ts, a, from: 1)
                func matches(_ sub: PyStr) -> Bool {
                    s.withUnits(sub, ascii: { StrAlgorithms.tailMatch($0, $1, start, end, suffix: suffix) },
                                unicode: { StrAlgorithms.tailMatch($0, $1, start, end, suffix: suffix) })
                }
                switch a[0] {
                case .object(let sub as PyStr):
                    return .bool(matches(sub))
                case .object(let tuple as PyTuple):
                    for item in tuple.items {
                        let sub = try StrArgs.str(item,
                            "tuple for \(name) must only contain str, not \(StrArgs.typeName(item))")
                        if matches(sub) { return .bool(true) }
                    }
                    return .bool(false)
                default:
                    throw PyException.typeError(
                        "\(name) first arg must be str or a tuple of str, not \(StrArgs.typeName(a[0]))")
                }
            }
        }
    }

    // MARK: split, join, partition

    private static func installSplitMethods(_ t: StrMethodInstaller<PyStr>) {
        for (name, reverse) in [("split", false), ("rsplit", true)] {
            t.addKeywords(name, ["sep", "maxsplit"]) { ts, s, a in
                let sepValue = a[0] ?? .none
                var sep: PyStr?
                if case .object(let p as PyStr) = sepValue {
                    sep = p
                } else if !sepValue.isNone {
                    throw PyException.typeError("must be str or None, not \(StrArgs.typeName(sepValue))")
                }
                let maxsplit = try a[1].map { try StrArgs.ssize(ts, $0) } ?? -1
                guard let sep = sep else {
                    return s.withUnits(ascii: { units in
                        pieces(units, reverse ? StrAlgorithms.rsplitWhitespace(units, maxsplit, StrChars.isSpace)
                                              : StrAlgorithms.splitWhitespace(units, maxsplit, StrChars.isSpace))
                    }, unicode: { units in
                        pieces(units, reverse ? StrAlgorithms.rsplitWhitespace(units, maxsplit, StrChars.isSpace)
                                              : StrAlgorithms.splitWhitespace(units, maxsplit, StrChars.isSpace))
                    })
                }
                if sep.value.isEmpty { throw PyException.valueError("empty separator") }
                return s.withUnits(sep, ascii: { units, sep in
                    pieces(units, reverse ? StrAlgorithms.rsplit(units, sep, maxsplit)
                                          : StrAlgorithms.split(units, sep, maxsplit))
                }, unicode: { units, sep in
                    pieces(units, reverse ? StrAlgorithms.rsplit(units, sep, maxsplit)
                                          : StrAlgorithms.split(units, sep, maxsplit))
                })
            }
        }
        t.addKeywords("splitlines", ["keepends"]) { ts, s, a in
            let keepends = try a[0].map { try StrArgs.cInt(ts, $0) != 0 } ?? false
            return s.withUnits(ascii: { pieces($0, StrAlgorithms.splitLines($0, keepends: keepends, StrChars.isLineBreak)) },
                               unicode: { pieces($0, StrAlgorithms.splitLines($0, keepends: keepends, StrChars.isLineBreak)) })
        }
        t.add("join", .one) { ts, s, a in
            .str(try join(s.value, try StrArgs.joinItems(ts, a[0])))
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            t.add(name, .one) { _, s, a in
                let sep = try StrArgs.str(a[0], "must be str, not \(StrArgs.typeName(a[0]))")
                if sep.value.isEmpty { throw PyException.valueError("empty separator") }
                func parts<T: StrUnit>(_ units: UnsafeBufferPointer<T>, _ sepUnits: UnsafeBufferPointer<T>) -> Value {
                    let i = StrAlgorithms.find(units, sepUnits, 0, units.count, reverse: reverse)
                    if i < 0 {
                        return reverse ? .tuple([.str(""), .str(""), .object(s)]) : .tuple([.object(s), .str(""), .str("")])
                    }
                    return .tuple([.str(T.strMake(units[0..<i])), .object(sep),
                                   .str(T.strMake(units[(i + sepUnits.count)...]))])
                }
                return s.withUnits(sep, ascii: parts, unicode: parts)
            }
        }
    }

    /// str.join: one pass to check and measure, one to copy into a reserved buffer.
    /// Items are recognised by their Swift class (PyStr is final), avoiding a dynamic
    /// cast per item.
    static func join(_ separator: String, _ items: [Value]) throws -> String {
        var total = 0
        for i in items.indices {
            guard case .object(let o) = items[i], type(of: o) == PyStr.self else {
                throw PyException.typeError(
                    "sequence item \(i): expected str instance, \(StrArgs.typeName(items[i])) found")
            }
            total &+= unsafeDowncast(o, to: PyStr.self).value.utf8.count
        }
        if items.count == 1, case .object(let only) = items[0] { return unsafeDowncast(only, to: PyStr.self).value }
        let separators = StrArgs.product(separator.utf8.count, max(items.count - 1, 0))
        try StrArgs.checkLength(total, separators)
        // Copies the UTF-8 bytes straight into the new string's storage.
        let sep = PyStr(separator)
        return sep.withUTF8Buffer { sepBytes in
            String(unsafeUninitializedCapacity: total + separators) { buffer in
                var at = 0
                func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                    guard let source = bytes.baseAddress, let destination = buffer.baseAddress,
                          at + bytes.count <= buffer.count else { return }
                    UnsafeMutableRawPointer(destination + at).copyMemory(from: source, byteCount: bytes.count)
                    at += bytes.count
                }
                for i in items.indices {
                    if i > 0 { copy(sepBytes) }
                    if case .object(let o) = items[i] { unsafeDowncast(o, to: PyStr.self).withUTF8Buffer(copy) }
                }
                return at
            }
        }
    }

    // MARK: strip, replace, removeprefix, expandtabs

    private static func installEditMethods(_ t: StrMethodInstaller<PyStr>) {
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.add(name, .positional(0, 1)) { _, s, a in
                var test: (UInt32) -> Bool = StrChars.isSpace
                if let chars = a.first, !chars.isNone {
                    guard case .object(let c as PyStr) = chars else {
                        throw PyException.typeError("\(name) arg must be None or str")
                    }
                    let set = Set(c.value.unicodeScalars.map { $0.value })
                    test = { set.contains($0) }
                }
                let range = s.withUnits(ascii: { StrAlgorithms.stripBounds($0, left: left, right: right, test) },
                                        unicode: { StrAlgorithms.stripBounds($0, left: left, right: right, test) })
                if range.count == s.count { return .object(s) }
                return .str(s.substring(range))
            }
        }
        t.add("replace", .positional(2, 3)) { ts, s, a in
            let old = try StrArgs.str(a[0], "replace() argument 1 must be str, not \(StrArgs.clinicName(a[0]))")
            let new = try StrArgs.str(a[1], "replace() argument 2 must be str, not \(StrArgs.clinicName(a[1]))")
            let count = a.count > 2 ? try StrArgs.ssize(ts, a[2]) : -1
            func run<T: StrUnit>(_ units: UnsafeBufferPointer<T>, _ oldUnits: UnsafeBufferPointer<T>) throws -> String {
                let positions = StrAlgorithms.replacePositions(units, oldUnits, count)
                if positions.isEmpty { return s.value }
                let growth = StrArgs.product(positions.count, new.value.utf8.count)
                try StrArgs.checkLength(s.value.utf8.count, growth)
                var out = ""
                out.reserveCapacity(s.value.utf8.count + growth)
                StrAlgorithms.replace(units.count, oldUnits.count, positions,
                                      piece: { out += T.strMake(units[$0]) }, insert: { out += new.value })
                return out
            }
            return .str(try s.withUnits(old, ascii: run, unicode: run))
        }
        for (name, suffix) in [("removeprefix", false), ("removesuffix", true)] {
            t.add(name, .one) { _, s, a in
                let affix = try StrArgs.str(a[0], "\(name)() argument must be str, not \(StrArgs.clinicName(a[0]))")
                // Code-point affixes are exactly UTF-8 byte affixes.
                let n = affix.value.utf8.count
                if n == 0 { return .object(s) }
                let bytes = s.value.utf8
                if suffix {
                    guard bytes.count >= n, bytes.reversed().starts(with: affix.value.utf8.reversed()) else { return .object(s) }
                    return .str(String(decoding: bytes.dropLast(n), as: UTF8.self))
                }
                guard bytes.starts(with: affix.value.utf8) else { return .object(s) }
                return .str(String(decoding: bytes.dropFirst(n), as: UTF8.self))
            }
        }
        t.addKeywords("expandtabs", ["tabsize"]) { ts, s, a in
            let tabsize = try a[0].map { try StrArgs.cInt(ts, $0) } ?? 8
            if !s.value.utf8.contains(0x09) { return .object(s) }
            var out = String.UnicodeScalarView()
            var column = 0
            var length = 0
            for u in s.value.unicodeScalars {
                if u == "\t" {
                    if tabsize > 0 {
                        let spaces = tabsize - column % tabsize
                        column += spaces
                        length += spaces
                        try StrArgs.checkLength(length)
                        out.append(contentsOf: repeatElement(" ", count: spaces))
                    }
                } else {
                    column += 1
                    length += 1
                    out.append(u)
                    if u == "\n" || u == "\r" { column = 0 }
                }
            }
            return .str(String(out))
        }
    }

    // MARK: zfill, center, ljust, rjust

    private static func installPaddingMethods(_ t: StrMethodInstaller<PyStr>) {
        t.add("zfill", .one) { ts, s, a in
            let width = try StrArgs.ssize(ts, a[0])
            let length = s.count
            if length >= width { return .object(s) }
            try StrArgs.checkLength(width)
            var out = String.UnicodeScalarView()
            var rest = s.value.unicodeScalars[...]
            // A leading sign stays in front of the zeros.
            if let first = rest.first, first == "+" || first == "-" {
                out.append(first)
                rest = rest.dropFirst()
            }
            out.append(contentsOf: repeatElement("0", count: width - length))
            out.append(contentsOf: rest)
            return .str(String(out))
        }
        for name in ["center", "ljust", "rjust"] {
            t.add(name, .positional(1, 2)) { ts, s, a in
                let width = try StrArgs.ssize(ts, a[0])
                var fill: Unicode.Scalar = " "
                if a.count > 1 {
                    guard case .object(let f as PyStr) = a[1] else {
                        throw PyException.typeError(
                            "The fill character must be a unicode character, not \(StrArgs.typeName(a[1]))")
                    }
                    guard f.count == 1, let u = f.value.unicodeScalars.first else {
                        throw PyException.typeError("The fill character must be exactly one character long")
                    }
                    fill = u
                }
                let length = s.count
                if length >= width { return .object(s) }
                try StrArgs.checkLength(width)
                let margin = width - length
                let left: Int
                switch name {
                case "center": left = margin / 2 + (margin & width & 1)
                case "rjust": left = margin
                default: left = 0
                }
                var out = String.UnicodeScalarView()
                out.append(contentsOf: repeatElement(fill, count: left))
                out.append(contentsOf: s.value.unicodeScalars)
                out.append(contentsOf: repeatElement(fill, count: margin - left))
                return .str(String(out))
            }
        }
    }

    // MARK: special methods called explicitly

    private static func installDunders(_ t: StrMethodInstaller<PyStr>) {
        t.add("__len__", .wrapper(0)) { _, s, _ in .int(s.count) }
        t.add("__hash__", .wrapper(0)) { _, s, _ in .int(s.hashValue64) }
        t.add("__str__", .wrapper(0)) { _, s, _ in .object(s) }
        t.add("__repr__", .wrapper(0)) { _, s, _ in .str(ThreadState.quote(s.value)) }
        t.add("__iter__", .wrapper(0)) { ts, s, _ in try ts.getIterator(.object(s)) }
        t.add("__getitem__", .wrapper(1)) { ts, s, a in try ts.getItem(.object(s), a[0]) }
        t.add("__contains__", .wrapper(1)) { ts, s, a in .bool(try ts.contains(.object(s), a[0])) }
        t.add("__add__", .wrapper(1)) { _, s, a in
            guard case .object(let other as PyStr) = a[0] else {
                throw PyException.typeError("can only concatenate str (not \"\(StrArgs.typeName(a[0]))\") to str")
            }
            return .str(s.value + other.value)
        }
        for name in ["__mul__", "__rmul__"] {
            t.add(name, .spacedWrapper(1)) { ts, s, a in
                var count = a[0]
                if !IntegerArithmetic.isIntLike(count) { count = .int(try ts.index(count)) }
                return try ts.binaryOperation(.object(s), count, .multiply)
            }
        }
        t.add("__mod__", .wrapper(1)) { ts, s, a in .str(try ts.percentFormat(s.value, a[0])) }
        t.add("__rmod__", .wrapper(1)) { ts, s, a in
            guard case .object(let other as PyStr) = a[0] else { return StrArgs.notImplemented }
            return .str(try ts.percentFormat(other.value, .object(s)))
        }
        let comparisons: [(String, RichComparison)] = [
            ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
            ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual),
        ]
        for (name, op) in comparisons {
            t.add(name, .wrapper(1)) { ts, s, a in
                guard case .object(let other as PyStr) = a[0] else { return StrArgs.notImplemented }
                return .bool(try ts.compareBool(.object(s), .object(other), op))
            }
        }
        t.add("__format__", .one) { ts, s, a in
            let spec = try StrArgs.str(a[0], "__format__() argument must be str, not \(StrArgs.clinicName(a[0]))")
            return .str(try ts.format(.object(s), spec.value))
        }
    }
}
