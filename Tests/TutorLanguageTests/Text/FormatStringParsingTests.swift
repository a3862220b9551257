import BigInt
import XCTest
@testable import TutorLanguage

final class FormatStringParsingTests: XCTestCase {
    func testParsesFieldStructure() {
        let parts = parseFormatTemplate("a{{{0.x[1][k]!r:>{}}}}")
        XCTAssertEqual(parts.count, 3)
        XCTAssertEqual(parts.first, .literal("a{"))
        XCTAssertEqual(parts.last, .literal("}"))
        guard case .field(let field) = parts[1] else { return XCTFail("\(parts)") }
        XCTAssertEqual(field.name, .index(0))
        XCTAssertFalse(field.isAutoNumbered)
        XCTAssertEqual(field.accessors, [.attribute("x"), .index(1), .key("k")])
        XCTAssertEqual(field.conversion, .repr)
        XCTAssertEqual(field.formatSpec, ">{}")
        // Auto-numbering after a manual field fails inside the nested spec, lazily.
        XCTAssertEqual(field.formatSpecParts, [.literal(">"), .failure(FormatError(.valueError,
            "cannot switch from manual field specification to automatic field numbering"))])
    }

    func testAutoNumberingIsSharedWithNestedSpecs() {
        let parts = parseFormatTemplate("{:{}}{}")
        guard case .field(let outer) = parts[0], case .field(let last) = parts[1] else { return XCTFail("\(parts)") }
        XCTAssertEqual(outer.name, .index(0))
        guard case .field(let nested)? = outer.formatSpecParts?.first else { return XCTFail("\(outer)") }
        XCTAssertEqual(nested.name, .index(1))
        XCTAssertEqual(last.name, .index(2))
        XCTAssertTrue(last.isAutoNumbered)
    }

    func testGeneratedTable() {
        for (template, expected) in GeneratedFormatCases.template {
            XCTAssertEqual(textOutcome { try renderTemplate(parseFormatTemplate(template)) }, expected, template)
        }
    }
}

/// The values generate_format_cases.py passes to str.format.
private enum TemplateValue {
    case int(BigInt)
    case str(String)
    case dict

    var typeName: String {
        switch self {
        case .int: return "int"
        case .str: return "str"
        case .dict: return "dict"
        }
    }
}

private let positional: [TemplateValue] = [.int(3), .int(1), .int(2)]
private let keywords: [String: TemplateValue] = ["x": .int(7), "y": .str("why"), "w": .int(5), "d": .dict]

/// What the interpreter does with the parts, in CPython's evaluation order.
private func renderTemplate(_ parts: [FormatTemplatePart]) throws -> String {
    var out = ""
    for part in parts {
        switch part {
        case .literal(let text):
            out += text
        case .failure(let error):
            throw error
        case .field(let field):
            var value: TemplateValue
            switch field.name {
            case .index(let index):
                guard index < positional.count else {
                    throw TextTestError("IndexError", "Replacement index \(index) out of range for positional args tuple")
                }
                value = positional[index]
            case .keyword(let name):
                guard let found = keywords[name] else { throw TextTestError("KeyError", "'\(name)'") }
                value = found
            }
            for accessor in field.accessors {
                value = try access(value, accessor)
            }
            if let error = field.accessorError { throw error }
            if let error = field.conversionError { throw error }
            if let conversion = field.conversion {
                switch (value, conversion) {
                case (.int(let v), _): value = .str(String(v))
                case (.str(let s), .str): value = .str(s)
                case (.str(let s), _): value = .str("'\(s)'")
                case (.dict, _): value = .str("{'k': 'v', 1: 'one'}")
                }
            }
            let spec = try field.formatSpecParts.map(renderTemplate) ?? field.formatSpec
            switch value {
            case .int(let v): out += try formatInteger(v, spec: spec)
            case .str(let s): out += try formatString(s, spec: spec)
            case .dict: throw TextTestError("TypeError", "unsupported format string passed to dict.__format__")
            }
        }
    }
    return out
}

private func access(_ value: TemplateValue, _ accessor: FormatFieldAccessor) throws -> TemplateValue {
    switch (value, accessor) {
    case (.int(let v), .attribute(let name)):
        switch name {
        case "real", "numerator": return .int(v)
        case "imag": return .int(0)
        case "denominator": return .int(1)
        default: throw TextTestError("AttributeError", "'int' object has no attribute '\(name)'")
        }
    case (_, .attribute(let name)):
        throw TextTestError("AttributeError", "'\(value.typeName)' object has no attribute '\(name)'")
    case (.str(let s), .index(let i)):
        let scalars = Array(s.unicodeScalars)
        guard i < scalars.count else { throw TextTestError("IndexError", "string index out of range") }
        return .str(String(Character(scalars[i])))
    case (.str, .key):
        throw TextTestError("TypeError", "string indices must be integers, not 'str'")
    case (.dict, .index(let i)):
        guard i == 1 else { throw TextTestError("KeyError", "\(i)") }
        return .str("one")
    case (.dict, .key(let k)):
        guard k == "k" else { throw TextTestError("KeyError", "'\(k)'") }
        return .str("v")
    case (.int, _):
        throw TextTestError("TypeError", "'int' object is not subscriptable")
    }
}
