/// A parsed format-spec mini-language string:
/// `[[fill]align][sign][z][#][0][width][grouping_option][.precision][type]`.
/// Parsing follows CPython's `parse_internal_render_format_spec`; checks that depend on
/// the formatted object (e.g. precision on ints) happen in the formatters.
public struct FormatSpec: Equatable, Sendable {
    public enum Alignment: Sendable, Equatable {
        case left       // <
        case right      // >
        case center     // ^
        case afterSign  // =
    }

    public enum Sign: Sendable, Equatable {
        case minusOnly  // '-' or omitted
        case always     // '+'
        case space      // ' '
    }

    public enum Grouping: Sendable, Equatable {
        case none
        case comma
        case underscore
    }

    /// Explicit fill character, only present together with an explicit alignment.
    public var fill: Unicode.Scalar?
    public var align: Alignment?
    public var sign: Sign = .minusOnly
    /// Whether a sign character was written at all (strings reject even '-').
    public var signSpecified = false
    /// 'z': coerce negative zero to positive zero.
    public var noNegativeZero = false
    /// '#'
    public var alternate = false
    /// The '0' flag before the width (only recognised without an explicit fill).
    public var zeroPadding = false
    public var width: Int?
    public var grouping: Grouping = .none
    public var precision: Int?
    /// The presentation type, nil when omitted.
    public var type: Unicode.Scalar?

    public init() {}

    /// Parses `spec`; `typeName` is the Python type name used in error messages.
    public init(parsing spec: String, typeName: String) throws {
        let scalars = Array(spec.unicodeScalars)
        let end = scalars.count
        var pos = 0

        func isAlignment(_ s: Unicode.Scalar) -> Alignment? {
            switch s {
            case "<": return .left
            case ">": return .right
            case "^": return .center
            case "=": return .afterSign
            default: return nil
            }
        }

        if end - pos >= 2, let alignment = isAlignment(scalars[pos + 1]) {
            fill = scalars[pos]
            align = alignment
            pos += 2
        } else if end - pos >= 1, let alignment = isAlignment(scalars[pos]) {
            align = alignment
            pos += 1
        }
        if pos < end {
            switch scalars[pos] {
            case "+": sign = .always; signSpecified = true; pos += 1
            case " ": sign = .space; signSpecified = true; pos += 1
            case "-": sign = .minusOnly; signSpecified = true; pos += 1
            default: break
            }
        }
        if pos < end && scalars[pos] == "z" {
            noNegativeZero = true
            pos += 1
        }
        if pos < end && scalars[pos] == "#" {
            alternate = true
            pos += 1
        }
        if fill == nil && pos < end && scalars[pos] == "0" {
            zeroPadding = true
            pos += 1
        }
        if let parsedWidth = try Self.parseInteger(scalars, &pos) {
            width = parsedWidth
        }
        if pos < end && scalars[pos] == "," {
            grouping = .comma
            pos += 1
        }
        if pos < end && scalars[pos] == "_" {
            if grouping != .none { throw FormatError.value("Cannot specify both ',' and '_'.") }
            grouping = .underscore
            pos += 1
        }
        if pos < end && scalars[pos] == "," && grouping == .underscore {
            throw FormatError.value("Cannot specify both ',' and '_'.")
        }
        if pos < end && scalars[pos] == "." {
            pos += 1
            guard let parsedPrecision = try Self.parseInteger(scalars, &pos) else {
                throw FormatError.value("Format specifier missing precision")
            }
            precision = parsedPrecision
        }
        if end - pos > 1 {
            throw FormatError.value("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if end - pos == 1 {
            type = scalars[pos]
        }

        if grouping != .none {
            let allowed: Bool
            switch type {
            case nil, "\u{0}", "d", "e", "f", "g", "E", "G", "%", "F": allowed = true
            // PEP 515: '_' groups binary, octal and hex digits by four.
            case "b", "o", "x", "X": allowed = grouping == .underscore
            default: allowed = false
            }
            if !allowed, let type {
                let separator = grouping == .comma ? "," : "_"
                throw FormatError.value("Cannot specify '\(separator)' with '\(PythonTextCharacters.describeForError(type))'.")
            }
        }
    }

    /// Digits between separators: 3 for decimal, 4 for '_' with b/o/x/X, 0 for none.
    var groupSize: Int {
        switch grouping {
        case .none: return 0
        case .comma: return 3
        case .underscore:
            switch type {
            case "b", "o", "x", "X": return 4
            default: return 3
            }
        }
    }

    var separator: Unicode.Scalar { grouping == .comma ? "," : "_" }

    /// Fill character once the type's default alignment is known.
    var effectiveFill: Unicode.Scalar { fill ?? (zeroPadding ? "0" : " ") }

    /// Alignment once the type's default is known: the '0' flag turns numbers' default
    /// right alignment into '=' (padding after the sign).
    func effectiveAlign(default defaultAlign: Alignment) -> Alignment {
        if let align { return align }
        if zeroPadding && defaultAlign == .right { return .afterSign }
        return defaultAlign
    }

    /// CPython's `get_integer`: any Unicode decimal digits, overflow-checked against
    /// Py_ssize_t. Returns nil when no digit was consumed.
    private static func parseInteger(_ scalars: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
        var accumulator = 0
        var consumed = 0
        while pos < scalars.count, let digit = PythonTextCharacters.decimalValue(scalars[pos]) {
            if accumulator > (Int.max - digit) / 10 {
                throw FormatError.value("Too many decimal digits in format string")
            }
            accumulator = accumulator * 10 + digit
            consumed += 1
            pos += 1
        }
        return consumed == 0 ? nil : accumulator
    }
}
