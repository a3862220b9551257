import XCTest
@testable import TutorShell

/// The shell on a pseudo-terminal, as a student sees it: libedit's line
/// editing, the prompt, Tab completion, history, Ctrl-C and Ctrl-D.
final class TerminalSessionTests: XCTestCase {
    /// Types `line` and Enter, waits for `output`, then for `prompt` to come back.
    /// (Keys typed before the prompt is back would reach a terminal in cooked mode.)
    @discardableResult
    private func type(_ shell: Child, _ line: String, expecting output: String, prompt: String) -> Bool {
        let mark = shell.mark
        sendKey(shell, line + "\r")
        return (output.isEmpty || shell.expect(output, after: mark)) && waitForPrompt(shell, prompt, after: mark)
    }

    /// Waits until the output after `mark` has a line break and ends with `prompt`.
    @discardableResult
    private func waitForPrompt(_ shell: Child, _ prompt: String, after mark: Int = 0) -> Bool {
        shell.waitFor { out in
            out.hasSuffix(prompt) && out.utf8.dropFirst(mark).contains(10)
        }
    }

    /// Sends keys once the prompt is up. libedit prints the prompt a
    /// moment before it switches the terminal to raw mode; a key arriving in
    /// that window is read by the terminal's line discipline (Ctrl-D as end of
    /// file) instead of libedit. People are slower than that; tests wait.
    private func sendKey(_ shell: Child, _ key: String) {
        Thread.sleep(forTimeInterval: 0.15)
        shell.send(key)
    }

    private func startShell(_ f: Fixture, env: [String: String] = [:]) throws -> Child {
        do {
            return try f.ptyShell(env: env)
        } catch {
            throw XCTSkip("no pseudo-terminal available: \(error)")
        }
    }

    func testPromptCompletionAndHistory() throws {
        let f = try Fixture()
        let shell = try startShell(f)
        XCTAssertTrue(shell.expect("basics/nap> "), shell.output)
        // Tab completes a command, then an exercise name.
        XCTAssertTrue(type(shell, "li\t", expecting: "0 of 3 passed", prompt: "basics/nap> "), shell.output)
        XCTAssertTrue(type(shell, "start fi\t", expecting: "Fix the sum", prompt: "basics/fix-sum> "),
                      "the prompt follows the current exercise: \(shell.output)")
        // An ambiguous Tab lists the choices.
        var mark = shell.mark
        sendKey(shell, "s\t")
        XCTAssertTrue(shell.expect("show      solution  start", after: mark), shell.output)
        XCTAssertTrue(shell.expect("basics/fix-sum> s", after: mark), "the line is redrawn under the list")
        shell.send("\u{15}") // Ctrl-U: kill the line
        // Up arrow recalls the last command.
        XCTAssertTrue(type(shell, "\u{1B}[A", expecting: "Fix the sum", prompt: "basics/fix-sum> "), shell.output)
        // Ctrl-D on an empty line leaves.
        sendKey(shell, "\u{04}")
        XCTAssertEqual(shell.finish(), 0, shell.output)
        let history = f.read(f.workspace + "/.tutor/history") ?? ""
        XCTAssertTrue(history.contains("list") && history.contains("start\\040fix-sum") || history.contains("start fix-sum"), history)

        // History persists into the next session.
        let again = try startShell(f)
        XCTAssertTrue(again.expect("basics/fix-sum> "), again.output)
        mark = again.mark
        sendKey(again, "\u{1B}[A\u{1B}[A\u{1B}[A\r")
        XCTAssertTrue(again.expect("0 of 3 passed", after: mark), "Up recalls commands of the last session: \(again.output)")
        waitForPrompt(again, "basics/fix-sum> ")
        sendKey(again, "quit\r")
        XCTAssertEqual(again.finish(), 0, again.output)
    }

    func testColourFollowsTheTerminalAndNoColor() throws {
        let f = try Fixture()
        let colour = try startShell(f, env: ["NO_COLOR": ""])
        XCTAssertTrue(colour.expect("\u{1B}[1;36mbasics/nap\u{1B}[0m> "), colour.output)
        XCTAssertTrue(type(colour, "show", expecting: "\u{1B}[36mprint\u{1B}[0m(", prompt: "> "), "highlighted file: \(colour.output)")
        sendKey(colour, "quit\r")
        XCTAssertEqual(colour.finish(), 0, colour.output)

        let plain = try startShell(f)
        XCTAssertTrue(plain.expect("basics/nap> "), plain.output)
        XCTAssertTrue(type(plain, "show", expecting: "print('awake')", prompt: "basics/nap> "), plain.output)
        sendKey(plain, "quit\r")
        XCTAssertEqual(plain.finish(), 0, plain.output)
        XCTAssertFalse(plain.output.contains("\u{1B}[3"), "NO_COLOR: no colour codes (libedit's own cursor codes remain)")
    }

