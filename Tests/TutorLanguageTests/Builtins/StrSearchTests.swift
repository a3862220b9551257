// Generated from CPython 3.11: each snippet's expected stdout is what python3 printed.
import XCTest
@testable import TutorLanguage

final class StrSearchTests: XCTestCase {
    func testFind() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "banana".find("an"))
        t(lambda: "banana".find("an", 2))
        t(lambda: "banana".find("x"))
        t(lambda: "banana".rfind("an"))
        t(lambda: "banana".find("a", -2))
        t(lambda: "banana".find("a", 1, 3))
        t(lambda: "banana".rfind("a", 0, -1))
        t(lambda: "banana".find("a", None, None))
        t(lambda: "abc".find("", 3))
        t(lambda: "abc".find("", 4))
        t(lambda: "abc".rfind(""))
        t(lambda: "abc".rfind("", 1, 2))
        t(lambda: "abc".find("b", 10**30))
        t(lambda: "abc".find("b", -10**30))
        t(lambda: "héllo wörld".find("ö"))
        t(lambda: "héllo wörld".rfind("l"))
        t(lambda: "héllo wörld".find("l", 4))
        t(lambda: "ab😀cd😀".rfind("😀"))
        t(lambda: "e\u0301".find("e"))
        t(lambda: "abc".find("é"))
        t(lambda: "banana".index("na"))
        t(lambda: "banana".rindex("na"))
        t(lambda: "banana".index("x"))
        t(lambda: "banana".rindex("x"))
        t(lambda: "abc".find(1))
        t(lambda: "abc".find())
        t(lambda: "abc".find("a", 1, 2, 3))
        t(lambda: "abc".find("a", "x"))
        t(lambda: "abc".index("a", 1.0))
        t(lambda: "abc".find("a", x=1))
        hay = "a" * 20000
        needle = "a" * 5000 + "b"
        print(hay.find(needle), hay.rfind(needle), hay.count(needle), (hay + "b").find(needle), ("b" + hay).rfind("b" + "a" * 5000))

        """#
        let expected = #"""
        1
        3
        -1
        3
        5
        1
        3
        1
        3
        -1
        3
        2
        -1
        1
        7
        9
        9
        5
        0
        -1
        2
        4
        ValueError substring not found
        ValueError substring not found
        TypeError must be str, not int
        TypeError find() takes at least 1 argument (0 given)
        TypeError find() takes at most 3 arguments (4 given)
        TypeError slice indices must be integers or None or have an __index__ method
        TypeError slice indices must be integers or None or have an __index__ method
        TypeError str.find() takes no keyword arguments
        -1 -1 0 15000 0

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testCount() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "banana".count("a"))
        t(lambda: "banana".count("an"))
        t(lambda: "aaaa".count("aa"))
        t(lambda: "abc".count(""))
        t(lambda: "abc".count("", 1))
        t(lambda: "abc".count("", 4))
        t(lambda: "banana".count("a", 2, -1))
        t(lambda: "ñañaña".count("ña"))
        t(lambda: "abc".count(1))
        t(lambda: "abc".count())

        """#
        let expected = #"""
        3
        2
        2
        4
        3
        0
        1
        3
        TypeError must be str, not int
        TypeError count() takes at least 1 argument (0 given)

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testStartsEnds() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "file.py".endswith(".py"))
        t(lambda: "file.py".endswith((".txt", ".py")))
        t(lambda: "file.py".startswith(("a", "f")))
        t(lambda: "hello".startswith("ell", 1))
        t(lambda: "hello".endswith("ell", 0, 4))
        t(lambda: "hello".startswith(()))
        t(lambda: "abc".startswith("", 3))
        t(lambda: "abc".startswith("", 4))
        t(lambda: "abc".endswith(("x", ""), 4))
        t(lambda: "abc".startswith("a", None, None))
        t(lambda: "héllo".startswith("hé"))
        t(lambda: "héllo".endswith("llo", -3))
        t(lambda: "a".startswith(("a", 1)))
        t(lambda: "a".startswith((1, "a")))
        t(lambda: "a".startswith(1))
        t(lambda: "a".endswith(["a"]))
        t(lambda: "a".startswith())

        """#
        let expected = #"""
        True
        True
        True
        True
        True
        False
        True
        False
        False
        True
        True
        True
        True
        TypeError tuple for startswith must only contain str, not int
        TypeError startswith first arg must be str or a tuple of str, not int
        TypeError endswith first arg must be str or a tuple of str, not list
        TypeError startswith() takes at least 1 argument (0 given)

        """#
        assertStrSnippet(source, prints: expected)
    }

    func testContainsAndIndexDunders() {
        let source = #"""
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: "ab" in "cabd")
        t(lambda: "" in "abc")
        t(lambda: "abc".__contains__("bc"))
        t(lambda: "abc".__contains__(1))
        t(lambda: "abc".__getitem__(1))
        t(lambda: "abc".__getitem__(-1))
        t(lambda: "abc".__getitem__(slice(None, None, -1)))
        t(lambda: "abc".__getitem__(5))
        t(lambda: "abc".__getitem__("x"))
        t(lambda: "héllo".__len__())
        t(lambda: list("hé".__iter__()))
        t(lambda: "abc".__len__(1))
        t(lambda: "abc".__len__(x=1))
        t(lambda: "abc".__getitem__())

        """#
        let expected = #"""
        True
        True
        True
        TypeError 'in <string>' requires string as left operand, not int
        'b'
        'c'
        'cba'
        IndexError string index out of range
        TypeError string indices must be integers, not 'str'
        5
        ['h', 'é']
        TypeError expected 0 arguments, got 1
        TypeError wrapper __len__() takes no keyword arguments
        TypeError expected 1 argument, got 0

        """#
        assertStrSnippet(source, prints: expected)
    }
}
