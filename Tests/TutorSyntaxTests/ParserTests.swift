// Syntax tree shapes and locations. The table's expected dumps were produced from CPython's
// own `ast` module (converted to `ASTDumper`'s notation), with locations wherever the source
// has no f-string: CPython 3.11 gives f-string fields approximate positions, ours are exact.

import XCTest
@testable import TutorSyntax

final class ParserTests: XCTestCase {
    private static let cpythonTrees: [(source: String, withLocations: Bool, dump: String)] = [
        ("x = 1", true, "Assign@1:0-1:5([Name@1:0-1:1(x)], Constant@1:4-1:5(1))"),
        ("x = y = 2", true, "Assign@1:0-1:9([Name@1:0-1:1(x), Name@1:4-1:5(y)], Constant@1:8-1:9(2))"),
        ("a, b = 1, 2", true, "Assign@1:0-1:11([Tuple@1:0-1:4([Name@1:0-1:1(a), Name@1:3-1:4(b)])], Tuple@1:7-1:11([Constant@1:7-1:8(1), Constant@1:10-1:11(2)]))"),
        ("a, *b = c", true, "Assign@1:0-1:9([Tuple@1:0-1:5([Name@1:0-1:1(a), Starred@1:3-1:5(Name@1:4-1:5(b))])], Name@1:8-1:9(c))"),
        ("[a, *b] = c", true, "Assign@1:0-1:11([List@1:0-1:7([Name@1:1-1:2(a), Starred@1:4-1:6(Name@1:5-1:6(b))])], Name@1:10-1:11(c))"),
        ("x += 1", true, "AugAssign@1:0-1:6(Name@1:0-1:1(x), +, Constant@1:5-1:6(1))"),
        ("x: int = 5", true, "AnnAssign@1:0-1:10(Name@1:0-1:1(x), Name@1:3-1:6(int), Constant@1:9-1:10(5), 1)"),
        ("(x): int", true, "AnnAssign@1:0-1:8(Name@1:1-1:2(x), Name@1:5-1:8(int), None, 0)"),
        ("a.b: int", true, "AnnAssign@1:0-1:8(Attribute@1:0-1:3(Name@1:0-1:1(a), b), Name@1:5-1:8(int), None, 0)"),
        ("a[1]: str = 'x'", true, "AnnAssign@1:0-1:15(Subscript@1:0-1:4(Name@1:0-1:1(a), Constant@1:2-1:3(1)), Name@1:6-1:9(str), Constant@1:12-1:15(\"x\"), 0)"),
        ("if a:\n  b\nelif c:\n  d\nelse:\n  e", true, "If@1:0-6:3(Name@1:3-1:4(a), [Expr@2:2-2:3(Name@2:2-2:3(b))], [If@3:0-6:3(Name@3:5-3:6(c), [Expr@4:2-4:3(Name@4:2-4:3(d))], [Expr@6:2-6:3(Name@6:2-6:3(e))])])"),
        ("while x:\n  break\nelse:\n  continue", true, "While@1:0-4:10(Name@1:6-1:7(x), [Break@2:2-2:7()], [Continue@4:2-4:10()])"),
        ("for a, (b, c) in d:\n  pass\nelse:\n  pass", true, "For@1:0-4:6(Tuple@1:4-1:13([Name@1:4-1:5(a), Tuple@1:7-1:13([Name@1:8-1:9(b), Name@1:11-1:12(c)])]), Name@1:17-1:18(d), [Pass@2:2-2:6()], [Pass@4:2-4:6()])"),
        ("async def f():\n  async with a as b, c:\n    await x\n  async for i in y: pass\n  return [i async for i in z]", true, "AsyncFunctionDef@1:0-5:29(f, arguments([], [], None, [], [], None, []), [AsyncWith@2:2-3:11([withitem(Name@2:13-2:14(a), Name@2:18-2:19(b)), withitem(Name@2:21-2:22(c), None)], [Expr@3:4-3:11(Await@3:4-3:11(Name@3:10-3:11(x)))]), AsyncFor@4:2-4:24(Name@4:12-4:13(i), Name@4:17-4:18(y), [Pass@4:20-4:24()], []), Return@5:2-5:29(ListComp@5:9-5:29(Name@5:10-5:11(i), [comprehension(Name@5:22-5:23(i), Name@5:27-5:28(z), [], 1)]))], [], None)"),
        ("def f(x: int = 1, *args: str, y, z: int = 2, **kw: dict) -> None: pass", true, "FunctionDef@1:0-1:70(f, arguments([], [arg@1:6-1:12(x, Name@1:9-1:12(int))], arg@1:19-1:28(args, Name@1:25-1:28(str)), [arg@1:30-1:31(y, None), arg@1:33-1:39(z, Name@1:36-1:39(int))], [None, Constant@1:42-1:43(2)], arg@1:47-1:55(kw, Name@1:51-1:55(dict)), [Constant@1:15-1:16(1)]), [Pass@1:66-1:70()], [], Constant@1:60-1:64(None))"),
        ("def f(a, b=1, /, c=2, *, d, e=3): pass", true, "FunctionDef@1:0-1:38(f, arguments([arg@1:6-1:7(a, None), arg@1:9-1:10(b, None)], [arg@1:17-1:18(c, None)], None, [arg@1:25-1:26(d, None), arg@1:28-1:29(e, None)], [None, Constant@1:30-1:31(3)], None, [Constant@1:11-1:12(1), Constant@1:19-1:20(2)]), [Pass@1:34-1:38()], [], None)"),
        ("@dec\n@dec2(1)\ndef f(): pass", true, "FunctionDef@3:0-3:13(f, arguments([], [], None, [], [], None, []), [Pass@3:9-3:13()], [Name@1:1-1:4(dec), Call@2:1-2:8(Name@2:1-2:5(dec2), [Constant@2:6-2:7(1)], [])], None)"),
        ("@dec\nclass A(B, C, metaclass=M, **kw):\n  x = 1\n  def m(self): return self", true, "ClassDef@2:0-4:26(A, [Name@2:8-2:9(B), Name@2:11-2:12(C)], [keyword@2:14-2:25(metaclass, Name@2:24-2:25(M)), keyword@2:27-2:31(None, Name@2:29-2:31(kw))], [Assign@3:2-3:7([Name@3:2-3:3(x)], Constant@3:6-3:7(1)), FunctionDef@4:2-4:26(m, arguments([], [arg@4:8-4:12(self, None)], None, [], [], None, []), [Return@4:15-4:26(Name@4:22-4:26(self))], [], None)], [Name@1:1-1:4(dec)])"),
        ("return", true, "Return@1:0-1:6(None)"),
        ("del a, b[0], c.d", true, "Delete@1:0-1:16([Name@1:4-1:5(a), Subscript@1:7-1:11(Name@1:7-1:8(b), Constant@1:9-1:10(0)), Attribute@1:13-1:16(Name@1:13-1:14(c), d)])"),
        ("del (a, b)", true, "Delete@1:0-1:10([Tuple@1:4-1:10([Name@1:5-1:6(a), Name@1:8-1:9(b)])])"),
        ("global a, b\nnonlocal c", true, "Global@1:0-1:11([a, b])\nNonlocal@2:0-2:10([c])"),
        ("try:\n  pass\nexcept E as e:\n  pass\nexcept (A, B):\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass", true, "Try@1:0-12:6([Pass@2:2-2:6()], [ExceptHandler@3:0-4:6(Name@3:7-3:8(E), e, [Pass@4:2-4:6()]), ExceptHandler@5:0-6:6(Tuple@5:7-5:13([Name@5:8-5:9(A), Name@5:11-5:12(B)]), None, [Pass@6:2-6:6()]), ExceptHandler@7:0-8:6(None, None, [Pass@8:2-8:6()])], [Pass@10:2-10:6()], [Pass@12:2-12:6()])"),
        ("raise X from Y", true, "Raise@1:0-1:14(Name@1:6-1:7(X), Name@1:13-1:14(Y))"),
        ("raise", true, "Raise@1:0-1:5(None, None)"),
        ("assert x, 'msg'", true, "Assert@1:0-1:15(Name@1:7-1:8(x), Constant@1:10-1:15(\"msg\"))"),
        ("with a as b, c as (d, e): pass", true, "With@1:0-1:30([withitem(Name@1:5-1:6(a), Name@1:10-1:11(b)), withitem(Name@1:13-1:14(c), Tuple@1:18-1:24([Name@1:19-1:20(d), Name@1:22-1:23(e)]))], [Pass@1:26-1:30()])"),
        ("with (a as b, c): pass", true, "With@1:0-1:22([withitem(Name@1:6-1:7(a), Name@1:11-1:12(b)), withitem(Name@1:14-1:15(c), None)], [Pass@1:18-1:22()])"),
        ("with (a, b): pass", true, "With@1:0-1:17([withitem(Name@1:6-1:7(a), None), withitem(Name@1:9-1:10(b), None)], [Pass@1:13-1:17()])"),
        ("with (a, b) as c: pass", true, "With@1:0-1:22([withitem(Tuple@1:5-1:11([Name@1:6-1:7(a), Name@1:9-1:10(b)]), Name@1:15-1:16(c))], [Pass@1:18-1:22()])"),
        ("import a.b.c as d, e", true, "Import@1:0-1:20([alias@1:7-1:17(a.b.c, d), alias@1:19-1:20(e, None)])"),
        ("from .. import (a as b, c,)", true, "ImportFrom@1:0-1:27(None, [alias@1:16-1:22(a, b), alias@1:24-1:25(c, None)], 2)"),
        ("from ...x.y import z", true, "ImportFrom@1:0-1:20(x.y, [alias@1:19-1:20(z, None)], 3)"),
        ("from . import *", true, "ImportFrom@1:0-1:15(None, [alias@1:14-1:15(*, None)], 1)"),
        ("x = [i for i in range(3) if i if i > 0 for j in i]", true, "Assign@1:0-1:50([Name@1:0-1:1(x)], ListComp@1:4-1:50(Name@1:5-1:6(i), [comprehension(Name@1:11-1:12(i), Call@1:16-1:24(Name@1:16-1:21(range), [Constant@1:22-1:23(3)], []), [Name@1:28-1:29(i), Compare@1:33-1:38(Name@1:33-1:34(i), [>], [Constant@1:37-1:38(0)])], 0), comprehension(Name@1:43-1:44(j), Name@1:48-1:49(i), [], 0)]))"),
        ("x = {k: v for k, v in d.items()}", true, "Assign@1:0-1:32([Name@1:0-1:1(x)], DictComp@1:4-1:32(Name@1:5-1:6(k), Name@1:8-1:9(v), [comprehension(Tuple@1:14-1:18([Name@1:14-1:15(k), Name@1:17-1:18(v)]), Call@1:22-1:31(Attribute@1:22-1:29(Name@1:22-1:23(d), items), [], []), [], 0)]))"),
        ("x = {i for i in a}", true, "Assign@1:0-1:18([Name@1:0-1:1(x)], SetComp@1:4-1:18(Name@1:5-1:6(i), [comprehension(Name@1:11-1:12(i), Name@1:16-1:17(a), [], 0)]))"),
        ("x = (i for i in a)", true, "Assign@1:0-1:18([Name@1:0-1:1(x)], GeneratorExp@1:4-1:18(Name@1:5-1:6(i), [comprehension(Name@1:11-1:12(i), Name@1:16-1:17(a), [], 0)]))"),
        ("f(i for i in a)", true, "Expr@1:0-1:15(Call@1:0-1:15(Name@1:0-1:1(f), [GeneratorExp@1:1-1:15(Name@1:2-1:3(i), [comprehension(Name@1:8-1:9(i), Name@1:13-1:14(a), [], 0)])], []))"),
        ("x = 1 if y else 2 if z else 3", true, "Assign@1:0-1:29([Name@1:0-1:1(x)], IfExp@1:4-1:29(Name@1:9-1:10(y), Constant@1:4-1:5(1), IfExp@1:16-1:29(Name@1:21-1:22(z), Constant@1:16-1:17(2), Constant@1:28-1:29(3))))"),
        ("x = lambda a, /, b=1, *c, d, e=2, **f: 0", true, "Assign@1:0-1:40([Name@1:0-1:1(x)], Lambda@1:4-1:40(arguments([arg@1:11-1:12(a, None)], [arg@1:17-1:18(b, None)], arg@1:23-1:24(c, None), [arg@1:26-1:27(d, None), arg@1:29-1:30(e, None)], [None, Constant@1:31-1:32(2)], arg@1:36-1:37(f, None), [Constant@1:19-1:20(1)]), Constant@1:39-1:40(0)))"),
        ("x = lambda: 0", true, "Assign@1:0-1:13([Name@1:0-1:1(x)], Lambda@1:4-1:13(arguments([], [], None, [], [], None, []), Constant@1:12-1:13(0)))"),
        ("x = lambda *, a: a", true, "Assign@1:0-1:18([Name@1:0-1:1(x)], Lambda@1:4-1:18(arguments([], [], None, [arg@1:14-1:15(a, None)], [None], None, []), Name@1:17-1:18(a)))"),
        ("x = not not a", true, "Assign@1:0-1:13([Name@1:0-1:1(x)], UnaryOp@1:4-1:13(not, UnaryOp@1:8-1:13(not, Name@1:12-1:13(a))))"),
        ("x = - - 1", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], UnaryOp@1:4-1:9(-, UnaryOp@1:6-1:9(-, Constant@1:8-1:9(1))))"),
        ("x = -2 ** -3 ** 4", true, "Assign@1:0-1:17([Name@1:0-1:1(x)], UnaryOp@1:4-1:17(-, BinOp@1:5-1:17(Constant@1:5-1:6(2), **, UnaryOp@1:10-1:17(-, BinOp@1:11-1:17(Constant@1:11-1:12(3), **, Constant@1:16-1:17(4))))))"),
        ("x = a < b < c is not d not in e", true, "Assign@1:0-1:31([Name@1:0-1:1(x)], Compare@1:4-1:31(Name@1:4-1:5(a), [<, <, is not, not in], [Name@1:8-1:9(b), Name@1:12-1:13(c), Name@1:21-1:22(d), Name@1:30-1:31(e)]))"),
        ("x = a or b and c or d", true, "Assign@1:0-1:21([Name@1:0-1:1(x)], BoolOp@1:4-1:21(or, [Name@1:4-1:5(a), BoolOp@1:9-1:16(and, [Name@1:9-1:10(b), Name@1:15-1:16(c)]), Name@1:20-1:21(d)]))"),
        ("x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m", true, "Assign@1:0-1:56([Name@1:0-1:1(x)], BinOp@1:4-1:56(Name@1:4-1:5(a), |, BinOp@1:8-1:56(Name@1:8-1:9(b), ^, BinOp@1:12-1:56(Name@1:12-1:13(c), &, BinOp@1:16-1:56(BinOp@1:16-1:22(Name@1:16-1:17(d), <<, Name@1:21-1:22(e)), >>, BinOp@1:26-1:56(BinOp@1:26-1:31(Name@1:26-1:27(f), +, Name@1:30-1:31(g)), -, BinOp@1:34-1:56(BinOp@1:34-1:52(BinOp@1:34-1:48(BinOp@1:34-1:43(BinOp@1:34-1:39(Name@1:34-1:35(h), *, Name@1:38-1:39(i)), /, Name@1:42-1:43(j)), //, Name@1:47-1:48(k)), %, Name@1:51-1:52(l)), @, Name@1:55-1:56(m))))))))"),
        ("x = a + b + c", true, "Assign@1:0-1:13([Name@1:0-1:1(x)], BinOp@1:4-1:13(BinOp@1:4-1:9(Name@1:4-1:5(a), +, Name@1:8-1:9(b)), +, Name@1:12-1:13(c)))"),
        ("x = a ** b ** c", true, "Assign@1:0-1:15([Name@1:0-1:1(x)], BinOp@1:4-1:15(Name@1:4-1:5(a), **, BinOp@1:9-1:15(Name@1:9-1:10(b), **, Name@1:14-1:15(c))))"),
        ("x = ~a", true, "Assign@1:0-1:6([Name@1:0-1:1(x)], UnaryOp@1:4-1:6(~, Name@1:5-1:6(a)))"),
        ("x = await y", true, "Assign@1:0-1:11([Name@1:0-1:1(x)], Await@1:4-1:11(Name@1:10-1:11(y)))"),
        ("if (n := 10) > 5: pass", true, "If@1:0-1:22(Compare@1:3-1:16(NamedExpr@1:4-1:11(n, Constant@1:9-1:11(10)), [>], [Constant@1:15-1:16(5)]), [Pass@1:18-1:22()], [])"),
        ("x = [y := f(x), y**2]", true, "Assign@1:0-1:21([Name@1:0-1:1(x)], List@1:4-1:21([NamedExpr@1:5-1:14(y, Call@1:10-1:14(Name@1:10-1:11(f), [Name@1:12-1:13(x)], [])), BinOp@1:16-1:20(Name@1:16-1:17(y), **, Constant@1:19-1:20(2))]))"),
        ("x = a[1:2, ::3, ...]", true, "Assign@1:0-1:20([Name@1:0-1:1(x)], Subscript@1:4-1:20(Name@1:4-1:5(a), Tuple@1:6-1:19([Slice@1:6-1:9(Constant@1:6-1:7(1), Constant@1:8-1:9(2), None), Slice@1:11-1:14(None, None, Constant@1:13-1:14(3)), Constant@1:16-1:19(Ellipsis)])))"),
        ("x = a[*b]", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], Subscript@1:4-1:9(Name@1:4-1:5(a), Tuple@1:6-1:8([Starred@1:6-1:8(Name@1:7-1:8(b))])))"),
        ("x = a[:]", true, "Assign@1:0-1:8([Name@1:0-1:1(x)], Subscript@1:4-1:8(Name@1:4-1:5(a), Slice@1:6-1:7(None, None, None)))"),
        ("x = a[1:]", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], Subscript@1:4-1:9(Name@1:4-1:5(a), Slice@1:6-1:8(Constant@1:6-1:7(1), None, None)))"),
        ("x = a[::2]", true, "Assign@1:0-1:10([Name@1:0-1:1(x)], Subscript@1:4-1:10(Name@1:4-1:5(a), Slice@1:6-1:9(None, None, Constant@1:8-1:9(2))))"),
        ("x = a[b, c]", true, "Assign@1:0-1:11([Name@1:0-1:1(x)], Subscript@1:4-1:11(Name@1:4-1:5(a), Tuple@1:6-1:10([Name@1:6-1:7(b), Name@1:9-1:10(c)])))"),
        ("x = a[b:c:d]", true, "Assign@1:0-1:12([Name@1:0-1:1(x)], Subscript@1:4-1:12(Name@1:4-1:5(a), Slice@1:6-1:11(Name@1:6-1:7(b), Name@1:8-1:9(c), Name@1:10-1:11(d))))"),
        ("x = f(a, *b, c=1, **d)", true, "Assign@1:0-1:22([Name@1:0-1:1(x)], Call@1:4-1:22(Name@1:4-1:5(f), [Name@1:6-1:7(a), Starred@1:9-1:11(Name@1:10-1:11(b))], [keyword@1:13-1:16(c, Constant@1:15-1:16(1)), keyword@1:18-1:21(None, Name@1:20-1:21(d))]))"),
        ("x = a.b.c(d)[e](f).g", true, "Assign@1:0-1:20([Name@1:0-1:1(x)], Attribute@1:4-1:20(Call@1:4-1:18(Subscript@1:4-1:15(Call@1:4-1:12(Attribute@1:4-1:9(Attribute@1:4-1:7(Name@1:4-1:5(a), b), c), [Name@1:10-1:11(d)], []), Name@1:13-1:14(e)), [Name@1:16-1:17(f)], []), g))"),
        ("x = {**a, 'b': 1, **c}", true, "Assign@1:0-1:22([Name@1:0-1:1(x)], Dict@1:4-1:22([None, Constant@1:10-1:13(\"b\"), None], [Name@1:7-1:8(a), Constant@1:15-1:16(1), Name@1:20-1:21(c)]))"),
        ("x = {1, 2, *a}", true, "Assign@1:0-1:14([Name@1:0-1:1(x)], Set@1:4-1:14([Constant@1:5-1:6(1), Constant@1:8-1:9(2), Starred@1:11-1:13(Name@1:12-1:13(a))]))"),
        ("x = {}", true, "Assign@1:0-1:6([Name@1:0-1:1(x)], Dict@1:4-1:6([], []))"),
        ("x = []", true, "Assign@1:0-1:6([Name@1:0-1:1(x)], List@1:4-1:6([]))"),
        ("x = ()", true, "Assign@1:0-1:6([Name@1:0-1:1(x)], Tuple@1:4-1:6([]))"),
        ("x = (1,)", true, "Assign@1:0-1:8([Name@1:0-1:1(x)], Tuple@1:4-1:8([Constant@1:5-1:6(1)]))"),
        ("x = 1,", true, "Assign@1:0-1:6([Name@1:0-1:1(x)], Tuple@1:4-1:6([Constant@1:4-1:5(1)]))"),
        ("x = (1)", true, "Assign@1:0-1:7([Name@1:0-1:1(x)], Constant@1:5-1:6(1))"),
        ("x = ((1, 2))", true, "Assign@1:0-1:12([Name@1:0-1:1(x)], Tuple@1:5-1:11([Constant@1:6-1:7(1), Constant@1:9-1:10(2)]))"),
        ("x = 'a' 'b'", true, "Assign@1:0-1:11([Name@1:0-1:1(x)], Constant@1:4-1:11(\"ab\"))"),
        ("x = 'a' f'{b}' 'c'", false, "Assign([Name(x)], JoinedStr([\"a\", Formatted(Name(b), None, None), \"c\"]))"),
        ("x = f'{a!r:>{w}.{p}}'", false, "Assign([Name(x)], JoinedStr([Formatted(Name(a), r, [\">\", Formatted(Name(w), None, None), \".\", Formatted(Name(p), None, None)])]))"),
        ("x = f'{x=}'", false, "Assign([Name(x)], JoinedStr([\"x=\", Formatted(Name(x), r, None)]))"),
        ("x = f'{x = !s:^10}'", false, "Assign([Name(x)], JoinedStr([\"x = \", Formatted(Name(x), s, [\"^10\"])]))"),
        ("x = f'{{}}{a}}}'", false, "Assign([Name(x)], JoinedStr([\"{}\", Formatted(Name(a), None, None), \"}\"]))"),
        ("x = b'abc' b'\\x00\\n'", true, "Assign@1:0-1:20([Name@1:0-1:1(x)], Constant@1:4-1:20(b[97, 98, 99, 0, 10]))"),
        ("x = rb'\\n'", true, "Assign@1:0-1:10([Name@1:0-1:1(x)], Constant@1:4-1:10(b[92, 110]))"),
        ("x = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u0041\\U00000041\\d'", true, "Assign@1:0-1:54([Name@1:0-1:1(x)], Constant@1:4-1:54(\"\\n\\t\\\\'\\\"\\u0007\\u0008\\u000c\\u000b\\r\\u0000AAAA\\\\d\"))"),
        ("x = '''a\nb'''", true, "Assign@1:0-2:4([Name@1:0-1:1(x)], Constant@1:4-2:4(\"a\\nb\"))"),
        ("x = 1_000_000", true, "Assign@1:0-1:13([Name@1:0-1:1(x)], Constant@1:4-1:13(1000000))"),
        ("x = 0x_ff", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], Constant@1:4-1:9(255))"),
        ("x = 0o777", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], Constant@1:4-1:9(511))"),
        ("x = 0b1010", true, "Assign@1:0-1:10([Name@1:0-1:1(x)], Constant@1:4-1:10(10))"),
        ("x = 1.5e-3", true, "Assign@1:0-1:10([Name@1:0-1:1(x)], Constant@1:4-1:10(0.0015))"),
        ("x = 1.", true, "Assign@1:0-1:6([Name@1:0-1:1(x)], Constant@1:4-1:6(1.0))"),
        ("x = .5", true, "Assign@1:0-1:6([Name@1:0-1:1(x)], Constant@1:4-1:6(0.5))"),
        ("x = 2j", true, "Assign@1:0-1:6([Name@1:0-1:1(x)], Constant@1:4-1:6(2.0j))"),
        ("x = 1.5J", true, "Assign@1:0-1:8([Name@1:0-1:1(x)], Constant@1:4-1:8(1.5j))"),
        ("x = 123456789012345678901234567890", true, "Assign@1:0-1:34([Name@1:0-1:1(x)], Constant@1:4-1:34(123456789012345678901234567890))"),
        ("x = 0xFFFFFFFFFFFFFFFFFFFF", true, "Assign@1:0-1:26([Name@1:0-1:1(x)], Constant@1:4-1:26(1208925819614629174706175))"),
        ("x = 9223372036854775807", true, "Assign@1:0-1:23([Name@1:0-1:1(x)], Constant@1:4-1:23(9223372036854775807))"),
        ("x = 9223372036854775808", true, "Assign@1:0-1:23([Name@1:0-1:1(x)], Constant@1:4-1:23(9223372036854775808))"),
        ("x = ...", true, "Assign@1:0-1:7([Name@1:0-1:1(x)], Constant@1:4-1:7(Ellipsis))"),
        ("x = None, True, False", true, "Assign@1:0-1:21([Name@1:0-1:1(x)], Tuple@1:4-1:21([Constant@1:4-1:8(None), Constant@1:10-1:14(True), Constant@1:16-1:21(False)]))"),
        ("x = yield", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], Yield@1:4-1:9(None))"),
        ("def f():\n  x = yield a, b\n  yield from c\n  y = (yield)\n  await z", true, "FunctionDef@1:0-5:9(f, arguments([], [], None, [], [], None, []), [Assign@2:2-2:16([Name@2:2-2:3(x)], Yield@2:6-2:16(Tuple@2:12-2:16([Name@2:12-2:13(a), Name@2:15-2:16(b)]))), Expr@3:2-3:14(YieldFrom@3:2-3:14(Name@3:13-3:14(c))), Assign@4:2-4:13([Name@4:2-4:3(y)], Yield@4:7-4:12(None)), Expr@5:2-5:9(Await@5:2-5:9(Name@5:8-5:9(z)))], [], None)"),
        ("print(x, end='')", true, "Expr@1:0-1:16(Call@1:0-1:16(Name@1:0-1:5(print), [Name@1:6-1:7(x)], [keyword@1:9-1:15(end, Constant@1:13-1:15(\"\"))]))"),
        ("x = [\n  1,\n  2,\n]", true, "Assign@1:0-4:1([Name@1:0-1:1(x)], List@1:4-4:1([Constant@2:2-2:3(1), Constant@3:2-3:3(2)]))"),
        ("foo(a,\n    b)\nbar()", true, "Expr@1:0-2:6(Call@1:0-2:6(Name@1:0-1:3(foo), [Name@1:4-1:5(a), Name@2:4-2:5(b)], []))\nExpr@3:0-3:5(Call@3:0-3:5(Name@3:0-3:3(bar), [], []))"),
        ("x = (1 +\n  2)", true, "Assign@1:0-2:4([Name@1:0-1:1(x)], BinOp@1:5-2:3(Constant@1:5-1:6(1), +, Constant@2:2-2:3(2)))"),
        ("x = 1 \\\n  + 2", true, "Assign@1:0-2:5([Name@1:0-1:1(x)], BinOp@1:4-2:5(Constant@1:4-1:5(1), +, Constant@2:4-2:5(2)))"),
        ("if x: y = 1; z = 2", true, "If@1:0-1:18(Name@1:3-1:4(x), [Assign@1:6-1:11([Name@1:6-1:7(y)], Constant@1:10-1:11(1)), Assign@1:13-1:18([Name@1:13-1:14(z)], Constant@1:17-1:18(2))], [])"),
        ("class A: pass", true, "ClassDef@1:0-1:13(A, [], [], [Pass@1:9-1:13()], [])"),
        ("class A(): pass", true, "ClassDef@1:0-1:15(A, [], [], [Pass@1:11-1:15()], [])"),
        ("x = a if b else lambda: c", true, "Assign@1:0-1:25([Name@1:0-1:1(x)], IfExp@1:4-1:25(Name@1:9-1:10(b), Name@1:4-1:5(a), Lambda@1:16-1:25(arguments([], [], None, [], [], None, []), Name@1:24-1:25(c))))"),
        ("x = [lambda: i for i in range(3)]", true, "Assign@1:0-1:33([Name@1:0-1:1(x)], ListComp@1:4-1:33(Lambda@1:5-1:14(arguments([], [], None, [], [], None, []), Name@1:13-1:14(i)), [comprehension(Name@1:19-1:20(i), Call@1:24-1:32(Name@1:24-1:29(range), [Constant@1:30-1:31(3)], []), [], 0)]))"),
        ("x = f(x for x in y)", true, "Assign@1:0-1:19([Name@1:0-1:1(x)], Call@1:4-1:19(Name@1:4-1:5(f), [GeneratorExp@1:5-1:19(Name@1:6-1:7(x), [comprehension(Name@1:12-1:13(x), Name@1:17-1:18(y), [], 0)])], []))"),
        ("x = f((x for x in y), z)", true, "Assign@1:0-1:24([Name@1:0-1:1(x)], Call@1:4-1:24(Name@1:4-1:5(f), [GeneratorExp@1:6-1:20(Name@1:7-1:8(x), [comprehension(Name@1:13-1:14(x), Name@1:18-1:19(y), [], 0)]), Name@1:22-1:23(z)], []))"),
        ("for x, in y: pass", true, "For@1:0-1:17(Tuple@1:4-1:6([Name@1:4-1:5(x)]), Name@1:10-1:11(y), [Pass@1:13-1:17()], [])"),
        ("x = a is b", true, "Assign@1:0-1:10([Name@1:0-1:1(x)], Compare@1:4-1:10(Name@1:4-1:5(a), [is], [Name@1:9-1:10(b)]))"),
        ("x = a not in b", true, "Assign@1:0-1:14([Name@1:0-1:1(x)], Compare@1:4-1:14(Name@1:4-1:5(a), [not in], [Name@1:13-1:14(b)]))"),
        ("a = b = c = d", true, "Assign@1:0-1:13([Name@1:0-1:1(a), Name@1:4-1:5(b), Name@1:8-1:9(c)], Name@1:12-1:13(d))"),
        ("x = *a, *b", true, "Assign@1:0-1:10([Name@1:0-1:1(x)], Tuple@1:4-1:10([Starred@1:4-1:6(Name@1:5-1:6(a)), Starred@1:8-1:10(Name@1:9-1:10(b))]))"),
        ("print(*a, sep='')", true, "Expr@1:0-1:17(Call@1:0-1:17(Name@1:0-1:5(print), [Starred@1:6-1:8(Name@1:7-1:8(a))], [keyword@1:10-1:16(sep, Constant@1:14-1:16(\"\"))]))"),
        ("x = [*a, *b]", true, "Assign@1:0-1:12([Name@1:0-1:1(x)], List@1:4-1:12([Starred@1:5-1:7(Name@1:6-1:7(a)), Starred@1:9-1:11(Name@1:10-1:11(b))]))"),
        ("x = f'a{b}c{d!a}e'", false, "Assign([Name(x)], JoinedStr([\"a\", Formatted(Name(b), None, None), \"c\", Formatted(Name(d), a, None), \"e\"]))"),
        ("x = f''", false, "Assign([Name(x)], JoinedStr([]))"),
        ("x = f'{x:}'", false, "Assign([Name(x)], JoinedStr([Formatted(Name(x), None, [])]))"),
        ("def f(*, a=1, b): pass", true, "FunctionDef@1:0-1:22(f, arguments([], [], None, [arg@1:9-1:10(a, None), arg@1:14-1:15(b, None)], [Constant@1:11-1:12(1), None], None, []), [Pass@1:18-1:22()], [], None)"),
        ("def f(a, /): pass", true, "FunctionDef@1:0-1:17(f, arguments([arg@1:6-1:7(a, None)], [], None, [], [], None, []), [Pass@1:13-1:17()], [], None)"),
        ("def f(**k): pass", true, "FunctionDef@1:0-1:16(f, arguments([], [], None, [], [], arg@1:8-1:9(k, None), []), [Pass@1:12-1:16()], [], None)"),
        ("def f(*a): pass", true, "FunctionDef@1:0-1:15(f, arguments([], [], arg@1:7-1:8(a, None), [], [], None, []), [Pass@1:11-1:15()], [], None)"),
        ("lambda a=1, *b, c: 0", true, "Expr@1:0-1:20(Lambda@1:0-1:20(arguments([], [arg@1:7-1:8(a, None)], arg@1:13-1:14(b, None), [arg@1:16-1:17(c, None)], [None], None, [Constant@1:9-1:10(1)]), Constant@1:19-1:20(0)))"),
        ("if a:\n  pass\nelif b:\n  pass\nelif c:\n  pass", true, "If@1:0-6:6(Name@1:3-1:4(a), [Pass@2:2-2:6()], [If@3:0-6:6(Name@3:5-3:6(b), [Pass@4:2-4:6()], [If@5:0-6:6(Name@5:5-5:6(c), [Pass@6:2-6:6()], [])])])"),
        ("x = a.b[c].d", true, "Assign@1:0-1:12([Name@1:0-1:1(x)], Attribute@1:4-1:12(Subscript@1:4-1:10(Attribute@1:4-1:7(Name@1:4-1:5(a), b), Name@1:8-1:9(c)), d))"),
        ("x = a()()", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], Call@1:4-1:9(Call@1:4-1:7(Name@1:4-1:5(a), [], []), [], []))"),
        ("x = (a)(b)", true, "Assign@1:0-1:10([Name@1:0-1:1(x)], Call@1:4-1:10(Name@1:5-1:6(a), [Name@1:8-1:9(b)], []))"),
        ("x = (a).b", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], Attribute@1:4-1:9(Name@1:5-1:6(a), b))"),
        ("x = -a.b", true, "Assign@1:0-1:8([Name@1:0-1:1(x)], UnaryOp@1:4-1:8(-, Attribute@1:5-1:8(Name@1:5-1:6(a), b)))"),
        ("x = not a == b", true, "Assign@1:0-1:14([Name@1:0-1:1(x)], UnaryOp@1:4-1:14(not, Compare@1:8-1:14(Name@1:8-1:9(a), [==], [Name@1:13-1:14(b)])))"),
        ("x = a if not b else c", true, "Assign@1:0-1:21([Name@1:0-1:1(x)], IfExp@1:4-1:21(UnaryOp@1:9-1:14(not, Name@1:13-1:14(b)), Name@1:4-1:5(a), Name@1:20-1:21(c)))"),
        ("x = [x for x in y if not x]", true, "Assign@1:0-1:27([Name@1:0-1:1(x)], ListComp@1:4-1:27(Name@1:5-1:6(x), [comprehension(Name@1:11-1:12(x), Name@1:16-1:17(y), [UnaryOp@1:21-1:26(not, Name@1:25-1:26(x))], 0)]))"),
        ("x = {a: b for a in c if d for e in f}", true, "Assign@1:0-1:37([Name@1:0-1:1(x)], DictComp@1:4-1:37(Name@1:5-1:6(a), Name@1:8-1:9(b), [comprehension(Name@1:14-1:15(a), Name@1:19-1:20(c), [Name@1:24-1:25(d)], 0), comprehension(Name@1:30-1:31(e), Name@1:35-1:36(f), [], 0)]))"),
        ("x = (yield)", true, "Assign@1:0-1:11([Name@1:0-1:1(x)], Yield@1:5-1:10(None))"),
        ("x = a[b][c]", true, "Assign@1:0-1:11([Name@1:0-1:1(x)], Subscript@1:4-1:11(Subscript@1:4-1:8(Name@1:4-1:5(a), Name@1:6-1:7(b)), Name@1:9-1:10(c)))"),
        ("x = 1 < 2", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], Compare@1:4-1:9(Constant@1:4-1:5(1), [<], [Constant@1:8-1:9(2)]))"),
        ("x = f(a)(b)(c)", true, "Assign@1:0-1:14([Name@1:0-1:1(x)], Call@1:4-1:14(Call@1:4-1:11(Call@1:4-1:8(Name@1:4-1:5(f), [Name@1:6-1:7(a)], []), [Name@1:9-1:10(b)], []), [Name@1:12-1:13(c)], []))"),
        ("x = a.b.c", true, "Assign@1:0-1:9([Name@1:0-1:1(x)], Attribute@1:4-1:9(Attribute@1:4-1:7(Name@1:4-1:5(a), b), c))"),
        ("f'{a}' f'{b}'", false, "Expr(JoinedStr([Formatted(Name(a), None, None), Formatted(Name(b), None, None)]))"),
        ("x = (a, b) = c", true, "Assign@1:0-1:14([Name@1:0-1:1(x), Tuple@1:4-1:10([Name@1:5-1:6(a), Name@1:8-1:9(b)])], Name@1:13-1:14(c))"),
        ("x, = y", true, "Assign@1:0-1:6([Tuple@1:0-1:2([Name@1:0-1:1(x)])], Name@1:5-1:6(y))"),
        ("[x] = y", true, "Assign@1:0-1:7([List@1:0-1:3([Name@1:1-1:2(x)])], Name@1:6-1:7(y))"),
        ("x = f'{a}{b}'", false, "Assign([Name(x)], JoinedStr([Formatted(Name(a), None, None), Formatted(Name(b), None, None)]))"),
        ("x = f'{\"a\"!r}'", false, "Assign([Name(x)], JoinedStr([Formatted(Constant(\"a\"), r, None)]))"),
        ("x = f'''{\na\n}'''", false, "Assign([Name(x)], JoinedStr([Formatted(Name(a), None, None)]))"),
    ]

    private func module(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Module? {
        do {
            return try Parser.parseModule(source, filename: "test.py")
        } catch {
            XCTFail("\(source.debugDescription) failed: \(error)", file: file, line: line)
            return nil
        }
    }

    private func dump(_ source: String, locations: Bool = false) -> String? {
        module(source).map { ASTDumper.dump($0, locations: locations) }
    }

    private func expression(_ source: String) -> String? {
        do {
            return ASTDumper.dump(try Parser.parseExpression(source, filename: "<eval>"))
        } catch {
            XCTFail("\(source.debugDescription) failed: \(error)")
            return nil
        }
    }

    func testTreesMatchCPython() {
        for entry in Self.cpythonTrees {
            XCTAssertEqual(dump(entry.source, locations: entry.withLocations), entry.dump,
                           "for source \(entry.source.debugDescription)")
        }
    }

    func testPrecedence() {
        XCTAssertEqual(expression("-2**2"), "UnaryOp(-, BinOp(Constant(2), **, Constant(2)))")
        XCTAssertEqual(expression("2**-1"), "BinOp(Constant(2), **, UnaryOp(-, Constant(1)))")
        XCTAssertEqual(expression("a + b * c"), "BinOp(Name(a), +, BinOp(Name(b), *, Name(c)))")
        XCTAssertEqual(expression("a - b - c"), "BinOp(BinOp(Name(a), -, Name(b)), -, Name(c))")
        XCTAssertEqual(expression("not a == b"), "UnaryOp(not, Compare(Name(a), [==], [Name(b)]))")
        XCTAssertEqual(expression("a | b & c"), "BinOp(Name(a), |, BinOp(Name(b), &, Name(c)))")
        XCTAssertEqual(expression("a if b else c if d else e"),
                       "IfExp(Name(b), Name(a), IfExp(Name(d), Name(c), Name(e)))")
        XCTAssertEqual(expression("lambda: a or b"), "Lambda(arguments([], [], None, [], [], None, []), "
                       + "BoolOp(or, [Name(a), Name(b)]))")
        XCTAssertEqual(expression("await a ** b"), "BinOp(Await(Name(a)), **, Name(b))")
    }

    func testEvalModeAllowsSurroundingWhitespaceAndTuples() {
        XCTAssertEqual(expression("  1 + 2  \n\n"), "BinOp(Constant(1), +, Constant(2))")
        XCTAssertEqual(expression("\n  x,  y,\n"), "Tuple([Name(x), Name(y)])")
        XCTAssertThrowsError(try Parser.parseExpression("x = 1", filename: "<eval>"))
        XCTAssertThrowsError(try Parser.parseExpression("1\n2", filename: "<eval>"))
    }

    func testInteractiveModeTakesOneStatement() throws {
        let single = try Parser.parseInteractive("if x:\n    y = 1\nelse:\n    y = 2\n", filename: "<stdin>")
        XCTAssertEqual(single.body.count, 1)
        let simple = try Parser.parseInteractive("a = 1; b = 2", filename: "<stdin>")
        XCTAssertEqual(simple.body.count, 2)
        XCTAssertEqual(try Parser.parseInteractive("\n", filename: "<stdin>").body.count, 0)
    }

    func testLinesInsideMultiLineCalls() {
        let source = "result = compute(\n    first,\n    second(\n        third),\n)\n"
        guard let tree = module(source), case .assign(_, let value) = tree.body.first?.kind,
              case .call(_, let arguments, _) = value.kind else {
            return XCTFail("unexpected shape")
        }
        XCTAssertEqual(value.location, SourceLocation(line: 1, column: 9, endLine: 5, endColumn: 1))
        XCTAssertEqual(arguments.map(\.location.line), [2, 3])
        if case .call(_, let inner, _) = arguments[1].kind {
            XCTAssertEqual(inner.first?.location, SourceLocation(line: 4, column: 8, endLine: 4, endColumn: 13))
        } else {
            XCTFail("expected a nested call")
        }
    }

    func testStatementLocationsSpanTheirBodies() {
        guard let tree = module("def f(x):\n    if x:\n        return 1\n    return 2\n") else { return }
        XCTAssertEqual(tree.body.first?.location, SourceLocation(line: 1, column: 0, endLine: 4, endColumn: 12))
    }

    func testFStringParts() {
        XCTAssertEqual(expression("f'a{b!r:>{w}}c{{'"),
                       "JoinedStr([\"a\", Formatted(Name(b), r, [\">\", Formatted(Name(w), None, None)]), \"c{\"])")
        XCTAssertEqual(expression("f'{x=}'"), "JoinedStr([\"x=\", Formatted(Name(x), r, None)])")
        XCTAssertEqual(expression("f'{x=:5}'"), "JoinedStr([\"x=\", Formatted(Name(x), None, [\"5\"])])")
        XCTAssertEqual(expression("f'{ x = !s}'"), "JoinedStr([\" x = \", Formatted(Name(x), s, None)])")
        XCTAssertEqual(expression("'a' f'{b}' 'c'"), "JoinedStr([\"a\", Formatted(Name(b), None, None), \"c\"])")
        XCTAssertEqual(expression("f'{a, b}'"), "JoinedStr([Formatted(Tuple([Name(a), Name(b)]), None, None)])")
        XCTAssertEqual(expression("f'{x for x in y}'"),
                       "JoinedStr([Formatted(GeneratorExp(Name(x), [comprehension(Name(x), Name(y), [], 0)]), None, None)])")
        XCTAssertEqual(expression("f'{a!=b}'"), "JoinedStr([Formatted(Compare(Name(a), [!=], [Name(b)]), None, None)])")
        XCTAssertEqual(expression("f'{\"}\"}'"), "JoinedStr([Formatted(Constant(\"}\"), None, None)])")
        XCTAssertEqual(expression("rf'\\n{x}'"), "JoinedStr([\"\\\\n\", Formatted(Name(x), None, None)])")
        XCTAssertEqual(expression("f''"), "JoinedStr([])")
    }

    func testFStringExpressionLocationsAreExact() throws {
        let tree = try Parser.parseModule("x = 1\ny = f'''ab\n  {value + 1}'''\n", filename: "t.py")
        guard case .assign(_, let value) = tree.body[1].kind, case .joinedString(let parts) = value.kind,
              case .formatted(let field, _, _)? = parts.last else {
            return XCTFail("unexpected shape")
        }
        XCTAssertEqual(field.location, SourceLocation(line: 3, column: 3, endLine: 3, endColumn: 12))
    }

    func testAnnotatedAssignmentSimpleFlag() {
        XCTAssertEqual(dump("x: int = 1"), "AnnAssign(Name(x), Name(int), Constant(1), 1)")
        XCTAssertEqual(dump("(x): int"), "AnnAssign(Name(x), Name(int), None, 0)")
        XCTAssertEqual(dump("a.b: int"), "AnnAssign(Attribute(Name(a), b), Name(int), None, 0)")
    }

    func testSemicolonsAndSameLineBodies() {
        XCTAssertEqual(dump("a = 1; b = 2;"), "Assign([Name(a)], Constant(1))\nAssign([Name(b)], Constant(2))")
        XCTAssertEqual(dump("if x: y = 1; z = 2"),
                       "If(Name(x), [Assign([Name(y)], Constant(1)), Assign([Name(z)], Constant(2))], [])")
        XCTAssertEqual(dump("while x: pass\nelse: pass"), "While(Name(x), [Pass()], [Pass()])")
    }

    func testImportForms() {
        XCTAssertEqual(dump("from . import a"), "ImportFrom(None, [alias(a, None)], 1)")
        XCTAssertEqual(dump("from ...pkg.mod import (a as b,\n c,)"),
                       "ImportFrom(pkg.mod, [alias(a, b), alias(c, None)], 3)")
        XCTAssertEqual(dump("from m import *"), "ImportFrom(m, [alias(*, None)], 0)")
        XCTAssertEqual(dump("import os.path as p, sys"), "Import([alias(os.path, p), alias(sys, None)])")
    }

    func testCommentsBlankLinesAndContinuations() {
        let source = "\n# leading comment\n\nx = [1,  # one\n     2]\n\n   # indented comment\ny = 1 + \\\n    2\n"
        XCTAssertEqual(dump(source, locations: true),
                       "Assign@4:0-5:7([Name@4:0-4:1(x)], List@4:4-5:7([Constant@4:5-4:6(1), Constant@5:5-5:6(2)]))\n"
                       + "Assign@8:0-9:5([Name@8:0-8:1(y)], BinOp@8:4-9:5(Constant@8:4-8:5(1), +, Constant@9:4-9:5(2)))")
    }

    func testCarriageReturnLineEndings() {
        XCTAssertEqual(dump("if x:\r\n    y = 1\r\nz = 2\r"),
                       "If(Name(x), [Assign([Name(y)], Constant(1))], [])\nAssign([Name(z)], Constant(2))")
    }

    func testTabsIndentConsistently() {
        XCTAssertEqual(dump("if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass"),
                       "If(Name(x), [If(Name(y), [Pass()], [Pass()])], [])")
    }

    func testDeepButReasonableNestingParses() {
        let nested = String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)
        XCTAssertEqual(expression(nested), "Constant(1)")
        let chain = (0..<300).map { "x\($0)" }.joined(separator: " + ")
        XCTAssertNotNil(expression(chain))
    }
}