    func testControlCClearsTheLineAndInterruptsPrograms() throws {
        let f = try Fixture()
        try "import time\nprint('looping', flush=True)\nwhile True:\n    time.sleep(0.01)\n"
            .write(toFile: f.studentFile("02-fix-sum"), atomically: true, encoding: .utf8)
        let shell = try startShell(f)
        XCTAssertTrue(shell.expect("basics/nap> "), shell.output)
        // Ctrl-C at the prompt drops the typed text and prompts again.
        var mark = shell.mark
        shell.send("list these words")
        sendKey(shell, "\u{03}")
        XCTAssertTrue(shell.expect("^C", after: mark), shell.output)
        XCTAssertTrue(shell.expect("basics/nap> ", after: mark), shell.output)
        XCTAssertTrue(waitForPrompt(shell, "basics/nap> "), shell.output)
        XCTAssertTrue(type(shell, "help", expecting: "Commands (help COMMAND for details):", prompt: "basics/nap> "),
                      "the cleared text did not stay on the line: \(shell.output)")
        // Ctrl-C while a program runs: KeyboardInterrupt with its traceback, back at the prompt.
        XCTAssertTrue(type(shell, "start fix-sum", expecting: "Fix the sum", prompt: "basics/fix-sum> "))
        mark = shell.mark
        sendKey(shell, "run\r")
        XCTAssertTrue(shell.expect("looping", after: mark), shell.output)
        Thread.sleep(forTimeInterval: 0.3)
        shell.send("\u{03}")
        XCTAssertTrue(shell.expect("KeyboardInterrupt", after: mark), shell.output)
        XCTAssertTrue(shell.expect("Traceback (most recent call last):", after: mark), shell.output)
        XCTAssertTrue(shell.expect("exit status 130", after: mark), shell.output)
        XCTAssertTrue(waitForPrompt(shell, "basics/fix-sum> "), shell.output)
        // The shell still works.
        XCTAssertTrue(type(shell, "list", expecting: "0 of 3 passed", prompt: "basics/fix-sum> "), shell.output)
        // Ctrl-C stops waiting for a check that would run into its 10 s time limit.
        try "while True:\n    pass\n".write(toFile: f.studentFile("02-fix-sum"), atomically: true, encoding: .utf8)
        mark = shell.mark
        let started = Date()
        sendKey(shell, "check\r")
        XCTAssertTrue(shell.expect("Checking basics/fix-sum", after: mark), shell.output)
        Thread.sleep(forTimeInterval: 0.5)
        shell.send("\u{03}")
        XCTAssertTrue(shell.expect("Stopped checking.", after: mark), shell.output)
        XCTAssertTrue(waitForPrompt(shell, "basics/fix-sum> ", after: mark), shell.output)
        XCTAssertLessThan(Date().timeIntervalSince(started), 8, "the prompt is back before the check's time limit")
        sendKey(shell, "quit\r")
        XCTAssertEqual(shell.finish(), 0, shell.output)
    }

    func testPythonPromptOnATerminal() throws {
        let f = try Fixture()
        let shell = try startShell(f)
        XCTAssertTrue(shell.expect("basics/nap> "), shell.output)
        XCTAssertTrue(type(shell, "py", expecting: "Python 3.11", prompt: ">>> "), shell.output)
        var mark = shell.mark
        sendKey(shell, "def f():\r")
        XCTAssertTrue(shell.waitFor { $0.hasSuffix("... ") }, shell.output)
        // Tab on an empty continuation line indents.
        sendKey(shell, "\treturn 41 + 1\r")
        XCTAssertTrue(shell.waitFor { $0.hasSuffix("... ") }, shell.output)
        sendKey(shell, "\r")
        XCTAssertTrue(waitForPrompt(shell, ">>> "), shell.output)
        XCTAssertTrue(type(shell, "f()", expecting: "42", prompt: ">>> "), shell.output)
        // A thread prints while the prompt waits for input.
        XCTAssertTrue(type(shell, "import threading, time", expecting: "", prompt: ">>> "), shell.output)
        XCTAssertTrue(type(shell, "t1 = threading.Thread(target=lambda: (time.sleep(0.3), print('thread says hi')))", expecting: "", prompt: ">>> "))
        mark = shell.mark
        XCTAssertTrue(type(shell, "t1.sta\t()", expecting: "rt()", prompt: ">>> "), "Tab completes attributes: \(shell.output)")
        XCTAssertTrue(shell.expect("thread says hi", after: mark), shell.output)
        sendKey(shell, "\r")
        XCTAssertTrue(waitForPrompt(shell, ">>> "), shell.output)
        // Ctrl-C inside a running statement: KeyboardInterrupt, the session lives on.
        mark = shell.mark
        sendKey(shell, "while True: pass\r")
        XCTAssertTrue(shell.waitFor { $0.hasSuffix("... ") }, shell.output)
        sendKey(shell, "\r")
        Thread.sleep(forTimeInterval: 0.3)
        shell.send("\u{03}")
        XCTAssertTrue(shell.expect("KeyboardInterrupt", after: mark), shell.output)
        XCTAssertTrue(waitForPrompt(shell, ">>> "), shell.output)
        XCTAssertTrue(type(shell, "f() + 1", expecting: "43", prompt: ">>> "), shell.output)
        // Ctrl-D goes back to the tutor.
        mark = shell.mark
        sendKey(shell, "\u{04}")
        XCTAssertTrue(shell.expect("basics/nap> ", after: mark), shell.output)
        sendKey(shell, "quit\r")
        XCTAssertEqual(shell.finish(), 0, shell.output)
        XCTAssertTrue((f.read(f.workspace + "/.tutor/py_history") ?? "").contains("f()"), "py keeps its own history")
    }
}
