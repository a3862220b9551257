import BigInt
import XCTest
@testable import TutorLanguage

final class NumberParsingTests: XCTestCase {
    func testIntExamples() {
        XCTAssertEqual(parsePythonInt("0x1f", base: 16), 31)
        XCTAssertEqual(parsePythonInt(" -0b1 ", base: 0), -1)
        XCTAssertNil(parsePythonInt("010", base: 0))
        XCTAssertEqual(parsePythonIntValue("-9223372036854775808", base: 10), .small(Int.min))
        XCTAssertEqual(parsePythonIntValue("9223372036854775808", base: 10), .big(BigInt(1) << 63))
        XCTAssertNil(parsePythonInt("1", base: 37))
    }

    func testGeneratedIntTable() {
        for (text, base, expected) in GeneratedFormatCases.intParse {
            let actual = parsePythonInt(text, base: base).map { String($0) }
            if expected.hasPrefix("!") {
                XCTAssertNil(actual, "int(\(text.debugDescription), \(base))")
            } else {
                XCTAssertEqual(actual, expected, "int(\(text.debugDescription), \(base))")
            }
        }
    }

    func testGeneratedFloatTable() {
        for (text, expected) in GeneratedFormatCases.floatParse {
            let actual = parsePythonFloat(text)
            switch expected {
            case let e where e.hasPrefix("!"): XCTAssertNil(actual, text.debugDescription)
            case "nan": XCTAssertTrue(actual?.isNaN ?? false, text.debugDescription)
            default: XCTAssertEqual(actual.map(describeBits), expected, text.debugDescription)
            }
        }
    }

    func testLongDecimalRoundTripIsFast() {
        let digits = String(repeating: "9876543210", count: 1000)
        let start = Date()
        guard let value = parsePythonInt(digits, base: 10) else { return XCTFail("parse failed") }
        XCTAssertEqual(pythonIntToString(value, base: 10), digits)
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5, "10,000-digit int <-> str round trip")
    }
}
