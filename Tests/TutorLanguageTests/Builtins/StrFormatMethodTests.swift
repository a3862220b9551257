// Generated from CPython 3.11: each snippet's expected stdout is what python3 printed.
import XCTest
@testable import TutorLanguage

final class StrFormatMethodTests: XCTestCase {
    func testFormat() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "{} + {} = {}".format(1, 2, 1 + 2))
        t(lambda: "{0}{1}{0}".format("ab", "-"))
        t(lambda: "{x}/{y}".format(x=3, y=4))
        t(lambda: "{x}/{y}".format(**{"x": "a", "y": "b"}))
        t(lambda: "{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
        t(lambda: "{:06.2f} {:+d} {:x} {:o} {:b} {:e}".format(3.14159, 5, 255, 8, 5, 1234.5))
        t(lambda: "{:,} {:.1%} {!r} {!s} {!a}".format(1234567, 0.1234, "s", "s", "é"))
        t(lambda: "{0.real} {1[1]} {2[k]} {2[0]}".format(3, [7, 8], {"k": "v", 0: "zero"}))
        t(lambda: "{{}} {}".format("braces"))
        t(lambda: "{:{w}.{p}f}".format(2.718281, w=10, p=3))
        t(lambda: "{:{}}|{}".format("a", 4, "b"))
        t(lambda: "{0:{1}}".format("x", ">3"))
        t(lambda: "{!r:>6}".format("ab"))
        t(lambda: "{0!s:*^9}".format([1]))
        t(lambda: "{}".format(None))
        t(lambda: "{:d}".format(True))
        t(lambda: "{0[0].real}".format([5]))
        t(lambda: "{name} knows {langs[1]}".format(**{"name": "Zed", "langs": ["py", "swift"]}))
        t(lambda: "x".format(1, 2, k=3))
        t(lambda: "é{}ü".format("ñ"))
        t(lambda: str.format("{}", 9))
        class P:
            def __init__(self):
                self.x = 1
            def __format__(self, spec):
                return "P<" + spec + ">"
            def __repr__(self):
                return "P()"
        t(lambda: "{0.x} {0:abc} {0!r} {0!s:>5}".format(P()))
        t(lambda: "{0}".format())
        t(lambda: "{} {}".format(1))
        t(lambda: "{}{}".format(1))
        t(lambda: "{a}".format())
        t(lambda: "{a}".format(b=1))
        t(lambda: "{0}{}".format(1, 2))
        t(lambda: "{}{0}".format(1, 2))
        t(lambda: "{".format())
        t(lambda: "}".format())
        t(lambda: "a{0!x}".format(1))
        t(lambda: "{0.foo}".format(1))
        t(lambda: "{0[x]}".format([1]))
        t(lambda: "{0[0]}".format({}))
        t(lambda: "{0[a]}".format({}))
        t(lambda: "{:d}".format("x"))
        t(lambda: "{:{}}".format(1))
        t(lambda: "{0:{1}}".format(1, "zz"))
        t(lambda: "{0!}".format(1))
        t(lambda: "{0.}".format(1))
        t(lambda: "{0[}".format(1))
        t(lambda: "{0[0]x}".format([1]))
        t(lambda: "{0:{0:{0}}}".format(1))
        t(lambda: "{:x}".format([]))
        t(lambda: "{5}{".format(1))
        t(lambda: "{0}{1}".format(1))
        t(lambda: "{:>{w}}".format("a"))

        """#
        let expected = #"""
        '1 + 2 = 3'
        'ab-ab'
        '3/4'
        'a/b'
        '     r|l     |  c   |'
        '003.14 +5 ff 10 101 1.234500e+03'
        "1,234,567 12.3% 's' s '\\xe9'"
        '3 8 v zero'
        '{} braces'
        '     2.718'
        'a   |b'
        '  x'
        "  'ab'"
        '***[1]***'
        'None'
        '1'
        '5'
        'Zed knows swift'
        'x'
        'éñü'
        '9'
        '1 P<abc> P()   P()'
        IndexError Replacement index 0 out of range for positional args tuple
        IndexError Replacement index 1 out of range for positional args tuple
        IndexError Replacement index 1 out of range for positional args tuple
        KeyError 'a'
        KeyError 'a'
        ValueError cannot switch from manual field specification to automatic field numbering
        ValueError cannot switch from automatic field numbering to manual field specification
        ValueError Single '{' encountered in format string
        ValueError Single '}' encountered in format string
        ValueError Unknown conversion specifier x
        AttributeError 'int' object has no attribute 'foo'
        TypeError list indices must be integers or slices, not str
        KeyError 0
        KeyError 'a'
        ValueError Unknown format code 'd' for object of type 'str'
        IndexError Replacement index 1 out of range for positional args tuple
        ValueError Unknown format code 'z' for object of type 'int'
        ValueError unmatched '{' in format spec
        ValueError Empty attribute in format string
        ValueError expected '}' before end of string
        ValueError Only '.' or '[' may follow ']' in format field specifier
        ValueError Max string recursion exceeded
        TypeError unsupported format string passed to list.__format__
        IndexError Replacement index 5 out of range for positional args tuple
        IndexError Replacement index 1 out of range for positional args tuple
        KeyError 'w'

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testFormatMap() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        class Default:
            def __init__(self, **known):
                self.known = known
            def __getitem__(self, key):
                return self.known.get(key, "<" + key + ">")
        t(lambda: "{a} and {b}".format_map({"a": 1, "b": 2}))
        t(lambda: "{name} is {age}".format_map(Default(name="Ann")))
        t(lambda: "{a[0]:>3}".format_map({"a": "xyz"}))
        t(lambda: "a".format_map(1))
        t(lambda: "{a}".format_map(1))
        t(lambda: "{}".format_map({}))
        t(lambda: "{0}".format_map({0: 1}))
        t(lambda: "{x}".format_map({}))
        t(lambda: "a".format_map())
        t(lambda: "a".format_map({}, {}))

        """#
        let expected = #"""
        '1 and 2'
        'Ann is <age>'
        '  x'
        'a'
        TypeError 'int' object is not subscriptable
        ValueError Format string contains positional fields
        ValueError Format string contains positional fields
        KeyError 'x'
        TypeError str.format_map() takes exactly one argument (0 given)
        TypeError str.format_map() takes exactly one argument (2 given)

        """#
        assertStrSnippet(source, prints: expected)
    }
}
