// Generated from CPython 3.11: each snippet's expected stdout is what python3 printed.
import XCTest
@testable import TutorLanguage

final class StrCaseTests: XCTestCase {
    func testCaseMappings() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        s = "hello World, it's 3PM"
        for f in (str.upper, str.lower, str.title, str.capitalize, str.swapcase, str.casefold):
            print(f(s))
        t(lambda: "straße".upper())
        t(lambda: "ΑΒΓ".lower())
        t(lambda: "ΑΣ".lower())
        t(lambda: "ΑΣ Σ aΣ'b ΑΣΑ".lower())
        t(lambda: "ΟΔΥΣΣΕΥΣ".lower())
        t(lambda: "ß".swapcase())
        t(lambda: "ΑΣ".swapcase())
        t(lambda: "ß".casefold())
        t(lambda: "ﬁ".title())
        t(lambda: "ǆemal".title())
        t(lambda: "ǆemal".capitalize())
        t(lambda: "İ".lower())
        t(lambda: "ﬁ".capitalize())
        t(lambda: "they're bill's".title())
        t(lambda: "3rd place a1b2".title())
        t(lambda: "ÉCOLE".lower())
        t(lambda: "école".capitalize())
        t(lambda: "ALL CAPS".capitalize())
        t(lambda: "".capitalize())
        t(lambda: "ǅ".lower())
        t(lambda: "ᏸᎠ".casefold())
        t(lambda: "ꭰ".casefold())
        t(lambda: "µſẞﬃ".casefold())
        t(lambda: "ᾈ".casefold())
        t(lambda: "Hello".casefold() == "hELLO".casefold())
        t(lambda: "e\u0301".upper())
        t(lambda: "abc".upper(1))
        t(lambda: "abc".lower(x=1))
        t(lambda: str.upper(1))
        t(lambda: str.upper())

        """#
        let expected = #"""
        HELLO WORLD, IT'S 3PM
        hello world, it's 3pm
        Hello World, It'S 3Pm
        Hello world, it's 3pm
        HELLO wORLD, IT'S 3pm
        hello world, it's 3pm
        'STRASSE'
        'αβγ'
        'ας'
        "ας σ aσ'b ασα"
        'οδυσσευς'
        'SS'
        'ας'
        'ss'
        'Fi'
        'ǅemal'
        'ǅemal'
        'i̇'
        'Fi'
        "They'Re Bill'S"
        '3Rd Place A1B2'
        'école'
        'École'
        'All caps'
        ''
        'ǆ'
        'ᏰᎠ'
        'Ꭰ'
        'μsssffi'
        'ἀι'
        True
        'É'
        TypeError str.upper() takes no arguments (1 given)
        TypeError str.lower() takes no keyword arguments
        TypeError descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
        TypeError unbound method str.upper() needs an argument

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testPredicates() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        tests = ["123", "12.3", "abc", "abc123", "ABC", "abc ", "   ", "", "\t\n", "Hello", "hello", "HELLO1",
                 "½", "é", "²", "١٢", "一", "Ⅻ", "ǅ", "Title Case", "Not title", "_x1", "1x", "x y", "€", "\u2000", "\x1c",
                 "\u200b", "\n", " ", "\x7f", "é\u0301", "ß"]
        names = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower",
                 "istitle", "isidentifier", "isprintable", "isascii"]
        for s in tests:
            print(repr(s), "".join("T" if getattr(s, n)() else "." for n in names))
        t(lambda: "a".isdigit(1))
        t(lambda: "a".isascii(x=1))

        """#
        let expected = #"""
        '123' TTT.T.....TT
        '12.3' ..........TT
        'abc' ...TT..T.TTT
        'abc123' ....T..T.TTT
        'ABC' ...TT.T..TTT
        'abc ' .......T..TT
        '   ' .....T....TT
        '' ..........TT
        '\t\n' .....T.....T
        'Hello' ...TT...TTTT
        'hello' ...TT..T.TTT
        'HELLO1' ....T.T..TTT
        '½' ..T.T.....T.
        'é' ...TT..T.TT.
        '²' T.T.T.....T.
        '١٢' TTT.T.....T.
        '一' ..TTT....TT.
        'Ⅻ' ..T.T.T.TTT.
        'ǅ' ...TT...TTT.
        'Title Case' ........T.TT
        'Not title' ..........TT
        '_x1' .......T.TTT
        '1x' ....T..T..TT
        'x y' .......T..TT
        '€' ..........T.
        '\u2000' .....T......
        '\x1c' .....T.....T
        '\u200b' ............
        '\n' .....T.....T
        ' ' .....T....TT
        '\x7f' ...........T
        'é́' .......T.TT.
        'ß' ...TT..T.TT.
        TypeError str.isdigit() takes no arguments (1 given)
        TypeError str.isascii() takes no keyword arguments

        """#
        assertStrSnippet(source, prints: expected)
    }
}
