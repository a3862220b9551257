// Generated from CPython 3.11: each snippet's expected stdout is what python3 printed.
import XCTest
@testable import TutorLanguage

final class StrEncodeTests: XCTestCase {
    func testEncode() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "café".encode())
        t(lambda: "café".encode("utf-8"))
        t(lambda: "café".encode("UTF8"))
        t(lambda: "café".encode("latin-1"))
        t(lambda: "café".encode("Latin_1"))
        t(lambda: "café".encode("iso-8859-1"))
        t(lambda: "abc".encode("ascii"))
        t(lambda: "é".encode(" utf 8 "))
        t(lambda: "😀".encode("utf-8"))
        t(lambda: "é".encode("ascii"))
        t(lambda: "éü€".encode("ascii"))
        t(lambda: "aé€😀".encode("latin-1"))
        t(lambda: "€".encode("latin-1"))
        t(lambda: "aéü€b".encode("ascii", "replace"))
        t(lambda: "aé".encode("ascii", "ignore"))
        t(lambda: "aé€😀".encode("ascii", "backslashreplace"))
        t(lambda: "aé€".encode("ascii", "xmlcharrefreplace"))
        t(lambda: "aé".encode("ascii", "namereplace"))
        t(lambda: "aé".encode("ascii", errors="foo"))
        t(lambda: "a".encode("ascii", "foo"))
        t(lambda: "a".encode("foo"))
        t(lambda: "a".encode(1))
        t(lambda: "a".encode("utf-8", 1))
        t(lambda: "a".encode(enc="x"))
        t(lambda: "a".encode("a", "b", "c"))
        try:
            "xé".encode("ascii")
        except UnicodeError as e:
            print(type(e).__name__, isinstance(e, ValueError), e.start, e.end, e.encoding, e.reason)

        """#
        let expected = #"""
        b'caf\xc3\xa9'
        b'caf\xc3\xa9'
        b'caf\xc3\xa9'
        b'caf\xe9'
        b'caf\xe9'
        b'caf\xe9'
        b'abc'
        b'\xc3\xa9'
        b'\xf0\x9f\x98\x80'
        UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
        UnicodeEncodeError 'ascii' codec can't encode characters in position 0-2: ordinal not in range(128)
        UnicodeEncodeError 'latin-1' codec can't encode characters in position 2-3: ordinal not in range(256)
        UnicodeEncodeError 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256)
        b'a???b'
        b'a'
        b'a\\xe9\\u20ac\\U0001f600'
        b'a&#233;&#8364;'
        b'a\\N{LATIN SMALL LETTER E WITH ACUTE}'
        LookupError unknown error handler name 'foo'
        b'a'
        LookupError unknown encoding: foo
        TypeError encode() argument 'encoding' must be str, not int
        TypeError encode() argument 'errors' must be str, not int
        TypeError 'enc' is an invalid keyword argument for encode()
        TypeError encode() takes at most 2 arguments (3 given)
        UnicodeEncodeError True 1 2 ascii ordinal not in range(128)

        """#
        assertStrSnippet(source, prints: expected)
    }
}
