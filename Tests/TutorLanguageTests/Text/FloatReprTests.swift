import XCTest
@testable import TutorLanguage

final class FloatReprTests: XCTestCase {
    func testHandPickedValues() {
        let cases: [(Double, String)] = [
            (0.0, "0.0"), (-0.0, "-0.0"), (1.0, "1.0"), (100.0, "100.0"), (0.1, "0.1"),
            (1e16, "1e+16"), (1e15, "1000000000000000.0"), (1e-5, "1e-05"), (0.0001, "0.0001"),
            (1e22, "1e+22"), (123456789012345680.0, "1.2345678901234568e+17"),
            (1234567890123456.8, "1234567890123456.8"), (.infinity, "inf"), (-.infinity, "-inf"),
            (.nan, "nan"), (Double.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (0.30000000000000004, "0.30000000000000004"), (-2.5, "-2.5"), (9007199254740992.0, "9007199254740992.0"),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(pythonFloatRepr(value), expected, "repr(\(value))")
            XCTAssertEqual(pythonFloatStr(value), expected)
        }
    }

    func testGeneratedReprTable() {
        for (bits, expected) in GeneratedFormatCases.floatRepr {
            XCTAssertEqual(pythonFloatRepr(double(bits: bits)), expected, "bits \(bits)")
        }
    }

    func testReprRoundTrips() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let x = Double(bitPattern: generator.next())
            guard x.isFinite else { continue }
            XCTAssertEqual(parsePythonFloat(pythonFloatRepr(x))?.bitPattern, x.bitPattern, "\(x)")
        }
    }
}
