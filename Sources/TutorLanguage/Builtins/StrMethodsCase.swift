/// Character classes as CPython's unicodectype.c defines them.
enum StrChars {
    /// Py_UNICODE_ISSPACE: bidirectional WS/B/S or category Zs (a fixed list).
    static func isSpace(_ c: UInt32) -> Bool {
        switch c {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// The boundaries str.splitlines() splits on.
    static func isLineBreak(_ c: UInt32) -> Bool {
        switch c {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Py_ISSPACE: the ASCII whitespace bytes methods use.
    static func isASCIISpace(_ c: UInt32) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D)
    }

    static func isTitle(_ u: Unicode.Scalar) -> Bool { u.properties.generalCategory == .titlecaseLetter }

    static func isAlpha(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDecimal(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x30 && u.value <= 0x39 }
        return u.properties.numericType == .decimal
    }

    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x30 && u.value <= 0x39 }
        let t = u.properties.numericType
        return t == .decimal || t == .digit
    }

    static func isNumeric(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x30 && u.value <= 0x39 }
        return u.properties.numericType != nil
    }

    static func isAlnum(_ u: Unicode.Scalar) -> Bool { isAlpha(u) || isNumeric(u) }
}

/// Case mappings on code points: full (multi-character) mappings, Greek final sigma, and
/// CPython's definitions of title() and capitalize().
enum StrCase {
    static func append(_ mapping: String, to out: inout String.UnicodeScalarView) {
        out.append(contentsOf: mapping.unicodeScalars)
    }

    static func appendLower(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, to out: inout String.UnicodeScalarView) {
        let c = s[i]
        if c.value < 0x80 {
            out.append(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(UInt8(c.value) + 32) : c)
        } else if c.value == 0x3A3 {
            out.append(isFinalSigma(s, i) ? "\u{3C2}" : "\u{3C3}")
        } else {
            append(c.properties.lowercaseMapping, to: &out)
        }
    }

    static func appendUpper(_ c: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if c.value < 0x80 {
            out.append(c.value >= 0x61 && c.value <= 0x7A ? Unicode.Scalar(UInt8(c.value) - 32) : c)
        } else {
            append(c.properties.uppercaseMapping, to: &out)
        }
    }

    static func appendTitle(_ c: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if c.value < 0x80 { appendUpper(c, to: &out) } else { append(c.properties.titlecaseMapping, to: &out) }
    }

    /// CPython's handle_capital_sigma: Σ is final when preceded by a cased letter and not
    /// followed by one (case-ignorable characters in between are skipped).
    static func isFinalSigma(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && s[j].properties.isCased else { return false }
        j = i + 1
        while j < s.count && s[j].properties.isCaseIgnorable { j += 1 }
        return j == s.count || !s[j].properties.isCased
    }

    static func map(_ s: PyStr, ascii: (UInt8) -> UInt8,
                    _ body: (UnsafeBufferPointer<Unicode.Scalar>, inout String.UnicodeScalarView) -> Void) -> String {
        if s.isASCII {
            return s.withUTF8Buffer { b in String(decoding: b.map(ascii), as: UTF8.self) }
        }
        var out = String.UnicodeScalarView()
        s.scalars.withUnsafeBufferPointer { body($0, &out) }
        return String(out)
    }

