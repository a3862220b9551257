// `str.format` / `str.format_map` templates, parsed with the semantics of CPython's MarkupIterator,
// parse_field and field_name_split (Objects/stringlib/unicode_format.h).
//
// CPython parses lazily while it renders, so an error is raised only when rendering
// reaches it: literal text and fields before it are evaluated first (an IndexError in
// an earlier field wins). The parser therefore never throws; errors are placed where
// CPython would raise them, and the interpreter raises them when it gets there.

/// The first part of a field name.
public enum FormatFieldName: Equatable, Sendable {
    /// Positional argument: written as digits, or assigned by auto-numbering ("{}").
    case index(Int)
    case keyword(String)
}

/// `.name` or `[key]` after the first part.
public enum FormatFieldAccessor: Equatable, Sendable {
    case attribute(String)
    /// `[digits]`
    case index(Int)
    /// `[anything else]`
    case key(String)
}

public enum FormatConversion: Equatable, Sendable {
    case str    // !s
    case repr   // !r
    case ascii  // !a
}

public struct FormatReplacementField: Equatable, Sendable {
    public var name: FormatFieldName
    /// True for "{}" fields, numbered automatically.
    public var isAutoNumbered: Bool
    /// Accessors to apply in order after looking up `name`.
    public var accessors: [FormatFieldAccessor]
    /// Raised after looking up `name` and applying `accessors` (CPython parses the
    /// accessor chain while applying it).
    public var accessorError: FormatError?
    public var conversion: FormatConversion?
    /// Raised after the field's value is fetched ("Unknown conversion specifier x").
    public var conversionError: FormatError?
    /// The format spec as written, e.g. ">{width}" (empty when absent).
    public var formatSpec: String
    /// When the spec contains nested fields: its parsed parts, rendered with the same
    /// rules (they may end in a `.failure`), after conversion. Their concatenation is
    /// the spec to use.
    public var formatSpecParts: [FormatTemplatePart]?
}

public enum FormatTemplatePart: Equatable, Sendable {
    case literal(String)
    case field(FormatReplacementField)
    /// Raised when rendering reaches this point; always the last part of its list.
    case failure(FormatError)
}

/// Parses a `str.format` template. Auto-numbering state is shared with nested specs,
/// as in CPython, and numbering errors appear as `.failure` at the offending field.
public func parseFormatTemplate(_ template: String) -> [FormatTemplatePart] {
    var parser = FormatTemplateParser()
    return parser.parse(Array(template.unicodeScalars)[...], recursionDepth: 2)
}

/// Like `parseFormatTemplate` but throws the first error found anywhere (including
/// accessor and conversion errors), for callers that do not need CPython's ordering.
public func parseFormatTemplateStrict(_ template: String) throws -> [FormatTemplatePart] {
    let parts = parseFormatTemplate(template)
    try throwFirstError(in: parts)
    return parts
}

private func throwFirstError(in parts: [FormatTemplatePart]) throws {
    for part in parts {
        switch part {
        case .literal: break
        case .failure(let error): throw error
        case .field(let field):
            if let error = field.accessorError { throw error }
            if let error = field.conversionError { throw error }
            if let nested = field.formatSpecParts { try throwFirstError(in: nested) }
        }
    }
}

private struct FormatTemplateParser {
    enum Numbering { case unset, automatic, manual }
    var numbering = Numbering.unset
    var nextAutomaticIndex = 0

    typealias Scalars = ArraySlice<Unicode.Scalar>

