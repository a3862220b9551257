import BigInt
import XCTest
@testable import TutorLanguage

enum PercentTestValue {
    case int(String)
    case float(UInt64)
    case str(String)
    case emptyTuple
}

enum PercentTestArguments {
    case tuple([PercentTestValue])
    case mapping([(String, PercentTestValue)])
}

final class PercentFormattingTests: XCTestCase {
    func testParsesConversionFields() {
        let parts = parsePercentFormat("a%(key)-+ #012.3lfb%%")
        guard parts.count == 3, case .conversion(let c) = parts[1] else { return XCTFail("\(parts)") }
        XCTAssertEqual(parts[0], .literal("a"))
        XCTAssertEqual(parts[2], .literal("b%"))
        XCTAssertEqual(c.mappingKey, "key")
        XCTAssertTrue(c.leftAdjust && c.showSign && c.spaceSign && c.alternate && c.zeroPad)
        XCTAssertEqual(c.width, .fixed(12))
        XCTAssertEqual(c.precision, .fixed(3))
        XCTAssertEqual(c.type, "f")
    }

    func testErrorsAreDeferredToTheirPosition() {
        let parts = parsePercentFormat("x%d %")
        XCTAssertEqual(parts.count, 4)
        XCTAssertEqual(parts.first, .literal("x"))
        guard case .conversion(let conversion) = parts[1] else { return XCTFail("\(parts)") }
        XCTAssertEqual(conversion.type, "d")
        XCTAssertEqual(conversion.typeIndex, 2)
        guard case .conversion(let incomplete) = parts[3] else { return XCTFail("\(parts)") }
        XCTAssertEqual(incomplete.parseError, FormatError(.valueError, "incomplete format"))
        // Arguments for '*' are fetched before the error is raised.
        guard case .conversion(let starred)? = parsePercentFormat("%(k)*").first else { return XCTFail() }
        XCTAssertEqual(starred.mappingKey, "k")
        XCTAssertEqual(starred.width, .star)
        XCTAssertNotNil(starred.parseError)
        XCTAssertThrowsError(try parsePercentFormatStrict("ab%y")) { error in
            XCTAssertEqual((error as? FormatError)?.message, "unsupported format character 'y' (0x79) at index 3")
        }
    }

    func testGeneratedTable() {
        for (format, arguments, expected) in GeneratedFormatCases.percent {
            XCTAssertEqual(textOutcome { try renderPercent(format, arguments) }, expected, "'\(format)' % \(arguments)")
        }
    }
}

/// What the interpreter does with the parts: fetch arguments in CPython's order and
/// call the rendering helpers.
private func renderPercent(_ format: String, _ arguments: PercentTestArguments) throws -> String {
    var items: [PercentTestValue] = []
    var mapping: [(String, PercentTestValue)]?
    var argumentCount = -1
    var nextIndex = -2
    switch arguments {
    case .tuple(let values):
        items = values
        argumentCount = values.count
        nextIndex = 0
    case .mapping(let pairs):
        mapping = pairs
    }
    var single: PercentTestValue = .emptyTuple
    func nextArgument() throws -> PercentTestValue {
        guard nextIndex < argumentCount else {
            throw TextTestError("TypeError", "not enough arguments for format string")
        }
        nextIndex += 1
        return argumentCount < 0 ? single : items[nextIndex - 1]
    }
    func starValue() throws -> Int {
        guard case .int(let text) = try nextArgument() else { throw TextTestError("TypeError", "* wants int") }
        return Int(text)!
    }

    var out = ""
    for part in parsePercentFormat(format) {
        switch part {
        case .literal(let text):
            out += text
        case .conversion(var conversion):
            if conversion.requiresMapping && mapping == nil {
                throw TextTestError("TypeError", "format requires a mapping")
            }
            if let key = conversion.mappingKey, let mapping {
                guard let value = mapping.first(where: { $0.0 == key })?.1 else { throw TextTestError("KeyError", "'\(key)'") }
                single = value
                argumentCount = -1
                nextIndex = -2
            }
            let width = conversion.width == .star ? try starValue() : nil
            let precision = conversion.precision == .star ? try starValue() : nil
            conversion = conversion.withStarArguments(width: width, precision: precision)
            if let error = conversion.parseError { throw error }
            let value = try nextArgument()
            if let error = conversion.unsupportedTypeError { throw error }
            out += try renderPercentValue(value, conversion)
            if mapping != nil && nextIndex < argumentCount {
                throw TextTestError("TypeError", "not all arguments converted during string formatting")
            }
        }
    }
    if nextIndex < argumentCount && mapping == nil {
        throw TextTestError("TypeError", "not all arguments converted during string formatting")
    }
    return out
}

private func renderPercentValue(_ value: PercentTestValue, _ conversion: PercentConversion) throws -> String {
    let typeName: String
    switch value {
    case .int: typeName = "int"
    case .float: typeName = "float"
    case .str: typeName = "str"
    case .emptyTuple: typeName = "tuple"
    }
    switch conversion.type {
    case "s", "r", "a":
        let text: String
        switch value {
        case .int(let digits): text = digits
        case .float(let bits): text = pythonFloatRepr(double(bits: bits))
        case .str(let s): text = conversion.type == "s" ? s : "'\(s)'"
        case .emptyTuple: text = "()"
        }
        return try formatPercentText(text, conversion: conversion)
    case "d", "i", "u", "o", "x", "X":
        switch value {
        case .int(let digits):
            return try formatPercentInteger(bigInt(digits), conversion: conversion)
        case .float(let bits) where conversion.type == "d" || conversion.type == "i" || conversion.type == "u":
            return try formatPercentInteger(BigInt(exactly: double(bits: bits).rounded(.towardZero))!, conversion: conversion)
        case .float:
            throw TextTestError("TypeError", "%\(conversion.type) format: an integer is required, not float")
        default:
            throw TextTestError("TypeError", "%\(conversion.type) format: a real number is required, not \(typeName)")
        }
    case "c":
        switch value {
        case .int(let digits): return try formatPercentCharacter(codePoint: bigInt(digits), conversion: conversion)
        case .str(let s) where s.unicodeScalars.count == 1: return try formatPercentText(s, conversion: conversion)
        default: throw TextTestError("TypeError", "%c requires int or char")
        }
    default:
        switch value {
        case .int(let digits): return try formatPercentFloat(pythonIntToDouble(bigInt(digits)), conversion: conversion)
        case .float(let bits): return try formatPercentFloat(double(bits: bits), conversion: conversion)
        default: throw TextTestError("TypeError", "must be real number, not \(typeName)")
        }
    }
}
