import XCTest
import TutorSyntax
@testable import TutorLanguage

final class CompilerTests: XCTestCase {
    func compile(_ source: String) throws -> CodeObject {
        let module = try Parser.parseModule(source, filename: "t.py")
        return try Compiler.compile(module, filename: "t.py", source: source)
    }

    func function(_ code: CodeObject, _ name: String) -> CodeObject? {
        for c in code.constants {
            if case .object(let f as CodeObject) = c {
                if f.name == name { return f }
                if let inner = function(f, name) { return inner }
            }
        }
        return nil
    }

    func opcodes(_ code: CodeObject) -> [Opcode] { code.instructions.map(\.opcode) }

    /// The lectures' race needs `x += 1` to be separate load, add and store instructions.
    func testAugmentedAssignmentOfAGlobalIsLoadAddStore() throws {
        let code = try compile("x = 0\ndef bump():\n    global x\n    x += 1\n")
        let bump = try XCTUnwrap(function(code, "bump"))
        let ops = opcodes(bump)
        let load = try XCTUnwrap(ops.firstIndex(of: .loadGlobal))
        let add = try XCTUnwrap(ops.firstIndex(of: .binaryOp))
        let store = try XCTUnwrap(ops.firstIndex(of: .storeGlobal))
        XCTAssert(load < add && add < store, "\(ops)")
        XCTAssertEqual(bump.instructions[add].arg, BinaryOperation.inplaceAdd.rawValue)
    }

    func testClosuresUseCellsAndFreeVariables() throws {
        let code = try compile("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\n")
        let outer = try XCTUnwrap(function(code, "outer"))
        let inner = try XCTUnwrap(function(code, "inner"))
        XCTAssertEqual(outer.cellNames, ["n"])
        XCTAssertEqual(inner.freeNames, ["n"])
        XCTAssert(opcodes(inner).contains(.loadDeref) && opcodes(inner).contains(.storeDeref))
        XCTAssertFalse(opcodes(inner).contains(.loadFast))
    }

    func testLocalsAreFastAndGlobalsAreGlobal() throws {
        let code = try compile("def f(a):\n    b = a + 1\n    return len(b)\n")
        let f = try XCTUnwrap(function(code, "f"))
        XCTAssertEqual(f.variableNames, ["a", "b"])
        XCTAssert(opcodes(f).contains(.loadGlobal), "len is a global")
        XCTAssertEqual(f.names.map(\.value), ["len"])
    }

    func testGeneratorAndCoroutineFlags() throws {
        let code = try compile("def g():\n    yield 1\nasync def c():\n    await g()\nasync def ag():\n    yield 1\n")
        XCTAssert(try XCTUnwrap(function(code, "g")).isGenerator)
        XCTAssert(try XCTUnwrap(function(code, "c")).isCoroutine)
        XCTAssert(try XCTUnwrap(function(code, "ag")).isAsyncGenerator)
    }

    func testStackDepthCoversNestedCalls() throws {
        let code = try compile("print(max(1, 2, min(3, 4, (5, 6, 7))))\n")
        // print, max, 1, 2, min, 3, 4, (tuple) -> 8 live values at the deepest point.
        XCTAssertGreaterThanOrEqual(code.stackSize, 8)
        XCTAssertLessThan(code.stackSize, 16)
    }

    func testLoopsHaveBackwardJumpsAsSwitchPoints() throws {
        let code = try compile("i = 0\nwhile i < 3:\n    i += 1\nfor x in range(2):\n    pass\n")
        let backEdges = code.instructions.enumerated().filter { $0.element.opcode == .jumpBackward }
        XCTAssertEqual(backEdges.count, 2)
        for (index, ins) in backEdges { XCTAssertLessThan(Int(ins.arg), index) }
        XCTAssert(Opcode.jumpBackward.isCallOrBackwardJump && Opcode.callFunction.isCallOrBackwardJump)
        XCTAssertFalse(Opcode.binaryOp.isCallOrBackwardJump || Opcode.storeGlobal.isCallOrBackwardJump)
    }

    func testCompilerReportsMisplacedStatements() {
        let cases = [
            ("return 1\n", "'return' outside function"),
            ("break\n", "'break' outside loop"),
            ("continue\n", "'continue' not properly in loop"),
            ("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found"),
            ("def f():\n    await g()\n", "'await' outside async function"),
            ("async def f():\n    yield from g()\n", "'yield from' inside async function"),
            ("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"),
        ]
        for (source, message) in cases {
            XCTAssertThrowsError(try compile(source), source) { error in
                XCTAssertEqual((error as? SyntaxErrorInfo)?.message, message, source)
            }
        }
    }

    func testWalrusInComprehensionBindsInEnclosingScope() {
        let outcome = runProgram("def f():\n    [y := i for i in range(3)]\n    return y\nprint(f())\n[z := 5 for _ in 'a']\nprint(z)\n")
        XCTAssertEqual(outcome.stdout, "2\n5\n", outcome.stderr)
    }
}