    /// MarkupIterator loop over one template (the top level or a nested spec).
    mutating func parse(_ text: Scalars, recursionDepth: Int) -> [FormatTemplatePart] {
        if recursionDepth <= 0 {
            return [.failure(.value("Max string recursion exceeded"))]
        }
        var parts: [FormatTemplatePart] = []
        var literal = String.UnicodeScalarView()
        func flushLiteral() {
            if !literal.isEmpty {
                parts.append(.literal(String(literal)))
                literal = String.UnicodeScalarView()
            }
        }
        var position = text.startIndex
        let end = text.endIndex
        while position < end {
            let start = position
            var brace: Unicode.Scalar?
            while position < end {
                let c = text[position]
                position += 1
                if c == "{" || c == "}" {
                    brace = c
                    break
                }
            }
            let atEnd = position >= end
            guard let brace else {
                literal.append(contentsOf: text[start..<position])
                break
            }
            if brace == "}" && (atEnd || text[position] != "}") {
                flushLiteral()
                parts.append(.failure(.value("Single '}' encountered in format string")))
                return parts
            }
            if atEnd && brace == "{" {
                flushLiteral()
                parts.append(.failure(.value("Single '{' encountered in format string")))
                return parts
            }
            if text[position] == brace {
                // "{{" or "}}": the literal keeps one brace.
                literal.append(contentsOf: text[start..<position])
                position += 1
                continue
            }
            literal.append(contentsOf: text[start..<(position - 1)])
            flushLiteral()
            switch parseField(text, &position, recursionDepth: recursionDepth) {
            case .success(let field):
                parts.append(.field(field))
            case .failure(let error):
                parts.append(.failure(error))
                return parts
            }
        }
        flushLiteral()
        return parts
    }

    /// Behaves like CPython's `parse_field` + `field_name_split`; `position` is just past the '{'.
    mutating func parseField(_ text: Scalars, _ position: inout Int, recursionDepth: Int) -> Result<FormatReplacementField, FormatError> {
        let end = text.endIndex
        let nameStart = position
        var c: Unicode.Scalar = "\u{0}"
        scan: while position < end {
            c = text[position]
            position += 1
            switch c {
            case "{":
                return .failure(.value("unexpected '{' in field name"))
            case "[":
                while position < end && text[position] != "]" { position += 1 }
            case "}", ":", "!":
                break scan
            default:
                break
            }
        }
        // When the loop ran off the end without a terminator, `c` is the last scalar read.
        let nameEnd = (c == "}" || c == ":" || c == "!") ? position - 1 : position
        var conversionScalar: Unicode.Scalar?
        var spec: Scalars = text[position..<position]
        var specNeedsExpanding = false

        if c == "!" || c == ":" {
            var specReady = false
            if c == "!" {
                if position >= end {
                    return .failure(.value("end of string while looking for conversion specifier"))
                }
                conversionScalar = text[position]
                position += 1
                if position < end {
                    let next = text[position]
                    position += 1
                    if next == "}" {
                        specReady = true
                    } else if next != ":" {
                        return .failure(.value("expected ':' after conversion specifier"))
                    }
                }
            }
            if !specReady {
                let specStart = position
                var depth = 1
                var closed = false
                while position < end {
                    let s = text[position]
                    position += 1
                    if s == "{" {
                        specNeedsExpanding = true
                        depth += 1
                    } else if s == "}" {
                        depth -= 1
                        if depth == 0 {
                            spec = text[specStart..<(position - 1)]
                            closed = true
                            break
                        }
                    }
                }
                if !closed {
                    return .failure(.value("unmatched '{' in format spec"))
                }
            }
        } else if c != "}" {
            return .failure(.value("expected '}' before end of string"))
        }

        return makeField(name: text[nameStart..<nameEnd], conversion: conversionScalar, spec: spec,
                         specNeedsExpanding: specNeedsExpanding, recursionDepth: recursionDepth)
    }