    static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
    static func upperASCII(_ b: UInt8) -> UInt8 { b >= 0x61 && b <= 0x7A ? b - 32 : b }
    static func isCasedASCII(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    static func lower(_ s: PyStr) -> String {
        map(s, ascii: lowerASCII) { s, out in
            for i in 0..<s.count { appendLower(s, i, to: &out) }
        }
    }

    static func upper(_ s: PyStr) -> String {
        map(s, ascii: upperASCII) { s, out in
            for c in s { appendUpper(c, to: &out) }
        }
    }

    static func swapcase(_ s: PyStr) -> String {
        map(s, ascii: { b in isCasedASCII(b) ? b ^ 0x20 : b }) { s, out in
            for i in 0..<s.count {
                let c = s[i]
                if c.properties.isUppercase {
                    appendLower(s, i, to: &out)
                } else if c.properties.isLowercase {
                    appendUpper(c, to: &out)
                } else {
                    out.append(c)
                }
            }
        }
    }

    /// Title case after uncased characters, lower case after cased ones.
    static func title(_ s: PyStr) -> String {
        if s.isASCII {
            var previousCased = false
            return s.withUTF8Buffer { b in
                String(decoding: b.map { c -> UInt8 in
                    let mapped = previousCased ? lowerASCII(c) : upperASCII(c)
                    previousCased = isCasedASCII(c)
                    return mapped
                }, as: UTF8.self)
            }
        }
        var out = String.UnicodeScalarView()
        s.scalars.withUnsafeBufferPointer { s in
            var previousCased = false
            for i in 0..<s.count {
                if previousCased { appendLower(s, i, to: &out) } else { appendTitle(s[i], to: &out) }
                previousCased = s[i].properties.isCased
            }
        }
        return String(out)
    }

    /// First character in title case (CPython 3.8+), the rest lower case.
    static func capitalize(_ s: PyStr) -> String {
        if s.isASCII {
            return s.withUTF8Buffer { b in
                String(decoding: b.enumerated().map { $0.offset == 0 ? upperASCII($0.element) : lowerASCII($0.element) },
                       as: UTF8.self)
            }
        }
        var out = String.UnicodeScalarView()
        s.scalars.withUnsafeBufferPointer { s in
            for i in 0..<s.count {
                if i == 0 { appendTitle(s[0], to: &out) } else { appendLower(s, i, to: &out) }
            }
        }
        return String(out)
    }

    /// Full case folding: the lower-case mapping except where CaseFolding.txt differs.
    static func casefold(_ s: PyStr) -> String {
        map(s, ascii: lowerASCII) { s, out in
            for c in s {
                let v = c.value
                if v < 0x80 {
                    out.append(Unicode.Scalar(lowerASCII(UInt8(v))))
                } else if v >= 0x13A0 && v <= 0x13F5 {
                    out.append(c)   // Cherokee folds to its upper case
                } else if v >= 0x13F8 && v <= 0x13FD, let u = Unicode.Scalar(v - 8) {
                    out.append(u)
                } else if v >= 0xAB70 && v <= 0xABBF, let u = Unicode.Scalar(v - 0xAB70 + 0x13A0) {
                    out.append(u)
                } else if let folded = foldExceptions[v] {
                    append(folded, to: &out)
                } else {
                    append(c.properties.lowercaseMapping, to: &out)
                }
            }
        }
    }

    /// Code points whose full case folding differs from their lower-case mapping
    /// (generated from CPython 3.11's str.casefold, Cherokee ranges handled above).
    static let foldExceptions: [UInt32: String] = [
        0x00B5: "\u{3BC}", 0x00DF: "\u{73}\u{73}", 0x0149: "\u{2BC}\u{6E}", 0x017F: "\u{73}",
        0x01F0: "\u{6A}\u{30C}", 0x0345: "\u{3B9}", 0x0390: "\u{3B9}\u{308}\u{301}", 0x03B0: "\u{3C5}\u{308}\u{301}",
        0x03C2: "\u{3C3}", 0x03D0: "\u{3B2}", 0x03D1: "\u{3B8}", 0x03D5: "\u{3C6}", 0x03D6: "\u{3C0}",
        0x03F0: "\u{3BA}", 0x03F1: "\u{3C1}", 0x03F5: "\u{3B5}", 0x0587: "\u{565}\u{582}", 0x1C80: "\u{432}",
        0x1C81: "\u{434}", 0x1C82: "\u{43E}", 0x1C83: "\u{441}", 0x1C84: "\u{442}", 0x1C85: "\u{442}",
        0x1C86: "\u{44A}", 0x1C87: "\u{463}", 0x1C88: "\u{A64B}", 0x1E96: "\u{68}\u{331}", 0x1E97: "\u{74}\u{308}",
        0x1E98: "\u{77}\u{30A}", 0x1E99: "\u{79}\u{30A}", 0x1E9A: "\u{61}\u{2BE}", 0x1E9B: "\u{1E61}",
        0x1E9E: "\u{73}\u{73}", 0x1F50: "\u{3C5}\u{313}", 0x1F52: "\u{3C5}\u{313}\u{300}",
        0x1F54: "\u{3C5}\u{313}\u{301}", 0x1F56: "\u{3C5}\u{313}\u{342}", 0x1F80: "\u{1F00}\u{3B9}",
        0x1F81: "\u{1F01}\u{3B9}", 0x1F82: "\u{1F02}\u{3B9}", 0x1F83: "\u{1F03}\u{3B9}", 0x1F84: "\u{1F04}\u{3B9}",
        0x1F85: "\u{1F05}\u{3B9}", 0x1F86: "\u{1F06}\u{3B9}", 0x1F87: "\u{1F07}\u{3B9}", 0x1F88: "\u{1F00}\u{3B9}",
        0x1F89: "\u{1F01}\u{3B9}", 0x1F8A: "\u{1F02}\u{3B9}", 0x1F8B: "\u{1F03}\u{3B9}", 0x1F8C: "\u{1F04}\u{3B9}",
        0x1F8D: "\u{1F05}\u{3B9}", 0x1F8E: "\u{1F06}\u{3B9}", 0x1F8F: "\u{1F07}\u{3B9}", 0x1F90: "\u{1F20}\u{3B9}",
        0x1F91: "\u{1F21}\u{3B9}", 0x1F92: "\u{1F22}\u{3B9}", 0x1F93: "\u{1F23}\u{3B9}", 0x1F94: "\u{1F24}\u{3B9}",
        0x1F95: "\u{1F25}\u{3B9}", 0x1F96: "\u{1F26}\u{3B9}", 0x1F97: "\u{1F27}\u{3B9}", 0x1F98: "\u{1F20}\u{3B9}",
        0x1F99: "\u{1F21}\u{3B9}", 0x1F9A: "\u{1F22}\u{3B9}", 0x1F9B: "\u{1F23}\u{3B9}", 0x1F9C: "\u{1F24}\u{3B9}",
        0x1F9D: "\u{1F25}\u{3B9}", 0x1F9E: "\u{1F26}\u{3B9}", 0x1F9F: "\u{1F27}\u{3B9}", 0x1FA0: "\u{1F60}\u{3B9}",
        0x1FA1: "\u{1F61}\u{3B9}", 0x1FA2: "\u{1F62}\u{3B9}", 0x1FA3: "\u{1F63}\u{3B9}", 0x1FA4: "\u{1F64}\u{3B9}",
        0x1FA5: "\u{1F65}\u{3B9}", 0x1FA6: "\u{1F66}\u{3B9}", 0x1FA7: "\u{1F67}\u{3B9}", 0x1FA8: "\u{1F60}\u{3B9}",
        0x1FA9: "\u{1F61}\u{3B9}", 0x1FAA: "\u{1F62}\u{3B9}", 0x1FAB: "\u{1F63}\u{3B9}", 0x1FAC: "\u{1F64}\u{3B9}",
        0x1FAD: "\u{1F65}\u{3B9}", 0x1FAE: "\u{1F66}\u{3B9}", 0x1FAF: "\u{1F67}\u{3B9}", 0x1FB2: "\u{1F70}\u{3B9}",
        0x1FB3: "\u{3B1}\u{3B9}", 0x1FB4: "\u{3AC}\u{3B9}", 0x1FB6: "\u{3B1}\u{342}",
        0x1FB7: "\u{3B1}\u{342}\u{3B9}", 0x1FBC: "\u{3B1}\u{3B9}", 0x1FBE: "\u{3B9}", 0x1FC2: "\u{1F74}\u{3B9}",
        0x1FC3: "\u{3B7}\u{3B9}", 0x1FC4: "\u{3AE}\u{3B9}", 0x1FC6: "\u{3B7}\u{342}",
        0x1FC7: "\u{3B7}\u{342}\u{3B9}", 0x1FCC: "\u{3B7}\u{3B9}", 0x1FD2: "\u{3B9}\u{308}\u{300}",
        0x1FD3: "\u{3B9}\u{308}\u{301}", 0x1FD6: "\u{3B9}\u{342}", 0x1FD7: "\u{3B9}\u{308}\u{342}",
        0x1FE2: "\u{3C5}\u{308}\u{300}", 0x1FE3: "\u{3C5}\u{308}\u{301}", 0x1FE4: "\u{3C1}\u{313}",
        0x1FE6: "\u{3C5}\u{342}", 0x1FE7: "\u{3C5}\u{308}\u{342}", 0x1FF2: "\u{1F7C}\u{3B9}",
        0x1FF3: "\u{3C9}\u{3B9}", 0x1FF4: "\u{3CE}\u{3B9}", 0x1FF6: "\u{3C9}\u{342}",
        0x1FF7: "\u{3C9}\u{342}\u{3B9}", 0x1FFC: "\u{3C9}\u{3B9}", 0xFB00: "\u{66}\u{66}", 0xFB01: "\u{66}\u{69}",
        0xFB02: "\u{66}\u{6C}", 0xFB03: "\u{66}\u{66}\u{69}", 0xFB04: "\u{66}\u{66}\u{6C}", 0xFB05: "\u{73}\u{74}",
        0xFB06: "\u{73}\u{74}", 0xFB13: "\u{574}\u{576}", 0xFB14: "\u{574}\u{565}", 0xFB15: "\u{574}\u{56B}",
        0xFB16: "\u{57E}\u{576}", 0xFB17: "\u{574}\u{56D}"
    ]
}

/// The is*() predicates, as CPython's unicodeobject.c words them.
enum StrPredicates {
    /// True when non-empty and every code point satisfies `test`.
    static func all(_ s: PyStr, _ test: (Unicode.Scalar) -> Bool) -> Bool {
        if s.value.isEmpty { return false }
        for u in s.value.unicodeScalars where !test(u) { return false }
        return true
    }

