// Generated from CPython 3.11: each snippet's expected stdout is what python3 printed.
import XCTest
@testable import TutorLanguage

final class StrEditTests: XCTestCase {
    func testStrip() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        s = "  \t hi there \n "
        t(lambda: s.strip())
        t(lambda: s.lstrip())
        t(lambda: s.rstrip())
        t(lambda: "xxhixx".strip("x"))
        t(lambda: "abcHIcba".strip("abc"))
        t(lambda: "..a..".lstrip("."))
        t(lambda: "..a..".rstrip("."))
        t(lambda: "www.example.com".strip("cmowz."))
        t(lambda: "\u3000é\u2003".strip())
        t(lambda: "éaé".strip("é"))
        t(lambda: "abc".strip(None))
        t(lambda: "abc".strip(""))
        t(lambda: "aaa".strip("a"))
        t(lambda: "abc".strip(1))
        t(lambda: "abc".lstrip(1))
        t(lambda: "abc".strip("a", "b"))

        """#
        let expected = #"""
        'hi there'
        'hi there \n '
        '  \t hi there'
        'hi'
        'HI'
        'a..'
        '..a'
        'example'
        'é'
        'a'
        'abc'
        'abc'
        ''
        TypeError strip arg must be None or str
        TypeError lstrip arg must be None or str
        TypeError strip expected at most 1 argument, got 2

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testReplace() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "hello world".replace("o", "0"))
        t(lambda: "aaaa".replace("a", "b", 2))
        t(lambda: "abc".replace("", "-"))
        t(lambda: "abc".replace("", "-", 2))
        t(lambda: "".replace("", "x"))
        t(lambda: "abc".replace("", ""))
        t(lambda: "aaa".replace("aa", "b"))
        t(lambda: "abc".replace("x", "y"))
        t(lambda: "abc".replace("b", "", -1))
        t(lambda: "abc".replace("b", "X", 0))
        t(lambda: "héllo".replace("l", "L"))
        t(lambda: "héllo".replace("", "·"))
        t(lambda: "a-b-c".replace("-", "→"))
        t(lambda: "abc".replace("a"))
        t(lambda: "abc".replace(1, "b"))
        t(lambda: "abc".replace("a", 1))
        t(lambda: "abc".replace("a", "b", "c"))
        t(lambda: "abc".replace("a", "b", count=1))
        print(len(("ab" * 50000).replace("a", "xyz")))

        """#
        let expected = #"""
        'hell0 w0rld'
        'bbaa'
        '-a-b-c-'
        '-a-bc'
        'x'
        'abc'
        'ba'
        'abc'
        'ac'
        'abc'
        'héLLo'
        '·h·é·l·l·o·'
        'a→b→c'
        TypeError replace expected at least 2 arguments, got 1
        TypeError replace() argument 1 must be str, not int
        TypeError replace() argument 2 must be str, not int
        TypeError 'str' object cannot be interpreted as an integer
        TypeError str.replace() takes no keyword arguments
        200000

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testRemoveAffixes() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "unittest".removeprefix("unit"))
        t(lambda: "unittest".removeprefix("test"))
        t(lambda: "unittest".removesuffix("test"))
        t(lambda: "unittest".removesuffix("unit"))
        t(lambda: "héllo".removeprefix("hé"))
        t(lambda: "héllo".removesuffix(""))
        t(lambda: "a".removesuffix("abc"))
        t(lambda: "a".removeprefix(1))
        t(lambda: "a".removesuffix())

        """#
        let expected = #"""
        'test'
        'unittest'
        'unit'
        'unittest'
        'llo'
        'héllo'
        'a'
        TypeError removeprefix() argument must be str, not int
        TypeError str.removesuffix() takes exactly one argument (0 given)

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testExpandTabs() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "a\tb".expandtabs(4))
        t(lambda: "a\tb".expandtabs())
        t(lambda: "ab\tc\r\td\n\t".expandtabs(4))
        t(lambda: "a\tb".expandtabs(-1))
        t(lambda: "a\tb".expandtabs(0))
        t(lambda: "é\tb".expandtabs(tabsize=3))
        t(lambda: "no tabs".expandtabs())
        t(lambda: "a".expandtabs("x"))
        t(lambda: "a".expandtabs(tabs=2))
        t(lambda: "\t".expandtabs(2**62))

        """#
        let expected = #"""
        'a   b'
        'a       b'
        'ab  c\r    d\n    '
        'ab'
        'ab'
        'é  b'
        'no tabs'
        TypeError 'str' object cannot be interpreted as an integer
        TypeError 'tabs' is an invalid keyword argument for expandtabs()
        OverflowError Python int too large to convert to C int

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testPadding() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "42".zfill(5))
        t(lambda: "-42".zfill(5))
        t(lambda: "+7".zfill(4))
        t(lambda: "abc".zfill(2))
        t(lambda: "+".zfill(3))
        t(lambda: "".zfill(3))
        t(lambda: "a-1".zfill(5))
        t(lambda: "é".zfill(3))
        t(lambda: "abc".center(6))
        t(lambda: "abc".center(6, "*"))
        t(lambda: "ab".center(5))
        t(lambda: "ab".center(7))
        t(lambda: "a".center(4))
        t(lambda: "toolong".center(3))
        t(lambda: "hi".ljust(5, "."))
        t(lambda: "hi".rjust(5, "é"))
        t(lambda: "é".ljust(3) + "|")
        t(lambda: "a".center(5, "ab"))
        t(lambda: "a".center(5, 1))
        t(lambda: "a".ljust(5, ""))
        t(lambda: "a".center())
        t(lambda: "a".center(1, 2, 3))
        t(lambda: "a".zfill("a"))
        t(lambda: "a".zfill())
        t(lambda: "a".center(10**30))
        t(lambda: "a".rjust(-5))

        """#
        let expected = #"""
        '00042'
        '-0042'
        '+007'
        'abc'
        '+00'
        '000'
        '00a-1'
        '00é'
        ' abc  '
        '*abc**'
        '  ab '
        '   ab  '
        ' a  '
        'toolong'
        'hi...'
        'éééhi'
        'é  |'
        TypeError The fill character must be exactly one character long
        TypeError The fill character must be a unicode character, not int
        TypeError The fill character must be exactly one character long
        TypeError center expected at least 1 argument, got 0
        TypeError center expected at most 2 arguments, got 3
        TypeError 'str' object cannot be interpreted as an integer
        TypeError str.zfill() takes exactly one argument (0 given)
        OverflowError Python int too large to convert to C ssize_t
        'a'

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testTranslate() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "abc".translate({97: "xyz", 98: None, 99: 65}))
        t(lambda: "abc".translate(str.maketrans("ab", "cd", "c")))
        t(lambda: "hello".translate(str.maketrans({"l": "L", "o": None})))
        t(lambda: "abc".translate({97: 1.5}))
        t(lambda: "abc".translate({97: 0x110000}))
        t(lambda: "abc".translate({97: -1}))
        t(lambda: "abc".translate([0] * 98 + [None]))
        t(lambda: "abc".translate("xyz"))
        t(lambda: "abc".translate(1))
        t(lambda: str.maketrans({"a": 1, 98: "x", "c": None}))
        t(lambda: str.maketrans("ab", "cd", "e"))
        t(lambda: "".maketrans("a", "b"))
        t(lambda: str.maketrans(1))
        t(lambda: str.maketrans("ab", "c"))
        t(lambda: str.maketrans({"ab": 1}))
        t(lambda: str.maketrans({1.5: 2}))
        t(lambda: str.maketrans("a", 1))
        t(lambda: str.maketrans(1, "a"))
        t(lambda: str.maketrans("a", "b", 1))
        t(lambda: str.maketrans())
        t(lambda: str.maketrans(x=1))

        """#
        let expected = #"""
        'xyzA'
        'cd'
        'heLL'
        TypeError character mapping must return integer, None or str
        ValueError character mapping must be in range(0x110000)
        ValueError character mapping must be in range(0x110000)
        '\x00c'
        'abc'
        TypeError 'int' object is not subscriptable
        {97: 1, 98: 'x', 99: None}
        {97: 99, 98: 100, 101: None}
        {97: 98}
        TypeError if you give only one argument to maketrans it must be a dict
        ValueError the first two maketrans arguments must have equal length
        ValueError string keys in translate table must be of length 1
        TypeError keys in translate table must be strings or integers
        TypeError maketrans() argument 2 must be str, not int
        TypeError first maketrans argument must be a string if there is a second argument
        TypeError maketrans() argument 3 must be str, not int
        TypeError maketrans expected at least 1 argument, got 0
        TypeError str.maketrans() takes no keyword arguments

        """#
        assertStrSnippet(source, prints: expected)
    }
}
