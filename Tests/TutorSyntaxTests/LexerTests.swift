// Token streams: layout tokens, literals, operators and positions.

import XCTest
@testable import TutorSyntax

final class LexerTests: XCTestCase {
    private func tokens(_ source: String) throws -> [Token] {
        try Parser.tokenize(source, filename: "test.py")
    }

    /// A short description of each token, for readable expectations.
    private func describe(_ source: String) throws -> [String] {
        try tokens(source).map { token in
            switch token.kind {
            case .name(let name): return name
            case .reserved(let word): return word.rawValue
            case .number(let constant): return "\(constant)"
            case .string(let literal): return "str(\(literal.body))"
            case .punctuation(let punctuation): return punctuation.rawValue
            case .unknownCharacter(let character): return "?\(character)"
            case .newline: return "NEWLINE"
            case .indent: return "INDENT"
            case .dedent: return "DEDENT"
            case .endOfFile: return "EOF"
            }
        }
    }

    private func number(_ literal: String) throws -> Constant? {
        guard case .number(let constant)? = try tokens(literal).first?.kind else { return nil }
        return constant
    }

    func testIndentationProducesIndentAndDedent() throws {
        let source = "if x:\n    y = 1\n    if z:\n        pass\nw\n"
        XCTAssertEqual(try describe(source), [
            "if", "x", ":", "NEWLINE", "INDENT", "y", "=", "int(1)", "NEWLINE", "if", "z", ":", "NEWLINE",
            "INDENT", "pass", "NEWLINE", "DEDENT", "DEDENT", "w", "NEWLINE", "EOF",
        ])
    }

    func testBlankLinesCommentsAndBracketsProduceNoNewlines() throws {
        let source = "x = (1,\n\n  # comment\n  2)  # trailing\n\n   \n# last\n"
        XCTAssertEqual(try describe(source), ["x", "=", "(", "int(1)", ",", "int(2)", ")", "NEWLINE", "EOF"])
    }

