/// Character classes CPython uses when it reads numbers and format specs.
enum PythonTextCharacters {
    /// `Py_ISSPACE`, after CPython has mapped every non-ASCII `str.isspace()` character to
    /// a space (`_PyUnicode_TransformDecimalAndSpaceToASCII`). ASCII \x1c-\x1f are
    /// `isspace()` but are *not* accepted by int()/float().
    static func isNumberWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D: return true
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `Py_UNICODE_TODECIMAL`: value of any Unicode decimal digit (category Nd), else nil.
    static func decimalValue(_ s: Unicode.Scalar) -> Int? {
        if s.value >= 0x30 && s.value <= 0x39 { return Int(s.value - 0x30) }
        if s.value < 0x80 { return nil }
        let properties = s.properties
        guard properties.numericType == .decimal, let value = properties.numericValue else { return nil }
        return Int(value)
    }

    /// Renders a code point the way CPython's error messages do: itself when in
    /// 33..<printableLimit (CPython uses 128 or 127 depending on the message), else `\x`
    /// and lowercase hex.
    static func describeForError(_ s: Unicode.Scalar, printableLimit: UInt32 = 128) -> String {
        if s.value > 32 && s.value < printableLimit { return String(Character(s)) }
        return "\\x" + String(s.value, radix: 16)
    }
}
