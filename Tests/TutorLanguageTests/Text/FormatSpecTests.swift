import BigInt
import XCTest
@testable import TutorLanguage

final class FormatSpecTests: XCTestCase {
    func testParsesEveryField() throws {
        let spec = try FormatSpec(parsing: "*^+z#012,.3f", typeName: "float")
        XCTAssertEqual(spec.fill, "*")
        XCTAssertEqual(spec.align, .center)
        XCTAssertEqual(spec.sign, .always)
        XCTAssertTrue(spec.noNegativeZero)
        XCTAssertTrue(spec.alternate)
        XCTAssertFalse(spec.zeroPadding, "an explicit fill makes '0' part of the width")
        XCTAssertEqual(spec.width, 12)
        XCTAssertEqual(spec.grouping, .comma)
        XCTAssertEqual(spec.precision, 3)
        XCTAssertEqual(spec.type, "f")
    }

    func testZeroFlagAndDefaults() throws {
        let spec = try FormatSpec(parsing: "08", typeName: "int")
        XCTAssertTrue(spec.zeroPadding)
        XCTAssertEqual(spec.width, 8)
        XCTAssertNil(spec.type)
        XCTAssertEqual(spec.effectiveAlign(default: .right), .afterSign)
        XCTAssertEqual(spec.effectiveAlign(default: .left), .left)
    }

    func testErrorsCarryCPythonMessages() {
        let cases: [(String, String)] = [
            ("abc", "Invalid format specifier 'abc' for object of type 'int'"),
            (".f", "Format specifier missing precision"),
            (",_", "Cannot specify both ',' and '_'."),
            (",s", "Cannot specify ',' with 's'."),
            ("99999999999999999999", "Too many decimal digits in format string"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try FormatSpec(parsing: text, typeName: "int"), text) { error in
                XCTAssertEqual(error as? FormatError, FormatError(.valueError, message))
            }
        }
    }

    func testHugeWidthIsRefusedNotAllocated() {
        XCTAssertThrowsError(try formatString("a", spec: "999999999999")) { error in
            XCTAssertEqual((error as? FormatError)?.kind, .memoryError)
        }
        XCTAssertThrowsError(try formatFloat(1.5, spec: ".2147483647f")) { error in
            XCTAssertEqual((error as? FormatError)?.kind, .memoryError)
        }
        XCTAssertEqual(try formatFloat(1.5, spec: ".2147483647g"), "1.5")
    }

    func testGeneratedFloatTable() {
        for (bits, spec, expected) in GeneratedFormatCases.floatFormat {
            let actual = textOutcome { try formatFloat(double(bits: bits), spec: spec) }
            XCTAssertEqual(actual, expected, "format(\(double(bits: bits)), '\(spec)')")
        }
    }

    func testGeneratedIntTable() {
        for (value, spec, expected) in GeneratedFormatCases.intFormat {
            let big = bigInt(value)
            XCTAssertEqual(textOutcome { try formatInteger(big, spec: spec) }, expected, "format(\(value), '\(spec)')")
            if let small = Int(exactly: big) {
                XCTAssertEqual(textOutcome { try formatInteger(small, spec: spec) }, expected, "Int format(\(value), '\(spec)')")
            }
        }
    }

    func testGeneratedStringTable() {
        for (value, spec, expected) in GeneratedFormatCases.stringFormat {
            XCTAssertEqual(textOutcome { try formatString(value, spec: spec) }, expected, "format('\(value)', '\(spec)')")
        }
    }

    func testTypeNameAppearsInErrors() {
        XCTAssertEqual(textOutcome { try formatInteger(1, spec: "s", typeName: "bool") },
                       "!ValueError: Unknown format code 's' for object of type 'bool'")
    }
}
