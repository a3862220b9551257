// CPython 3.11's syntax error messages and locations, checked case by case. The table was
// produced by running each source through `compile()` and keeping message, line and offset.

import XCTest
@testable import TutorSyntax

final class SyntaxErrorTests: XCTestCase {
    private typealias Case = (source: String, kind: SyntaxErrorInfo.Kind, message: String, line: Int, column: Int)

    private static let cpythonCases: [Case] = [
        ("1 +* 2\n'abc", .syntaxError, "unterminated string literal (detected at line 2)", 2, 1),
        ("x = (1,\ny = 2\n", .syntaxError, "'(' was never closed", 1, 5),
        ("x = (1,\n", .syntaxError, "'(' was never closed", 1, 5),
        ("x = (1,\ny = 2\nz = 3 +\n", .syntaxError, "'(' was never closed", 1, 5),
        ("f() = 1", .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
        ("a + 1 = 2", .syntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
        ("1 = x", .syntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
        ("if x = 1:\n  pass", .syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
        ("f(a.b=1)", .syntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
        ("[1 2]", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ("(a b)", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ("a b", .syntaxError, "invalid syntax", 1, 3),
        ("if x\n  pass", .syntaxError, "expected ':'", 1, 5),
        ("if x:\npass", .indentationError, "expected an indented block after 'if' statement on line 1", 2, 1),
        ("if x:", .indentationError, "expected an indented block after 'if' statement on line 1", 1, 6),
        ("if x:\n", .indentationError, "expected an indented block after 'if' statement on line 1", 1, 6),
        ("def f():\n  x\n    y", .indentationError, "unexpected indent", 3, 4),
        ("if x:\n    a\n  b", .indentationError, "unindent does not match any outer indentation level", 3, 4),
        ("if x:\n\ta\n        b", .tabError, "inconsistent use of tabs and spaces in indentation", 3, 1),
        ("x = 'abc", .syntaxError, "unterminated string literal (detected at line 1)", 1, 5),
        ("x = '''abc\n\n", .syntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5),
        ("x = 1 +\\", .syntaxError, "unexpected EOF while parsing", 1, 9),
        ("x = 1 +\\\n", .syntaxError, "unexpected EOF while parsing", 1, 9),
        ("x = 1a", .syntaxError, "invalid decimal literal", 1, 5),
        ("x = 012", .syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
        ("x = 0x", .syntaxError, "invalid hexadecimal literal", 1, 6),
        ("x = 1__0", .syntaxError, "invalid decimal literal", 1, 6),
        ("x = 1_", .syntaxError, "invalid decimal literal", 1, 6),
        ("f(a=1, 2)", .syntaxError, "positional argument follows keyword argument", 1, 9),
        ("def f(a=1, b): pass", .syntaxError, "non-default argument follows default argument", 1, 12),
        ("f'{a'", .syntaxError, "f-string: expecting '}'", 1, 6),
        ("f'{a!x}'", .syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9),
        ("f'{}'", .syntaxError, "f-string: empty expression not allowed", 1, 6),
        ("f'}'", .syntaxError, "f-string: single '}' is not allowed", 1, 5),
        ("f'{a:{b:{c}}}'", .syntaxError, "f-string: expressions nested too deeply", 1, 15),
        ("x = )", .syntaxError, "unmatched ')'", 1, 5),
        ("x = (]", .syntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6),
        ("x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", .syntaxError, "too many nested parentheses", 1, 205),
        ("del f()", .syntaxError, "cannot delete function call", 1, 5),
        ("for 1 in x: pass", .syntaxError, "cannot assign to literal", 1, 5),
        ("for a + b in x: pass", .syntaxError, "cannot assign to expression", 1, 5),
        ("with a as 1: pass", .syntaxError, "cannot assign to literal", 1, 11),
        ("(a, b) += 1", .syntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1),
        ("a, b: int", .syntaxError, "only single target (not tuple) can be annotated", 1, 1),
        ("x = yield = 3", .syntaxError, "assignment to yield expression not possible", 1, 5),
        ("x = a if b", .syntaxError, "expected 'else' after 'if' expression", 1, 5),
        ("print 'x'", .syntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
        ("$", .syntaxError, "invalid syntax", 1, 1),
        ("x = €", .syntaxError, "invalid character '€' (U+20AC)", 1, 5),
        ("f() = 1 = 2", .syntaxError, "cannot assign to function call", 1, 1),
        ("x = f() = 1", .syntaxError, "cannot assign to function call", 1, 5),
        ("(a, f()) = 1", .syntaxError, "cannot assign to function call", 1, 5),
        ("[a, 1] = x", .syntaxError, "cannot assign to literal", 1, 5),
        ("a, f() = 1", .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4),
        ("None = 1", .syntaxError, "cannot assign to None", 1, 1),
        ("True = 1", .syntaxError, "cannot assign to True", 1, 1),
        ("x = 1 = 2", .syntaxError, "cannot assign to literal", 1, 5),
        ("a = b + 1 = c", .syntaxError, "cannot assign to expression", 1, 5),
        ("f() = yield", .syntaxError, "cannot assign to function call", 1, 1),
        ("f() += 1", .syntaxError, "'function call' is an illegal expression for augmented assignment", 1, 1),
        ("a if b else c = 1", .syntaxError, "cannot assign to conditional expression", 1, 1),
        ("del (a, 1)", .syntaxError, "cannot delete literal", 1, 9),
        ("del a + b", .syntaxError, "cannot delete expression", 1, 5),
        ("(yield) = 1", .syntaxError, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2),
        ("lambda: 1 = 1", .syntaxError, "cannot assign to lambda", 1, 1),
        ("not a = 1", .syntaxError, "cannot assign to expression", 1, 1),
        ("a < b = 1", .syntaxError, "cannot assign to comparison", 1, 1),
        ("a and b = 1", .syntaxError, "cannot assign to expression", 1, 1),
        ("f() = 1, 2", .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
        ("f() = a = 2", .syntaxError, "cannot assign to function call", 1, 1),
        ("x = [i for i in y] = 3", .syntaxError, "cannot assign to list comprehension", 1, 5),
        ("[i for i in y] = 3", .syntaxError, "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1),
        ("(i for i in y) = 3", .syntaxError, "cannot assign to generator expression", 1, 1),
        ("{a: 1} = 3", .syntaxError, "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1),
        ("{a} = 3", .syntaxError, "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1),
        ("'abc' = 1", .syntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
        ("f'{x}' = 1", .syntaxError, "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1),
        ("... = 1", .syntaxError, "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1),
        ("-a = 1", .syntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
        ("await x = 1", .syntaxError, "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 1, 1),
        ("(a := 1) = 2", .syntaxError, "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2),
        ("(x) := 1", .syntaxError, "cannot use assignment expressions with name", 1, 2),
        ("a.b := 1", .syntaxError, "cannot use assignment expressions with attribute", 1, 1),
        ("with open(f) as g(): pass", .syntaxError, "cannot assign to function call", 1, 17),
        ("for x in range(10)\n  pass", .syntaxError, "expected ':'", 1, 19),
        ("while x\n pass", .syntaxError, "expected ':'", 1, 8),
        ("def f()\n pass", .syntaxError, "expected ':'", 1, 8),
        ("class A\n pass", .syntaxError, "expected ':'", 1, 8),
        ("try\n pass", .syntaxError, "expected ':'", 1, 4),
        ("try:\n pass\nexcept\n pass", .syntaxError, "expected ':'", 3, 7),
        ("try:\n pass", .syntaxError, "expected 'except' or 'finally' block", 2, 6),
        ("try:\n pass\nx = 1", .syntaxError, "expected 'except' or 'finally' block", 3, 1),
        ("else: pass", .syntaxError, "invalid syntax", 1, 1),
        ("x = 1 if 2 else", .syntaxError, "invalid syntax", 1, 16),
        ("def f(*): pass", .syntaxError, "named arguments must follow bare *", 1, 7),
        ("def f(*, **k): pass", .syntaxError, "named arguments must follow bare *", 1, 7),
        ("def f(**k, a): pass", .syntaxError, "arguments cannot follow var-keyword argument", 1, 12),
        ("f(**k, *a)", .syntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8),
        ("f(x for x in y, 1)", .syntaxError, "Generator expression must be parenthesized", 1, 3),
        ("f(1, x for x in y)", .syntaxError, "Generator expression must be parenthesized", 1, 6),
        ("class A(x for x in y): pass", .syntaxError, "invalid syntax", 1, 11),
        ("f(), a = 1", .syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6),
        ("x = 1 +", .syntaxError, "invalid syntax", 1, 8),
        ("x = 1 + )", .syntaxError, "unmatched ')'", 1, 9),
        ("x = 1 2", .syntaxError, "invalid syntax", 1, 7),
        ("x = (1 2)", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6),
        ("if f() = 1: pass", .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4),
        ("if a < b = 1: pass", .syntaxError, "invalid syntax", 1, 10),
        ("if x = 1 + : pass", .syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
        ("x, y = f() = 1", .syntaxError, "cannot assign to function call", 1, 8),
        ("[x = 1]", .syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2),
        ("f(x.y = 1)", .syntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
        ("f(1 = 2)", .syntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
        ("f(True=1)", .syntaxError, "cannot assign to True", 1, 3),
        ("f(x, *)", .syntaxError, "invalid syntax", 1, 7),
        ("x = [1, 2", .syntaxError, "'[' was never closed", 1, 5),
        ("x = [1, 2\ny = 3", .syntaxError, "'[' was never closed", 1, 5),
        ("(1, 2\ny = 3\n", .syntaxError, "'(' was never closed", 1, 1),
        ("if x:\n  y = (1,\nz = 2", .syntaxError, "'(' was never closed", 2, 7),
        ("foo(\n  1,\n  2 3)", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 3, 3),
        ("x = 1 if", .syntaxError, "invalid syntax", 1, 9),
        ("a = 5 5", .syntaxError, "invalid syntax", 1, 7),
        ("def f(x):\n  return x x", .syntaxError, "invalid syntax", 2, 12),
        ("import a.b as", .syntaxError, "invalid syntax", 1, 14),
        ("from . import", .syntaxError, "invalid syntax", 1, 14),
        ("from x import (a, b", .syntaxError, "'(' was never closed", 1, 15),
        ("from x import a,", .syntaxError, "trailing comma not allowed without surrounding parentheses", 1, 17),
        ("from x import *, a", .syntaxError, "invalid syntax", 1, 16),
        ("from x import (*)", .syntaxError, "invalid syntax", 1, 16),
        ("import *", .syntaxError, "invalid syntax", 1, 8),
        ("global x,", .syntaxError, "invalid syntax", 1, 10),
        ("x = not", .syntaxError, "invalid syntax", 1, 8),
        ("x = a not b", .syntaxError, "invalid syntax", 1, 11),
        ("x = a is not", .syntaxError, "invalid syntax", 1, 13),
        ("x.1", .syntaxError, "invalid syntax", 1, 2),
        ("x = 1.e", .syntaxError, "invalid decimal literal", 1, 6),
        ("x = 1e", .syntaxError, "invalid decimal literal", 1, 5),
        ("x = 1j2", .syntaxError, "invalid imaginary literal", 1, 6),
        ("x = 0b2", .syntaxError, "invalid digit '2' in binary literal", 1, 7),
        ("x = 0o8", .syntaxError, "invalid digit '8' in octal literal", 1, 7),
        ("x = 0b1_", .syntaxError, "invalid binary literal", 1, 8),
        ("x = 0x1for", .syntaxError, "invalid syntax", 1, 11),
        ("if x:\n    a\n  bcd = 1", .indentationError, "unindent does not match any outer indentation level", 3, 10),
        ("if x:\n    a\n  bcd = 1\n", .indentationError, "unindent does not match any outer indentation level", 3, 10),
        ("if x:\n        a\n\tb", .tabError, "inconsistent use of tabs and spaces in indentation", 3, 1),
        ("x = 1 \\ 2", .syntaxError, "unexpected character after line continuation character", 1, 8),
        ("y = 2\nx = 1 \\ 2", .syntaxError, "unexpected character after line continuation character", 2, 8),
        ("x = 1\n  y = 2", .indentationError, "unexpected indent", 2, 2),
        ("  x = 1", .indentationError, "unexpected indent", 1, 2),
        ("def f():\n  '''doc\n  more", .syntaxError, "unterminated triple-quoted string literal (detected at line 3)", 2, 3),
        ("x = 'abc\\\ndef", .syntaxError, "unterminated string literal (detected at line 2)", 1, 5),
        ("x = b'é'", .syntaxError, "bytes can only contain ASCII literal characters", 1, 5),
        ("x = '\\x4'", .syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10),
        ("x = '\\u12'", .syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11),
        ("x = f'{a!}'", .syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12),
        ("x = f'{a:'", .syntaxError, "f-string: expecting '}'", 1, 11),
        ("x = f'{a'", .syntaxError, "f-string: expecting '}'", 1, 10),
        ("x = f'{'", .syntaxError, "f-string: expecting '}'", 1, 9),
        ("x = f'{a)}'", .syntaxError, "f-string: unmatched ')'", 1, 12),
        ("x = f'{a]}'", .syntaxError, "f-string: unmatched ']'", 1, 12),
        ("x = f'{(a}'", .syntaxError, "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 12),
        ("x = f'{a#}'", .syntaxError, "f-string expression part cannot include '#'", 1, 12),
        ("x = f'{a\\n}'", .syntaxError, "f-string expression part cannot include a backslash", 1, 13),
        ("x = f'{a:{b\\n}}'", .syntaxError, "f-string expression part cannot include a backslash", 1, 17),
        ("x = f'{ }'", .syntaxError, "f-string: empty expression not allowed", 1, 11),
        ("x = f'{!r}'", .syntaxError, "f-string: expression required before '!'", 1, 12),
        ("x = f'{a!r=}'", .syntaxError, "f-string: expecting '}'", 1, 14),
        ("x = f'{a}}'", .syntaxError, "f-string: single '}' is not allowed", 1, 12),
        ("x = f'{{a}'", .syntaxError, "f-string: single '}' is not allowed", 1, 12),
        ("x = f'{a!r }'", .syntaxError, "f-string: expecting '}'", 1, 14),
        ("x = f'{a! r}'", .syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14),
        ("x = f'{a!rr}'", .syntaxError, "f-string: expecting '}'", 1, 14),
        ("if x:\n\n\n", .indentationError, "expected an indented block after 'if' statement on line 1", 3, 1),
        ("if x:\n  # c\n", .indentationError, "expected an indented block after 'if' statement on line 1", 2, 6),
        ("if x:  # comment\n", .indentationError, "expected an indented block after 'if' statement on line 1", 1, 17),
        ("class A:\n  def f():\n", .indentationError, "expected an indented block after function definition on line 2", 2, 11),
        ("class A:\n  def f():\n    pass\n  def g():\n\n", .indentationError, "expected an indented block after function definition on line 4", 5, 1),
        ("for x in y:\n", .indentationError, "expected an indented block after 'for' statement on line 1", 1, 12),
        ("x = f'{=}'", .syntaxError, "f-string: expression required before '='", 1, 11),
        ("x = f'{:}'", .syntaxError, "f-string: expression required before ':'", 1, 11),
        ("x = f'{a=b}'", .syntaxError, "f-string: expecting '}'", 1, 13),
        ("if x:\n  pass\n else:\n  pass", .indentationError, "unindent does not match any outer indentation level", 3, 7),
        ("while x:\n  pass\nelse:\npass", .indentationError, "expected an indented block after 'else' statement on line 3", 4, 1),
        ("try:\n  pass\nexcept E as e:\nx", .indentationError, "expected an indented block after 'except' statement on line 3", 4, 1),
        ("try:\n  pass\nfinally:\nx", .indentationError, "expected an indented block after 'finally' statement on line 3", 4, 1),
        ("with a:\nx", .indentationError, "expected an indented block after 'with' statement on line 1", 2, 1),
        ("async def f():\nx", .indentationError, "expected an indented block after function definition on line 1", 2, 1),
        ("def f():\n  async for x in y:\n  x", .indentationError, "expected an indented block after 'for' statement on line 2", 3, 3),
        ("if x:\n  pass\nelif y:\nx", .indentationError, "expected an indented block after 'elif' statement on line 3", 4, 1),
        ("class A:\nx", .indentationError, "expected an indented block after class definition on line 1", 2, 1),
        ("lambda x=1, y: x", .syntaxError, "non-default argument follows default argument", 1, 13),
        ("def f(/, a): pass", .syntaxError, "at least one argument must precede /", 1, 7),
        ("def f(a, /, /): pass", .syntaxError, "/ may appear only once", 1, 13),
        ("def f(*a, /): pass", .syntaxError, "/ must be ahead of *", 1, 11),
        ("def f(*a, *b): pass", .syntaxError, "* argument may appear only once", 1, 11),
        ("def f(**a, **b): pass", .syntaxError, "arguments cannot follow var-keyword argument", 1, 12),
        ("def f(a=1, /, b): pass", .syntaxError, "non-default argument follows default argument", 1, 15),
        ("def f(*a=1): pass", .syntaxError, "var-positional argument cannot have default value", 1, 9),
        ("def f(**a=1): pass", .syntaxError, "var-keyword argument cannot have default value", 1, 10),
        ("{**a: 1}", .syntaxError, "invalid syntax", 1, 5),
        ("{a: *b}", .syntaxError, "cannot use a starred expression in a dictionary value", 1, 5),
        ("del *a", .syntaxError, "cannot delete starred", 1, 5),
        ("del *a,", .syntaxError, "cannot delete starred", 1, 5),
        ("'a' b'b'", .syntaxError, "cannot mix bytes and nonbytes literals", 1, 9),
        ("x = ('a'\n  b'b')", .syntaxError, "cannot mix bytes and nonbytes literals", 2, 7),
        ("x = b'\\x4'", .syntaxError, "(value error) invalid \\x escape at position 0", 1, 11),
        ("x = '\\U00110000'", .syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17),
        ("x = 'abc' 'd\\x4'", .syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \\xXX escape", 1, 17),
        ("async = 1", .syntaxError, "invalid syntax", 1, 7),
        ("x := 1", .syntaxError, "invalid syntax", 1, 3),
        ("def f(a=1 2): pass", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 9),
        ("try:\n  pass\nexcept E, F:\n  pass", .syntaxError, "multiple exception types must be parenthesized", 3, 8),
        ("f(x for x in y,)", .syntaxError, "Generator expression must be parenthesized", 1, 3),
        ("x = 1;;", .syntaxError, "invalid syntax", 1, 7),
        (";", .syntaxError, "invalid syntax", 1, 1),
        ("if x: if y: pass", .syntaxError, "invalid syntax", 1, 7),
        ("x = '\\N{NOT A NAME}'", .syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", 1, 21),
        ("x = '\\N'", .syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 9),
        ("x = ur'abc'", .syntaxError, "invalid syntax", 1, 7),
        ("try:\n  pass\nelse:\n  pass", .syntaxError, "expected 'except' or 'finally' block", 3, 1),
        ("import a as b.c", .syntaxError, "invalid syntax", 1, 14),
        ("from a import b as c.d", .syntaxError, "invalid syntax", 1, 21),
        ("nonlocal", .syntaxError, "invalid syntax", 1, 9),
        ("del", .syntaxError, "invalid syntax", 1, 4),
        ("x = 1 if True else", .syntaxError, "invalid syntax", 1, 19),
        ("pass\n  pass", .indentationError, "unexpected indent", 2, 2),
        ("x = (", .syntaxError, "'(' was never closed", 1, 5),
        ("x = [1, 2, (3, 4]", .syntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 17),
        ("x = {1: 2, 3}", .syntaxError, "':' expected after dictionary key", 1, 12),
        ("x = {1: }", .syntaxError, "expression expected after dictionary key and ':'", 1, 7),
        ("x = {1: 2, 3: }", .syntaxError, "expression expected after dictionary key and ':'", 1, 13),
        ("f(**a, b)", .syntaxError, "positional argument follows keyword argument unpacking", 1, 9),
        ("f(a=1, b)", .syntaxError, "positional argument follows keyword argument", 1, 9),
        ("@x\nx = 1", .syntaxError, "invalid syntax", 2, 1),
    ]

    private func parseError(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> SyntaxErrorInfo? {
        do {
            _ = try Parser.parseModule(source, filename: "test.py")
            XCTFail("expected a syntax error for \(source.debugDescription)", file: file, line: line)
        } catch let error as SyntaxErrorInfo {
            return error
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
        return nil
    }

    func testMessagesAndLocationsMatchCPython() {
        for testCase in Self.cpythonCases {
            guard let error = parseError(testCase.source) else { continue }
            let context = "for source \(testCase.source.debugDescription)"
            XCTAssertEqual(error.message, testCase.message, context)
            XCTAssertEqual(error.kind, testCase.kind, context)
            XCTAssertEqual(error.line, testCase.line, "line \(context)")
            XCTAssertEqual(error.column, testCase.column, "column \(context)")
            XCTAssertEqual(error.filename, "test.py")
        }
    }

    func testErrorCarriesSourceLineWithoutNewline() {
        let error = parseError("x = 1\ny = (1 2)\n")
        XCTAssertEqual(error?.text, "y = (1 2)")
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.message, "invalid syntax. Perhaps you forgot a comma?")
    }

    func testIncompleteInputIsFlaggedWhereMoreLinesCouldHelp() {
        let incomplete = [
            "x = (1,\n", "def f(\n", "if x:\n", "if x:", "x = '''abc\n", "x = 1 +\\\n", "@dec\n",
            "class A:\n    def f(self):\n", "try:\n    pass\n", "for x in y:\n", "f(a,\n  b,\n",
        ]
        for source in incomplete {
            XCTAssertEqual(parseError(source)?.isIncompleteInput, true, source.debugDescription)
            do {
                _ = try Parser.parseInteractive(source, filename: "<stdin>")
                XCTFail("expected an error for \(source.debugDescription)")
            } catch let error as SyntaxErrorInfo {
                XCTAssertTrue(error.isIncompleteInput, "interactive \(source.debugDescription)")
            } catch {
                XCTFail("unexpected \(error)")
            }
        }
        let complete = ["x = 1 +\n", "x = )\n", "if x\n", "x = 'abc\n", "a b\n", "def f(:\n", "f(a b)\n"]
        for source in complete {
            XCTAssertEqual(parseError(source)?.isIncompleteInput, false, source.debugDescription)
        }
    }

    func testUnclosedBracketExplainsLaterErrors() {
        let error = parseError("values = [1, 2\nprint(values)\n")
        XCTAssertEqual(error?.message, "'[' was never closed")
        XCTAssertEqual(error?.line, 1)
        XCTAssertEqual(error?.column, 10)
        XCTAssertEqual(error?.isIncompleteInput, true)
    }

    func testMismatchedBracketOnAnotherLineNamesTheOpeningLine() {
        let error = parseError("x = (1,\n2]\n")
        XCTAssertEqual(error?.message, "closing parenthesis ']' does not match opening parenthesis '(' on line 1")
        XCTAssertEqual(error?.line, 2)
    }

    func testTokenizerErrorsWinOverEarlierParserErrors() {
        // CPython tokenizes the whole file after a parse error and prefers tokenizer errors.
        let error = parseError("x = = 1\ny = 'unterminated\n")
        XCTAssertEqual(error?.message, "unterminated string literal (detected at line 2)")
    }

    func testFStringExpressionErrorsPointIntoTheString() {
        let error = parseError("x = 1\ny = f'{a b}'\n")
        XCTAssertEqual(error?.message, "f-string: invalid syntax. Perhaps you forgot a comma?")
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.column, 8)
        XCTAssertEqual(error?.text, "y = f'{a b}'")
    }

    func testMultipleStatementsInInteractiveMode() {
        XCTAssertThrowsError(try Parser.parseInteractive("x = 1\ny = 2\n", filename: "<stdin>")) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message,
                           "multiple statements found while compiling a single statement")
            XCTAssertEqual((error as? SyntaxErrorInfo)?.line, 2)
        }
    }

    func testNullCharactersAreRejected() {
        XCTAssertThrowsError(try Parser.parseModule("x = 1\0", filename: "t.py")) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message, "source code string cannot contain null bytes")
        }
    }

    func testTooDeepIndentation() {
        var source = ""
        for level in 0..<101 { source += String(repeating: " ", count: level) + "if x:\n" }
        source += String(repeating: " ", count: 101) + "pass\n"
        let error = parseError(source)
        XCTAssertEqual(error?.message, "too many levels of indentation")
        XCTAssertEqual(error?.kind, .indentationError)
    }

    func testUnsupportedMatchStatementIsASyntaxError() {
        XCTAssertNotNil(parseError("match x:\n    case 1:\n        pass\n"))
    }
}
