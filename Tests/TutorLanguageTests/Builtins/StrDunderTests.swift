// Generated from CPython 3.11: each snippet's expected stdout is what python3 printed.
import XCTest
@testable import TutorLanguage

final class StrDunderTests: XCTestCase {
    func testDunders() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "a".__add__("b"))
        t(lambda: "a".__add__(1))
        t(lambda: "a" + 1)
        t(lambda: "ab".__mul__(3))
        t(lambda: "ab".__rmul__(2))
        t(lambda: "ab".__mul__(-1))
        t(lambda: "ab".__mul__("x"))
        t(lambda: "ab".__mul__())
        t(lambda: "%s-%d".__mod__(("x", 5)))
        t(lambda: "%d".__mod__("x"))
        t(lambda: "a".__mod__(1))
        t(lambda: "a".__rmod__(1))
        t(lambda: "a".__eq__("a"))
        t(lambda: "a".__eq__(1))
        t(lambda: "a".__ne__("b"))
        t(lambda: "a".__lt__("b"))
        t(lambda: "b".__le__("a"))
        t(lambda: "é".__gt__("z"))
        t(lambda: "a".__ge__("a"))
        t(lambda: "a".__lt__(1))
        t(lambda: "ab".__hash__() == hash("ab"))
        t(lambda: "a'b".__repr__())
        t(lambda: "ab".__str__())
        t(lambda: "ab".__format__(">4"))
        t(lambda: "ab".__format__(""))
        t(lambda: "ab".__format__(1))
        t(lambda: "ab".__format__("d"))
        t(lambda: "ab".__format__(x=""))
        t(lambda: "ab".__add__(x=1))

        """#
        let expected = #"""
        'ab'
        TypeError can only concatenate str (not "int") to str
        TypeError can only concatenate str (not "int") to str
        'ababab'
        'abab'
        ''
        TypeError 'str' object cannot be interpreted as an integer
        TypeError  expected 1 argument, got 0
        'x-5'
        TypeError %d format: a real number is required, not str
        TypeError not all arguments converted during string formatting
        NotImplemented
        True
        NotImplemented
        True
        True
        False
        True
        True
        NotImplemented
        True
        '"a\'b"'
        'ab'
        '  ab'
        'ab'
        TypeError __format__() argument must be str, not int
        ValueError Unknown format code 'd' for object of type 'str'
        TypeError str.__format__() takes no keyword arguments
        TypeError wrapper __add__() takes no keyword arguments

        """#
        assertStrSnippet(source, prints: expected)
    }
}
