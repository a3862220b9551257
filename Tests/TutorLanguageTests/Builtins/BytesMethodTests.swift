// Generated from CPython 3.11: each snippet's expected stdout is what python3 printed.
import XCTest
@testable import TutorLanguage

final class BytesMethodTests: XCTestCase {
    func testDecode() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: b"hello".decode())
        t(lambda: b"caf\xc3\xa9".decode("utf-8"))
        t(lambda: b"caf\xe9".decode("latin-1"))
        t(lambda: b"\xff".decode())
        t(lambda: b"\xff".decode("ascii"))
        t(lambda: b"ab\xff\xfe".decode("ascii"))
        t(lambda: b"\xe2\x82x".decode())
        t(lambda: b"\xe2\x82".decode())
        t(lambda: b"a\xe0\x80".decode())
        t(lambda: b"\xed\xa0\x80".decode())
        t(lambda: b"\xf4\x90\x80\x80".decode())
        t(lambda: b"\xc0\xaf".decode())
        t(lambda: b"\xe2\x82x\xff".decode("utf-8", "replace"))
        t(lambda: b"\xe2\x82".decode("utf-8", "replace"))
        t(lambda: b"a\xffb".decode("utf-8", "ignore"))
        t(lambda: b"\xe2\x82x".decode("utf-8", "backslashreplace"))
        t(lambda: b"\xff".decode("ascii", "replace"))
        t(lambda: b"\xf0\x9f\x98\x80!".decode())
        t(lambda: b"\xff".decode("utf-8", "foo"))
        t(lambda: b"a".decode("utf-8", "foo"))
        t(lambda: b"a".decode("foo"))
        t(lambda: b"a".decode(1))
        t(lambda: b"a".decode(x=1))
        t(lambda: b"a".decode(errors="strict", encoding="ascii"))
        t(lambda: b"a".decode("a", "b", "c"))
        t(lambda: "é€😀".encode().decode())

        """#
        let expected = #"""
        'hello'
        'café'
        'café'
        UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
        UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
        UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 2: ordinal not in range(128)
        UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
        UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
        UnicodeDecodeError 'utf-8' codec can't decode byte 0xe0 in position 1: invalid continuation byte
        UnicodeDecodeError 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
        UnicodeDecodeError 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte
        UnicodeDecodeError 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte
        '�x�'
        '�'
        'ab'
        '\\xe2\\x82x'
        '�'
        '😀!'
        LookupError unknown error handler name 'foo'
        'a'
        LookupError unknown encoding: foo
        TypeError decode() argument 'encoding' must be str, not int
        TypeError 'x' is an invalid keyword argument for decode()
        'a'
        TypeError decode() takes at most 2 arguments (3 given)
        'é€😀'

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testHex() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: b"\x00\xffab".hex())
        t(lambda: b"abcde".hex(":", 2))
        t(lambda: b"abcde".hex(":", -2))
        t(lambda: b"abcde".hex(b"-"))
        t(lambda: b"abcdef".hex(" ", 3))
        t(lambda: b"abc".hex(":", 0))
        t(lambda: b"".hex(":"))
        t(lambda: b"abc".hex("::"))
        t(lambda: b"abc".hex("é"))
        t(lambda: b"abc".hex(1))
        t(lambda: b"abc".hex(x=1))
        t(lambda: bytes.fromhex("deadBEEF"))
        t(lambda: bytes.fromhex(" 01 02\n0a "))
        t(lambda: bytes.fromhex(""))
        t(lambda: bytes.fromhex("0 1"))
        t(lambda: bytes.fromhex("01 2"))
        t(lambda: bytes.fromhex("é1"))
        t(lambda: bytes.fromhex("0g"))
        t(lambda: bytes.fromhex(1))
        t(lambda: bytes.fromhex())
        t(lambda: b"".fromhex("41"))

        """#
        let expected = #"""
        '00ff6162'
        '61:6263:6465'
        '6162:6364:65'
        '61-62-63-64-65'
        '616263 646566'
        '616263'
        ''
        ValueError sep must be length 1.
        ValueError sep must be ASCII.
        TypeError object of type 'int' has no len()
        TypeError 'x' is an invalid keyword argument for hex()
        b'\xde\xad\xbe\xef'
        b'\x01\x02\n'
        b''
        ValueError non-hexadecimal number found in fromhex() arg at position 1
        ValueError non-hexadecimal number found in fromhex() arg at position 4
        ValueError non-hexadecimal number found in fromhex() arg at position 0
        ValueError non-hexadecimal number found in fromhex() arg at position 1
        TypeError fromhex() argument must be str, not int
        TypeError bytes.fromhex() takes exactly one argument (0 given)
        b'A'

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testSplitJoinReplace() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: b"hello world  x".split())
        t(lambda: b"a\x1cb c".split())
        t(lambda: b"a,b,,c".split(b","))
        t(lambda: b"a,b,,c".split(b",", 1))
        t(lambda: b"a,b,,c".rsplit(b",", 1))
        t(lambda: b"a b c".rsplit(maxsplit=1))
        t(lambda: b"a".split(b""))
        t(lambda: b"a".split(1))
        t(lambda: b"a".split(","))
        t(lambda: b"a".split(x=1))
        t(lambda: b"-".join([b"a", b"b", b"c"]))
        t(lambda: b"".join([]))
        t(lambda: b"a".join([1]))
        t(lambda: b"a".join([b"x", "y"]))
        t(lambda: b"".join(5))
        t(lambda: b"A-B".replace(b"-", b"+"))
        t(lambda: b"aaaa".replace(b"a", b"b", 2))
        t(lambda: b"ab".replace(b"", b"-"))
        t(lambda: b"a".replace("a", "b"))
        t(lambda: b"a".replace(b"a"))
        t(lambda: b"k=v=w".partition(b"="))
        t(lambda: b"k=v=w".rpartition(b"="))
        t(lambda: b"kv".partition(b"="))
        t(lambda: b"a\nb\r\nc".splitlines())
        t(lambda: b"a\nb\r\nc".splitlines(True))

        """#
        let expected = #"""
        [b'hello', b'world', b'x']
        [b'a\x1cb', b'c']
        [b'a', b'b', b'', b'c']
        [b'a', b'b,,c']
        [b'a,b,', b'c']
        [b'a b', b'c']
        ValueError empty separator
        TypeError a bytes-like object is required, not 'int'
        TypeError a bytes-like object is required, not 'str'
        TypeError 'x' is an invalid keyword argument for split()
        b'a-b-c'
        b''
        TypeError sequence item 0: expected a bytes-like object, int found
        TypeError sequence item 1: expected a bytes-like object, str found
        TypeError can only join an iterable
        b'A+B'
        b'bbaa'
        b'-a-b-'
        TypeError a bytes-like object is required, not 'str'
        TypeError replace expected at least 2 arguments, got 1
        (b'k', b'=', b'v=w')
        (b'k=v', b'=', b'w')
        (b'kv', b'', b'')
        [b'a', b'b', b'c']
        [b'a\n', b'b\r\n', b'c']

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testSearchAndCase() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: b"hello".startswith(b"he"))
        t(lambda: b"hello".endswith((b"x", b"lo")))
        t(lambda: b"hello".startswith(b"l", 2))
        t(lambda: b"a".startswith("a"))
        t(lambda: b"a".startswith((b"a", 1)))
        t(lambda: b"a".startswith((1,)))
        t(lambda: b"a".startswith())
        t(lambda: b"banana".find(b"an"))
        t(lambda: b"banana".rfind(b"an"))
        t(lambda: b"banana".find(b"an", 2, 4))
        t(lambda: b"banana".find(97))
        t(lambda: b"banana".find(300))
        t(lambda: b"banana".find(-1))
        t(lambda: b"banana".find("a"))
        t(lambda: b"banana".index(b"x"))
        t(lambda: b"banana".rindex(98))
        t(lambda: b"banana".index(98, 2))
        t(lambda: b"banana".count(b"a"))
        t(lambda: b"banana".count(b""))
        t(lambda: b"banana".count(97))
        t(lambda: b"banana".count())
        t(lambda: b"MiXed 1".upper())
        t(lambda: b"MiXed 1".lower())
        t(lambda: b"MiXed 1".swapcase())
        t(lambda: b"hello world".title())
        t(lambda: b"hELLO".capitalize())
        t(lambda: b"  ab \n".strip())
        t(lambda: b"xxabxx".strip(b"x"))
        t(lambda: b"xxabxx".lstrip(b"x"))
        t(lambda: b"xxabxx".rstrip(b"x"))
        t(lambda: b"a".strip(1))
        t(lambda: b"a".strip(b"a", b"b"))
        t(lambda: b"a".upper(1))
        t(lambda: b"a".lower(x=1))
        t(lambda: [b.isdigit() for b in (b"123", b"12a", b"")])
        t(lambda: [b.isalpha() for b in (b"abC", b"ab1", b"")])
        t(lambda: [b.isspace() for b in (b" \t", b" a", b"")])
        t(lambda: [b.isupper() for b in (b"AB1", b"Ab", b"1")])
        t(lambda: [b.islower() for b in (b"ab1", b"Ab", b"1")])

        """#
        let expected = #"""
        True
        True
        True
        TypeError startswith first arg must be bytes or a tuple of bytes, not str
        True
        TypeError a bytes-like object is required, not 'int'
        TypeError startswith() takes at least 1 argument (0 given)
        1
        3
        -1
        1
        ValueError byte must be in range(0, 256)
        ValueError byte must be in range(0, 256)
        TypeError argument should be integer or bytes-like object, not 'str'
        ValueError subsection not found
        0
        ValueError subsection not found
        3
        7
        3
        TypeError count() takes at least 1 argument (0 given)
        b'MIXED 1'
        b'mixed 1'
        b'mIxED 1'
        b'Hello World'
        b'Hello'
        b'ab'
        b'ab'
        b'abxx'
        b'xxab'
        TypeError a bytes-like object is required, not 'int'
        TypeError strip expected at most 1 argument, got 2
        TypeError bytes.upper() takes no arguments (1 given)
        TypeError bytes.lower() takes no keyword arguments
        [True, False, False]
        [True, False, False]
        [True, False, False]
        [True, False, False]
        [True, False, False]

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testDunders() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: b"abc".__len__())
        t(lambda: b"abc".__getitem__(1))
        t(lambda: b"abc".__getitem__(slice(1, None)))
        t(lambda: b"abc".__getitem__(5))
        t(lambda: list(b"ab".__iter__()))
        t(lambda: b"ab".__contains__(97))
        t(lambda: b"ab".__contains__(b"b"))
        t(lambda: b"a".__len__(1))
        t(lambda: b"a".__getitem__())
        t(lambda: b"ab".__add__(b"c"))

        """#
        let expected = #"""
        3
        98
        b'bc'
        IndexError index out of range
        [97, 98]
        True
        True
        TypeError expected 0 arguments, got 1
        TypeError expected 1 argument, got 0
        b'abc'

        """#
        assertStrSnippet(source, prints: expected)
    }
}
