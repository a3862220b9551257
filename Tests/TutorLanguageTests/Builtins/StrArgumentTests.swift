// Generated from CPython 3.11: each snippet's expected stdout is what python3 printed.
import XCTest
@testable import TutorLanguage

final class StrArgumentTests: XCTestCase {
    func testNoneArguments() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        for src in ['"a".encode(None)', '"a".replace(None, "b")', '"a".find(None)', '"a".partition(None)',
                    '"a".removeprefix(None)', '"a".startswith(None)', '"a".join([None])', '"a".center(3, None)',
                    'str.maketrans("a", None)', 'b"a".decode(None)', 'b"a".split(None)', 'bytes.fromhex(None)',
                    '"a".__format__(None)', '"a".split(None, None)', 'b"a".strip(None)', 'b"a".replace(None, b"")',
                    '"a".splitlines(None)', '"a".startswith((None,))', 'b"a".find(None)', 'b"a".startswith(None)',
                    'b"a".join([None])', '"a".expandtabs(None)']:
            t(lambda: eval(src))

        """#
        let expected = #"""
        TypeError encode() argument 'encoding' must be str, not None
        TypeError replace() argument 1 must be str, not None
        TypeError must be str, not NoneType
        TypeError must be str, not NoneType
        TypeError removeprefix() argument must be str, not None
        TypeError startswith first arg must be str or a tuple of str, not NoneType
        TypeError sequence item 0: expected str instance, NoneType found
        TypeError The fill character must be a unicode character, not NoneType
        TypeError maketrans() argument 2 must be str, not None
        TypeError decode() argument 'encoding' must be str, not None
        [b'a']
        TypeError fromhex() argument must be str, not None
        TypeError __format__() argument must be str, not None
        TypeError 'NoneType' object cannot be interpreted as an integer
        b'a'
        TypeError a bytes-like object is required, not 'NoneType'
        TypeError 'NoneType' object cannot be interpreted as an integer
        TypeError tuple for startswith must only contain str, not NoneType
        TypeError argument should be integer or bytes-like object, not 'NoneType'
        TypeError startswith first arg must be bytes or a tuple of bytes, not NoneType
        TypeError sequence item 0: expected a bytes-like object, NoneType found
        TypeError 'NoneType' object cannot be interpreted as an integer

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testIndexLikeArguments() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        class I:
            def __index__(self):
                return 2
        class Huge:
            def __index__(self):
                return 10 ** 30
        class Bad:
            def __index__(self):
                return "x"
        t(lambda: "abc".center(I(), "*"))
        t(lambda: "abcd".find("c", I()))
        t(lambda: "abcd".find("c", Huge()))
        t(lambda: "abc".split("b", I()))
        t(lambda: "abc".zfill(Huge()))
        t(lambda: "abc".ljust(Bad()))
        t(lambda: "abc".find("c", Bad()))
        t(lambda: "abc".expandtabs(Huge()))
        t(lambda: "abc".find("b", True))
        t(lambda: "abc".zfill(True))
        t(lambda: b"abc".hex(":", I()))

        """#
        let expected = #"""
        'abc'
        2
        -1
        ['a', 'c']
        OverflowError Python int too large to convert to C ssize_t
        TypeError __index__ returned non-int (type str)
        TypeError __index__ returned non-int (type str)
        OverflowError Python int too large to convert to C int
        1
        'abc'
        '61:6263'

        """#
        assertStrSnippet(source, prints: expected)
    }
}
