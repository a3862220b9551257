// Escape decoding in string and bytes literals, and literal concatenation.

import XCTest
@testable import TutorSyntax

final class StringLiteralTests: XCTestCase {
    private func constant(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Constant? {
        do {
            let expression = try Parser.parseExpression(source, filename: "<eval>")
            guard case .constant(let value) = expression.kind else {
                XCTFail("not a constant: \(source)", file: file, line: line)
                return nil
            }
            return value
        } catch {
            XCTFail("\(source) failed: \(error)", file: file, line: line)
            return nil
        }
    }

    private func errorMessage(_ source: String) -> String? {
        do {
            _ = try Parser.parseExpression(source, filename: "<eval>")
            return nil
        } catch {
            return (error as? SyntaxErrorInfo)?.message
        }
    }

    func testSimpleEscapes() {
        XCTAssertEqual(constant(#"'\n\t\\\'\"\a\b\f\v\r'"#), .string("\n\t\\'\"\u{07}\u{08}\u{0C}\u{0B}\r"))
    }

    func testNumericEscapes() {
        XCTAssertEqual(constant(#"'\0\101\7777\x41\u00e9\U0001F600'"#), .string("\0A\u{1FF}7Aé😀"))
    }

    func testUnknownEscapesAreKept() {
        XCTAssertEqual(constant(#"'\d\w\ '"#), .string("\\d\\w\\ "))
    }

    func testLineContinuationInsideString() {
        XCTAssertEqual(constant("'abc\\\ndef'"), .string("abcdef"))
        XCTAssertEqual(constant("'''a\nb'''"), .string("a\nb"))
    }

    func testRawStrings() {
        XCTAssertEqual(constant(#"r'\n\x' R"\"""#), .string(#"\n\x\""#))
    }

    func testConcatenation() {
        XCTAssertEqual(constant("'a' \"b\" '''c''' u'd'"), .string("abcd"))
        XCTAssertEqual(constant("b'a' B'b' rb'\\n'"), .bytes([97, 98, 92, 110]))
        XCTAssertEqual(errorMessage("'a' b'b'"), "cannot mix bytes and nonbytes literals")
    }

    func testBytesEscapes() {
        XCTAssertEqual(constant(#"b'\x00\xff\n\777\u1234'"#),
                       .bytes([0, 255, 10, 255, 92, 117, 49, 50, 51, 52]))
        XCTAssertEqual(errorMessage("b'é'"), "bytes can only contain ASCII literal characters")
        XCTAssertEqual(errorMessage(#"b'\x4'"#), #"(value error) invalid \x escape at position 0"#)
    }

    func testInvalidEscapes() {
        XCTAssertEqual(errorMessage(#"'\x4'"#),
                       #"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#)
        XCTAssertEqual(errorMessage(#"'ab\u12'"#),
                       #"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \uXXXX escape"#)
        XCTAssertEqual(errorMessage(#"'\U00110000'"#),
                       #"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"#)
    }

    func testNamedEscapes() {
        XCTAssertEqual(constant(#"'\N{BULLET}\N{greek small letter alpha}'"#), .string("•α"))
        XCTAssertEqual(errorMessage(#"'\N{NO SUCH NAME}'"#),
                       #"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name"#)
    }

    func testLoneSurrogatesBecomeReplacementCharacters() {
        XCTAssertEqual(constant(#"'\ud800'"#), .string("\u{FFFD}"))
    }
}
