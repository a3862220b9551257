import XCTest
@testable import TutorShell

final class CompletionTests: XCTestCase {
    let completer = ShellCompleter(commands: ["list", "show", "start", "solution", "help"],
                                   exerciseIDs: ["basics/nap", "basics/fix-sum", "threads/nap-race"],
                                   exerciseCommands: ["start", "show"])

    func testCommands() {
        XCTAssertEqual(completer.complete("li"), Completion(insert: "st ", candidates: []))
        XCTAssertEqual(completer.complete("s"), Completion(insert: "", candidates: ["show", "solution", "start"]))
        XCTAssertEqual(completer.complete("so"), Completion(insert: "lution ", candidates: []))
        XCTAssertEqual(completer.complete("x"), Completion(insert: "", candidates: []))
        XCTAssertEqual(completer.complete("help sh"), Completion(insert: "ow ", candidates: []))
    }

    func testExerciseNames() {
        XCTAssertEqual(completer.complete("start basics/f"), Completion(insert: "ix-sum ", candidates: []))
        XCTAssertEqual(completer.complete("start fi"), Completion(insert: "x-sum ", candidates: []))
        XCTAssertEqual(completer.complete("start na"), Completion(insert: "p", candidates: []))
        XCTAssertEqual(completer.complete("start nap"), Completion(insert: "", candidates: ["nap", "nap-race"]))
        XCTAssertEqual(completer.complete("list ba"), Completion(insert: "", candidates: []), "list takes no exercise")
    }

    func testPythonIndentAndNames() {
        let repl = PythonREPL()
        XCTAssertEqual(repl.complete(""), Completion(insert: "    ", candidates: []))
        XCTAssertEqual(repl.complete("    "), Completion(insert: "    ", candidates: []))
        XCTAssertEqual(repl.complete("pri"), Completion(insert: "nt", candidates: []))
        XCTAssertEqual(repl.complete("x = isinst"), Completion(insert: "ance", candidates: []))
        repl.execute("my_variable = 1\n")
        XCTAssertEqual(repl.complete("my_v"), Completion(insert: "ariable", candidates: []))
        // Attributes of dotted names, as rlcompleter offers them; calls are never evaluated.
        XCTAssertEqual(repl.execute("import threading\n"), .ok)
        XCTAssertEqual(repl.execute("t1 = threading.Thread(target=print)\n"), .ok)
        XCTAssertEqual(repl.complete("t1.sta"), Completion(insert: "rt", candidates: []))
        XCTAssertEqual(repl.complete("x = threading.Lo"), Completion(insert: "ck", candidates: []))
        XCTAssertEqual(repl.complete("f().sta"), Completion(insert: "", candidates: []))
    }
}

final class ReplInputTests: XCTestCase {
    private func status(_ lines: [String]) -> String {
        let repl = PythonREPL()
        switch ReplInputBuffer.status(of: lines, compile: { _ = try repl.interpreter.compile($0, filename: "<stdin>", mode: .interactive) }) {
        case .complete: return "complete"
        case .incomplete: return "incomplete"
        case .error(let e): return "error: " + e.type.name
        }
    }

    func testLikeCPython() {
        XCTAssertEqual(status(["1 + 1"]), "complete")
        XCTAssertEqual(status(["def f():"]), "incomplete")
        XCTAssertEqual(status(["def f():", "    return 1"]), "incomplete")
        XCTAssertEqual(status(["def f():", "    return 1", ""]), "complete")
        XCTAssertEqual(status(["if True: print(1)"]), "incomplete", "a compound statement waits for an empty line")
        XCTAssertEqual(status(["x = (1,"]), "incomplete")
        XCTAssertEqual(status(["x = (1,", "2)"]), "complete")
        XCTAssertEqual(status(["s = '''a"]), "incomplete")
        XCTAssertEqual(status(["s = '''a", "", "b'''"]), "complete")
        XCTAssertEqual(status(["x = = 2"]), "error: SyntaxError")
        XCTAssertEqual(status(["if True:", ""]), "error: IndentationError")
        XCTAssertEqual(status(["@decorator", "def f(): pass", ""]), "complete")
        XCTAssertEqual(status(["iffy = 3"]), "complete")
    }
}

final class RunOptionTests: XCTestCase {
    func testParsesTutorRunOptions() {
        XCTAssertEqual(ProgramRunner.Options.parse([]), .ok(ProgramRunner.Options()))
        XCTAssertEqual(ProgramRunner.Options.parse(["--schedule", "42", "main.py"]), .ok(ProgramRunner.Options(seed: 42)))
        XCTAssertEqual(ProgramRunner.Options.parse(["--time-scale", "100"]), .ok(ProgramRunner.Options(timeScale: 100)))
        XCTAssertEqual(ProgramRunner.Options.parse(["--schedule"]), .bad("--schedule needs a seed (a whole number)"))
        XCTAssertEqual(ProgramRunner.Options.parse(["--time-scale", "-1"]), .bad("--time-scale needs a positive number"))
        XCTAssertEqual(ProgramRunner.Options.parse(["--fast"]), .bad("unknown option '--fast': run takes --schedule SEED or --time-scale K"))
    }
}

final class HighlighterTests: XCTestCase {
    func testColoursWithoutChangingTheText() {
        let source = "def f(x):  # say\n    return print('a', \"\"\"b\nc\"\"\", 12)\n"
        XCTAssertEqual(Highlighter(style: Style(color: false)).highlight(source), source)
        let coloured = Highlighter(style: Style(color: true)).highlight(source)
        XCTAssertTrue(coloured.contains("\u{1B}[34m\u{1B}[1mdef\u{1B}[0m\u{1B}[0m"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[2m# say\u{1B}[0m"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[32m'a'\u{1B}[0m"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[32mc\"\"\"\u{1B}[0m"), "a triple-quoted string continues on the next line: \(coloured)")
        XCTAssertTrue(coloured.contains("\u{1B}[33m12\u{1B}[0m"), coloured)
        let plain = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        XCTAssertEqual(plain, source)
    }
}
