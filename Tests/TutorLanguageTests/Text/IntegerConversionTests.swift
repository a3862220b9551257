import BigInt
import XCTest
@testable import TutorLanguage

final class IntegerConversionTests: XCTestCase {
    func testPrefixes() {
        XCTAssertEqual(pythonIntToString(-31, base: 16), "-0x1f")
        XCTAssertEqual(pythonIntToString(Int.min, base: 2), "-0b1" + String(repeating: "0", count: 63))
        XCTAssertEqual(pythonIntToString(BigInt(8), base: 8), "0o10")
    }

    func testGeneratedToStringTable() {
        for (value, base, expected) in GeneratedFormatCases.intToString {
            XCTAssertEqual(pythonIntToString(bigInt(value), base: base), expected)
            if let small = Int(value) {
                XCTAssertEqual(pythonIntToString(small, base: base), expected)
            }
        }
    }

    func testGeneratedToDoubleTable() {
        for (value, expected) in GeneratedFormatCases.intToDouble {
            XCTAssertEqual(textOutcome { describeBits(try pythonIntToDouble(bigInt(value))) }, expected, "float(\(value))")
        }
    }

    func testTenThousandDigitDecimalIsFast() {
        let value = BigInt(7).power(11_830)   // just under 10,000 digits
        let start = Date()
        let text = pythonIntToString(value, base: 10)
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.05)
        XCTAssertEqual(text.count, 9998)
    }
}