    static func isUpper(_ s: PyStr) -> Bool {
        var cased = false
        for u in s.value.unicodeScalars {
            let p = u.properties
            if p.isLowercase || StrChars.isTitle(u) { return false }
            if p.isUppercase { cased = true }
        }
        return cased
    }

    static func isLower(_ s: PyStr) -> Bool {
        var cased = false
        for u in s.value.unicodeScalars {
            let p = u.properties
            if p.isUppercase || StrChars.isTitle(u) { return false }
            if p.isLowercase { cased = true }
        }
        return cased
    }

    static func isTitle(_ s: PyStr) -> Bool {
        var cased = false
        var previousCased = false
        for u in s.value.unicodeScalars {
            let p = u.properties
            if p.isUppercase || StrChars.isTitle(u) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if p.isLowercase {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    static func isIdentifier(_ s: PyStr) -> Bool {
        var first = true
        for u in s.value.unicodeScalars {
            if first {
                if !(u == "_" || u.properties.isXIDStart) { return false }
                first = false
            } else if !u.properties.isXIDContinue {
                return false
            }
        }
        return !first
    }
}

extension StrMethods {
    static func installCaseMethods(_ t: StrMethodInstaller<PyStr>) {
        let mappings: [(String, (PyStr) -> String)] = [
            ("lower", StrCase.lower), ("upper", StrCase.upper), ("swapcase", StrCase.swapcase),
            ("title", StrCase.title), ("capitalize", StrCase.capitalize), ("casefold", StrCase.casefold),
        ]
        for (name, mapping) in mappings {
            t.add(name, .none) { _, s, _ in .str(mapping(s)) }
        }
        let predicates: [(String, (PyStr) -> Bool)] = [
            ("isdigit", { StrPredicates.all($0, StrChars.isDigit) }),
            ("isdecimal", { StrPredicates.all($0, StrChars.isDecimal) }),
            ("isnumeric", { StrPredicates.all($0, StrChars.isNumeric) }),
            ("isalpha", { StrPredicates.all($0, StrChars.isAlpha) }),
            ("isalnum", { StrPredicates.all($0, StrChars.isAlnum) }),
            ("isspace", { StrPredicates.all($0) { StrChars.isSpace($0.value) } }),
            ("isupper", StrPredicates.isUpper),
            ("islower", StrPredicates.isLower),
            ("istitle", StrPredicates.isTitle),
            ("isidentifier", StrPredicates.isIdentifier),
            ("isprintable", { s in s.value.unicodeScalars.allSatisfy(ThreadState.isPrintable) }),
            ("isascii", { $0.isASCII }),
        ]
        for (name, test) in predicates {
            t.add(name, .none) { _, s, _ in .bool(test(s)) }
        }
    }
}
