import XCTest
@testable import TutorLanguage

final class RoundingTests: XCTestCase {
    func testHandPickedValues() throws {
        XCTAssertEqual(try pythonRound(2.675, digits: 2), 2.67)
        XCTAssertEqual(try pythonRound(0.285, digits: 2), 0.28)
        XCTAssertEqual(try pythonRound(1234.5, digits: -1), 1230.0)
        XCTAssertEqual(try pythonRound(1250.0, digits: -2), 1200.0)
        XCTAssertEqual(try pythonRound(1350.0, digits: -2), 1400.0)
        XCTAssertEqual(try pythonRound(-1.5, digits: -400).sign, .minus)
        XCTAssertEqual(pythonRoundToInteger(0.5), 0)
        XCTAssertEqual(pythonRoundToInteger(2.5), 2)
        XCTAssertEqual(pythonRoundToInteger(-1.5), -2)
        XCTAssertTrue(try pythonRound(.nan, digits: 2).isNaN)
        XCTAssertThrowsError(try pythonRound(1.7976931348623157e308, digits: -308))
    }

    func testGeneratedTable() {
        for (bits, digits, expected) in GeneratedFormatCases.round {
            let x = double(bits: bits)
            let actual = textOutcome {
                if let digits { return describeBits(try pythonRound(x, digits: digits)) }
                // The interpreter turns the result into an int, so -0.0 and 0.0 agree.
                return describeBits(pythonRoundToInteger(x) + 0.0)
            }
            XCTAssertEqual(actual, expected, "round(\(x), \(String(describing: digits)))")
        }
    }
}
