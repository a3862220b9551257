// Generated from CPython 3.11: each snippet's expected stdout is what python3 printed.
import XCTest
@testable import TutorLanguage

final class StrSplitJoinTests: XCTestCase {
    func testSplit() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        s = "  the quick  brown\tfox\njumps  "
        t(lambda: s.split())
        t(lambda: s.split(" "))
        t(lambda: "a,b,,c".split(","))
        t(lambda: "a,b,,c".split(",", 1))
        t(lambda: "a,b,,c".rsplit(",", 1))
        t(lambda: "a b c d".split(None, 2))
        t(lambda: "a b c d".rsplit(None, 2))
        t(lambda: "a b c d".rsplit(maxsplit=1))
        t(lambda: "a b c d".split(sep=" ", maxsplit=-5))
        t(lambda: "".split())
        t(lambda: "".split(","))
        t(lambda: "   ".split())
        t(lambda: "x--y--z".split("--"))
        t(lambda: "1<>2<>3".rsplit("<>"))
        t(lambda: "a b  c ".split(None, 1))
        t(lambda: "  a b c".rsplit(None, 1))
        t(lambda: "  a b ".split(None, 0))
        t(lambda: "   ".split(None, 0))
        t(lambda: "  a b ".rsplit(None, 0))
        t(lambda: "a,b,c".split(",", 0))
        t(lambda: "a\u2003b\x1cc\x85d\u200be".split())
        t(lambda: "héllo wörld ñ".split("ö"))
        t(lambda: "日本 語 テ".rsplit(" ", 1))
        t(lambda: "e\u0301e".split("e"))
        t(lambda: "aaa".split("aa"))
        t(lambda: "aaa".rsplit("aa"))
        t(lambda: "abc".split(""))
        t(lambda: "abc".split(1))
        t(lambda: "abc".split("a", "b"))
        t(lambda: "abc".split(x=1))
        t(lambda: "abc".split(",", 1, 2))
        t(lambda: "abc".split(",", sep=","))
        t(lambda: "abc".split(None, 10**30))
        t(lambda: str.split("a b"))

        """#
        let expected = #"""
        ['the', 'quick', 'brown', 'fox', 'jumps']
        ['', '', 'the', 'quick', '', 'brown\tfox\njumps', '', '']
        ['a', 'b', '', 'c']
        ['a', 'b,,c']
        ['a,b,', 'c']
        ['a', 'b', 'c d']
        ['a b', 'c', 'd']
        ['a b c', 'd']
        ['a', 'b', 'c', 'd']
        []
        ['']
        []
        ['x', 'y', 'z']
        ['1', '2', '3']
        ['a', 'b  c ']
        ['  a b', 'c']
        ['a b ']
        []
        ['  a b']
        ['a,b,c']
        ['a', 'b', 'c', 'd\u200be']
        ['héllo w', 'rld ñ']
        ['日本 語', 'テ']
        ['', '́', '']
        ['', 'a']
        ['a', '']
        ValueError empty separator
        TypeError must be str or None, not int
        TypeError 'str' object cannot be interpreted as an integer
        TypeError 'x' is an invalid keyword argument for split()
        TypeError split() takes at most 2 arguments (3 given)
        TypeError argument for split() given by name ('sep') and position (1)
        OverflowError Python int too large to convert to C ssize_t
        ['a', 'b']

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testSplitlines() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "line1\nline2\r\nline3\n".splitlines())
        t(lambda: "a\n\nb".splitlines())
        t(lambda: "x\ny\n".splitlines(True))
        t(lambda: "x\ny\n".splitlines(keepends=True))
        t(lambda: "".splitlines())
        t(lambda: "one".splitlines())
        t(lambda: "a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\vh\fi\rj\r\n".splitlines())
        t(lambda: "a\r\n\r\n\r".splitlines(True))
        t(lambda: "a\x1f".splitlines())
        t(lambda: "a".splitlines(1.5))
        t(lambda: "a".splitlines(x=1))
        t(lambda: "a".splitlines(1, 2))

        """#
        let expected = #"""
        ['line1', 'line2', 'line3']
        ['a', '', 'b']
        ['x\n', 'y\n']
        ['x\n', 'y\n']
        []
        ['one']
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']
        ['a\r\n', '\r\n', '\r']
        ['a\x1f']
        TypeError 'float' object cannot be interpreted as an integer
        TypeError 'x' is an invalid keyword argument for splitlines()
        TypeError splitlines() takes at most 1 argument (2 given)

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testJoin() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "-".join(["a", "b", "c"]))
        t(lambda: "".join(["x", "y"]))
        t(lambda: ", ".join("abc"))
        t(lambda: " ".join([]))
        t(lambda: " ".join(("solo",)))
        t(lambda: "é".join(["ü", "ö"]))
        t(lambda: "x".join(iter(["a", "b"])))
        t(lambda: "x".join({"a": 1, "b": 2}))
        t(lambda: "x".join(c.upper() for c in "abc"))
        t(lambda: ",".join([1, 2]))
        t(lambda: ",".join(["x", 2]))
        t(lambda: ",".join(["x", "y", None]))
        t(lambda: ",".join(5))
        t(lambda: ",".join())
        t(lambda: ",".join(["a"], ["b"]))
        big = [str(i) for i in range(50000)]
        joined = ",".join(big)
        print(len(joined), joined[:20], joined[-13:])

        """#
        let expected = #"""
        'a-b-c'
        'xy'
        'a, b, c'
        ''
        'solo'
        'üéö'
        'axb'
        'axb'
        'AxBxC'
        TypeError sequence item 0: expected str instance, int found
        TypeError sequence item 1: expected str instance, int found
        TypeError sequence item 2: expected str instance, NoneType found
        TypeError can only join an iterable
        TypeError str.join() takes exactly one argument (0 given)
        TypeError str.join() takes exactly one argument (2 given)
        288889 0,1,2,3,4,5,6,7,8,9, 7,49998,49999

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testPartition() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "key=value=x".partition("="))
        t(lambda: "key=value=x".rpartition("="))
        t(lambda: "novalue".partition("="))
        t(lambda: "novalue".rpartition("="))
        t(lambda: "añb→c→d".partition("→"))
        t(lambda: "añb→c→d".rpartition("→"))
        t(lambda: "a".partition(""))
        t(lambda: "a".rpartition(""))
        t(lambda: "a".partition(1))
        t(lambda: "a".partition())

        """#
        let expected = #"""
        ('key', '=', 'value=x')
        ('key=value', '=', 'x')
        ('novalue', '', '')
        ('', '', 'novalue')
        ('añb', '→', 'c→d')
        ('añb→c', '→', 'd')
        ValueError empty separator
        ValueError empty separator
        TypeError must be str, not int
        TypeError str.partition() takes exactly one argument (0 given)

        """#
        assertStrSnippet(source, prints: expected)
    }
}