    func testMissingFinalNewlineAndDedentsAtEnd() throws {
        XCTAssertEqual(try describe("if x:\n  y"), ["if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "EOF"])
        XCTAssertEqual(try describe(""), ["EOF"])
    }

    func testBackslashContinuation() throws {
        XCTAssertEqual(try describe("x = 1 + \\\n  2\n"), ["x", "=", "int(1)", "+", "int(2)", "NEWLINE", "EOF"])
    }

    func testOperatorsUseLongestMatch() throws {
        XCTAssertEqual(try describe("a **= b // c ... -> := != <<= >> @= ."), [
            "a", "**=", "b", "//", "c", "...", "->", ":=", "!=", "<<=", ">>", "@=", ".", "NEWLINE", "EOF",
        ])
        XCTAssertEqual(try describe("a $ b"), ["a", "?$", "b", "NEWLINE", "EOF"])
    }

    func testKeywordsAndSoftKeywords() throws {
        XCTAssertEqual(try describe("match case _ None async await"),
                       ["match", "case", "_", "None", "async", "await", "NEWLINE", "EOF"])
        guard case .reserved(.none) = try tokens("None")[0].kind else { return XCTFail("None is reserved") }
    }

    func testIntegerLiterals() throws {
        XCTAssertEqual(try number("1_000"), .int(1000))
        XCTAssertEqual(try number("0x_Ff"), .int(255))
        XCTAssertEqual(try number("0o17"), .int(15))
        XCTAssertEqual(try number("0B101"), .int(5))
        XCTAssertEqual(try number("000"), .int(0))
        XCTAssertEqual(try number("9223372036854775807"), .int(Int.max))
        XCTAssertEqual(try number("9223372036854775808"), .bigInt("9223372036854775808"))
        XCTAssertEqual(try number("0xFFFFFFFFFFFFFFFFFFFF"), .bigInt("1208925819614629174706175"))
        XCTAssertEqual(try number("0o7777777777777777777777777"), .bigInt("37778931862957161709567"))
        XCTAssertEqual(try number("0b" + String(repeating: "1", count: 70)), .bigInt("1180591620717411303423"))
        XCTAssertEqual(try number("1_000_000_000_000_000_000_000"), .bigInt("1000000000000000000000"))
    }

    func testFloatAndImaginaryLiterals() throws {
        XCTAssertEqual(try number("1."), .float(1))
        XCTAssertEqual(try number(".5"), .float(0.5))
        XCTAssertEqual(try number("1e-3"), .float(0.001))
        XCTAssertEqual(try number("1_000.5"), .float(1000.5))
        XCTAssertEqual(try number("1.5E+2"), .float(150))
        XCTAssertEqual(try number("1e400"), .float(.infinity))
        XCTAssertEqual(try number("09.5"), .float(9.5))
        XCTAssertEqual(try number("2j"), .imaginary(2))
        XCTAssertEqual(try number("1.5J"), .imaginary(1.5))
        XCTAssertEqual(try number("1e2j"), .imaginary(100))
    }

    func testNumberFollowedByKeyword() throws {
        XCTAssertEqual(try describe("1if x else 2"), ["int(1)", "if", "x", "else", "int(2)", "NEWLINE", "EOF"])
        XCTAssertEqual(try describe("0x1for"), ["int(31)", "or", "NEWLINE", "EOF"])
    }

    func testStringPrefixesAndQuotes() throws {
        let all = try tokens("'a' \"b\" '''c\nd''' \"\"\"e\"\"\" r'\\n' B'x' Rb'y' bR'z' f'{q}' Fr'w' u'v'")
        let literals = all.compactMap { token -> StringLiteralToken? in
            if case .string(let literal) = token.kind { return literal }
            return nil
        }
        XCTAssertEqual(literals.map(\.body), ["a", "b", "c\nd", "e", "\\n", "x", "y", "z", "{q}", "w", "v"])
        XCTAssertEqual(literals.map(\.isRaw), [false, false, false, false, true, false, true, true, false, true, false])
        XCTAssertEqual(literals.map(\.isBytes), [false, false, false, false, false, true, true, true, false, false, false])
        XCTAssertEqual(literals.map(\.isFormatted), [false, false, false, false, false, false, false, false, true, true, false])
        XCTAssertEqual(literals.map(\.isTripleQuoted), [false, false, true, true, false, false, false, false, false, false, false])
    }

    func testStringLiteralScanningRespectsEscapes() throws {
        XCTAssertEqual(try describe("'it\\'s' r'\\''"), ["str(it\\'s)", "str(\\')", "NEWLINE", "EOF"])
        XCTAssertEqual(try describe("'a\\\nb'"), ["str(a\\\nb)", "NEWLINE", "EOF"])
    }

    func testPositionsAreLinesAndCharacterColumns() throws {
        let all = try tokens("x = 'é'  + y\nif (a,\n    b): pass\n")
        let summary = all.map { "\($0.line):\($0.column)-\($0.endLine):\($0.endColumn)" }
        XCTAssertEqual(summary, [
            "1:0-1:1", "1:2-1:3", "1:4-1:7", "1:9-1:10", "1:11-1:12", "1:12-1:13",
            "2:0-2:2", "2:3-2:4", "2:4-2:5", "2:5-2:6", "3:4-3:5", "3:5-3:6", "3:6-3:7", "3:8-3:12", "3:12-3:13",
            "3:12-3:12",
        ])
        XCTAssertEqual(all[8].bracketDepth, 1)
        XCTAssertEqual(all[11].bracketDepth, 0)
    }

    func testTripleQuotedStringSpansLines() throws {
        let all = try tokens("s = '''one\ntwo'''\nt = 1\n")
        XCTAssertEqual(all[2].line, 1)
        XCTAssertEqual(all[2].endLine, 2)
        XCTAssertEqual(all[2].endColumn, 6)
        XCTAssertEqual(all[4].line, 3)
    }

    func testNonASCIIIdentifiers() throws {
        XCTAssertEqual(try describe("café = π"), ["café", "=", "π", "NEWLINE", "EOF"])
        XCTAssertThrowsError(try tokens("x = a€b")) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message, "invalid character '€' (U+20AC)")
            XCTAssertEqual((error as? SyntaxErrorInfo)?.column, 6)
        }
        XCTAssertThrowsError(try tokens("x = \u{A0}1")) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message, "invalid non-printable character U+00A0")
        }
    }

    func testTokenizerErrors() {
        let cases: [(String, String)] = [
            ("x = 'abc", "unterminated string literal (detected at line 1)"),
            ("x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)"),
            ("x = 1a", "invalid decimal literal"),
            ("x = 012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
            ("x = 0b2", "invalid digit '2' in binary literal"),
            ("x = 0x", "invalid hexadecimal literal"),
            ("x = )", "unmatched ')'"),
            ("x = (]", "closing parenthesis ']' does not match opening parenthesis '('"),
            ("x = (1,", "'(' was never closed"),
            ("x = 1 \\ 2", "unexpected character after line continuation character"),
            ("if x:\n    a\n  b", "unindent does not match any outer indentation level"),
            ("if x:\n\ta\n        b", "inconsistent use of tabs and spaces in indentation"),
        ]
        for (source, message) in cases {
            XCTAssertThrowsError(try tokens(source), source.debugDescription) { error in
                XCTAssertEqual((error as? SyntaxErrorInfo)?.message, message, source.debugDescription)
            }
        }
    }

    func testTooManyNestedParentheses() {
        let source = "x = " + String(repeating: "(", count: 201)
        XCTAssertThrowsError(try tokens(source)) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message, "too many nested parentheses")
            XCTAssertEqual((error as? SyntaxErrorInfo)?.column, 205)
        }
    }

    func testFormFeedResetsIndentation() throws {
        XCTAssertEqual(try describe("if x:\n  \u{0C}  y\n"), ["if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "EOF"])
    }
}
