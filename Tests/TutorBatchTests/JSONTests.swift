import XCTest
import Foundation
@testable import TutorBatch

final class JSONTests: XCTestCase {
    func testRoundTripsEveryKind() throws {
        let value = JSON.object([
            ("null", .null), ("t", .bool(true)), ("f", .bool(false)), ("int", .number(42)), ("neg", .number(-0.5)),
            ("big", .number(1e300)), ("s", .string("quote \" back \\ nl \n tab \t nul \u{0} esc \u{1B} é 🎉 \u{2028}")),
            ("a", .array([.number(1), .string(""), .array([]), .object([])])),
        ])
        let compact = value.text
        XCTAssertFalse(compact.contains("\n"), "one line for JSON lines")
        XCTAssertEqual(try JSON.parse(compact), value)
        XCTAssertEqual(try JSON.parse(value.prettyText), value)
        // Foundation agrees it is JSON, and on the string's content.
        let object = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? [String: Any]
        XCTAssertEqual(object?["s"] as? String, "quote \" back \\ nl \n tab \t nul \u{0} esc \u{1B} é 🎉 \u{2028}")
        XCTAssertEqual(object?["int"] as? Int, 42)
    }

    func testParsesEscapesAndSurrogates() throws {
        XCTAssertEqual(try JSON.parse(#""\ud83c\udf89 \u00e9 \/""#), .string("🎉 é /"))
        XCTAssertEqual(try JSON.parse(#""\ud83c x""#), .string("\u{FFFD} x"), "a lone surrogate is replaced")
        XCTAssertEqual(try JSON.parse(" [1, 2.5e3, -0] "), .array([.number(1), .number(2500), .number(0)]))
    }

    func testRejectsBadInputWithoutCrashing() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "tru", "01", "1.", "\"\u{1}\"", "\"abc", "[1] x", "\"\\x\"", "-", "{\"a\":}"] {
            XCTAssertThrowsError(try JSON.parse(bad), bad)
        }
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertThrowsError(try JSON.parse(deep))
    }

    func testNonFiniteNumbersBecomeNull() {
        XCTAssertEqual(JSON.number(.infinity).text, "null")
        XCTAssertEqual(JSON.number(3).text, "3")
        XCTAssertEqual(JSON.number(0.25).text, "0.25")
    }

    func testVerdictRoundTrip() throws {
        var v = Verdict(student: "ada", exercise: "threads/race", topic: "threads", title: "A race", status: .memoryLimit,
                        score: 0.5, maxScore: 2, message: "memory limit 512 MiB exceeded", output: "x\ny",
                        checks: [CheckVerdict(name: "c1", passed: true, score: 0.5, maxScore: 1)], seconds: 1.25,
                        required: false, file: "ws/01-threads/01-race/main.py")
        v.order = 7
        let back = Verdict(json: try JSON.parse(v.json.text))
        XCTAssertEqual(back, v)
        XCTAssertNil(Verdict(json: .object([("student", .string("x"))])))
        XCTAssertNil(Verdict(json: .object([("student", .string("x")), ("exercise", .string("e")), ("status", .string("bogus"))])))
    }
}