    mutating func makeField(name: Scalars, conversion: Unicode.Scalar?, spec: Scalars,
                            specNeedsExpanding: Bool, recursionDepth: Int) -> Result<FormatReplacementField, FormatError> {
        // The first part runs up to the first '.' or '['.
        let firstEnd = name.firstIndex { $0 == "." || $0 == "[" } ?? name.endIndex
        let first = name[name.startIndex..<firstEnd]
        let firstIndex: Int?
        do {
            firstIndex = try Self.integer(first)
        } catch {
            return .failure(error as? FormatError ?? .value("Too many decimal digits in format string"))
        }
        let isEmpty = first.isEmpty
        var fieldName: FormatFieldName
        if isEmpty || firstIndex != nil {
            if numbering == .unset { numbering = isEmpty ? .automatic : .manual }
            if numbering == .manual && isEmpty {
                return .failure(.value("cannot switch from manual field specification to automatic field numbering"))
            }
            if numbering == .automatic && !isEmpty {
                return .failure(.value("cannot switch from automatic field numbering to manual field specification"))
            }
            if isEmpty {
                fieldName = .index(nextAutomaticIndex)
                nextAutomaticIndex += 1
            } else {
                fieldName = .index(firstIndex!)
            }
        } else {
            fieldName = .keyword(String(String.UnicodeScalarView(first)))
        }

        let (accessors, accessorError) = Self.accessors(name[firstEnd...])

        var formatConversion: FormatConversion?
        var conversionError: FormatError?
        switch conversion {
        case nil, "\u{0}"?: break   // CPython's "no conversion" is the NUL character
        case "s"?: formatConversion = .str
        case "r"?: formatConversion = .repr
        case "a"?: formatConversion = .ascii
        case let other?:
            conversionError = .value("Unknown conversion specifier \(PythonTextCharacters.describeForError(other, printableLimit: 127))")
        }

        var specParts: [FormatTemplatePart]?
        // CPython expands the nested spec after fetching and converting the value; a
        // conversion error stops it before nested fields are numbered.
        if specNeedsExpanding && conversionError == nil && accessorError == nil {
            specParts = parse(spec, recursionDepth: recursionDepth - 1)
        }
        return .success(FormatReplacementField(
            name: fieldName, isAutoNumbered: isEmpty, accessors: accessors, accessorError: accessorError,
            conversion: formatConversion, conversionError: conversionError,
            formatSpec: String(String.UnicodeScalarView(spec)), formatSpecParts: specParts))
    }

    /// Behaves like CPython's FieldNameIterator: the accessors parsed before the first error, and that error.
    static func accessors(_ rest: Scalars) -> ([FormatFieldAccessor], FormatError?) {
        var position = rest.startIndex
        let end = rest.endIndex
        var parsed: [FormatFieldAccessor] = []
        while position < end {
            let c = rest[position]
            position += 1
            switch c {
            case ".":
                let start = position
                while position < end && rest[position] != "." && rest[position] != "[" { position += 1 }
                let name = rest[start..<position]
                if name.isEmpty { return (parsed, .value("Empty attribute in format string")) }
                parsed.append(.attribute(String(String.UnicodeScalarView(name))))
            case "[":
                let start = position
                while position < end && rest[position] != "]" { position += 1 }
                if position >= end { return (parsed, .value("Missing ']' in format string")) }
                let key = rest[start..<position]
                position += 1
                let index: Int?
                do {
                    index = try integer(key)
                } catch {
                    return (parsed, error as? FormatError)
                }
                if key.isEmpty { return (parsed, .value("Empty attribute in format string")) }
                parsed.append(index.map { .index($0) } ?? .key(String(String.UnicodeScalarView(key))))
            default:
                return (parsed, .value("Only '.' or '[' may follow ']' in format field specifier"))
            }
        }
        return (parsed, nil)
    }

    /// CPython's `get_integer` for field names: all Unicode decimal digits, else nil.
    static func integer(_ text: Scalars) throws -> Int? {
        if text.isEmpty { return nil }
        var accumulator = 0
        for scalar in text {
            guard let digit = PythonTextCharacters.decimalValue(scalar) else { return nil }
            if accumulator > (Int.max - digit) / 10 {
                throw FormatError.value("Too many decimal digits in format string")
            }
            accumulator = accumulator * 10 + digit
        }
        return accumulator
    }
}
