import XCTest
@testable import TutorShell
import TutorGrading

/// The command set driven through piped stdin, as a script or CI would: no
/// prompt, no escape codes, one command a line.
final class PipedSessionTests: XCTestCase {
    /// From `init` through one exercise of each kind (predict, fix, write) to done.
    func testInitThroughEveryKindToDone() throws {
        let f = try Fixture(makeWorkspace: false)
        // `tutor init DIR`, in the child as on the command line.
        let initChild = try Child.piped(ChildShell.arguments, env: ChildShell.environment(
            home: f.home, extra: ["TUTOR_SHELL_ARGS": "init " + f.workspace, "TUTOR_HOME": f.root + "/course"]), cwd: f.root)
        initChild.closeInput()
        XCTAssertEqual(initChild.finish(), 0, initChild.output)
        XCTAssertTrue(initChild.output.contains("Made a workspace in \(f.workspace) with 3 starter files"), initChild.output)

        let shell = try f.pipedShell()
        XCTAssertTrue(shell.expect("3 exercises in 1 topic, 0 passed"), shell.output)
        XCTAssertTrue(shell.expect("You are at basics/nap (predict)"), shell.output)
        XCTAssertFalse(shell.output.contains("\u{1B}["), "no escape codes when not on a terminal")

        shell.send("list\n")
        XCTAssertTrue(shell.expect("0 of 3 passed"))
        XCTAssertTrue(shell.expect("basics/hello"))

        shell.send("show\n")
        XCTAssertTrue(shell.expect("Question: How many seconds does this program take?"), shell.output)
        XCTAssertTrue(shell.expect("2 │ time.sleep(2)"), shell.output)

        shell.send("hint\n")
        XCTAssertTrue(shell.expect("Hint 1/2: How long is the sleep?"), shell.output)

        // Predict: a wrong answer with its misconception feedback, then the right one.
        var mark = shell.mark
        shell.send("answer 0\n")
        XCTAssertTrue(shell.expect("time.sleep really waits.", after: mark), shell.output)
        mark = shell.mark
        shell.send("solution\n")
        XCTAssertTrue(shell.expect("The solution opens once you have passed basics/nap", after: mark), shell.output)
        mark = shell.mark
        shell.send("answer 2\n")
        XCTAssertTrue(shell.expect("Passed basics/nap", after: mark), shell.output)
        XCTAssertTrue(shell.expect("It sleeps for two seconds.", after: mark), shell.output)

        // Fix: check fails, run shows output; fix the file; check passes.
        mark = shell.mark
        shell.send("next\n")
        XCTAssertTrue(shell.expect("Fix the sum", after: mark), shell.output)
        mark = shell.mark
        shell.send("check\n")
        XCTAssertTrue(shell.expect("0 of 1 checks pass", after: mark), shell.output)
        mark = shell.mark
        shell.send("run\n")
        XCTAssertTrue(shell.expect("total = 16", after: mark), shell.output)
        XCTAssertTrue(shell.expect("exit status 0", after: mark), shell.output)
        try Fixture.fixedSum.write(toFile: f.studentFile("02-fix-sum"), atomically: true, encoding: .utf8)
        mark = shell.mark
        shell.send("check\n")
        XCTAssertTrue(shell.expect("Passed basics/fix-sum", after: mark), shell.output)
        mark = shell.mark
        shell.send("solution\n")
        XCTAssertTrue(shell.expect("yours: main.py", after: mark), shell.output)

        // Write: reset keeps a backup; then write the program and pass.
        mark = shell.mark
        shell.send("start hello\n")
        XCTAssertTrue(shell.expect("Say hello", after: mark), shell.output)
        try "print('hi')\n".write(toFile: f.studentFile("03-hello"), atomically: true, encoding: .utf8)
        mark = shell.mark
        shell.send("reset\n")
        XCTAssertTrue(shell.expect("yours is saved in", after: mark), shell.output)
        XCTAssertEqual(f.read(f.studentFile("03-hello")), "# Print hello here.\n")
        let backups = try FileManager.default.subpathsOfDirectory(atPath: f.workspace + "/.tutor/backups")
        XCTAssertTrue(backups.contains { $0.hasPrefix("basics-hello-") && $0.hasSuffix("/main.py") }, "\(backups)")
        try "print('hello')\n".write(toFile: f.studentFile("03-hello"), atomically: true, encoding: .utf8)
        mark = shell.mark
        shell.send("check\n")
        XCTAssertTrue(shell.expect("Passed basics/hello", after: mark), shell.output)
        mark = shell.mark
        shell.send("next\n")
        XCTAssertTrue(shell.expect("You have passed every exercise", after: mark), shell.output)
        shell.send("quit\n")
        XCTAssertEqual(shell.finish(), 0, shell.output)

        let progress = try TutorGrading.Progress.parse(f.read(f.workspace + "/.tutor/progress") ?? "")
        XCTAssertEqual(Set(progress.done), ["basics/nap", "basics/fix-sum", "basics/hello"])
        XCTAssertEqual(progress.answers["basics/nap"], "2")
        XCTAssertEqual(progress.hintsUsed["basics/nap"], 1)
    }

    func testPredictedOutputOverSeveralLines() throws {
        let f = try Fixture(withOutputPrediction: true)
        let shell = try f.pipedShell()
        shell.send("start two-lines\nanswer\nline 0\nline 2\n\nanswer line 0\\nline 1\nquit\n")
        XCTAssertEqual(shell.finish(), 0, shell.output)
        XCTAssertTrue(shell.output.contains("Type the lines you expect it to print, then an empty line"), shell.output)
        XCTAssertTrue(shell.output.contains("Not quite"), shell.output)
        XCTAssertTrue(shell.output.contains("Passed more/two-lines"), shell.output)
        let progress = try TutorGrading.Progress.parse(f.read(f.workspace + "/.tutor/progress") ?? "")
        XCTAssertEqual(progress.answers["more/two-lines"], "line 0\nline 1")
    }

    func testProgressSurvivesAKill() throws {
        let f = try Fixture()
        let shell = try f.pipedShell()
        shell.send("start fix-sum\nhint\n")
        XCTAssertTrue(shell.expect("Hint 1/2"), shell.output)
        kill(shell.pid, SIGKILL)
        _ = shell.finish()
        let progress = try TutorGrading.Progress.parse(f.read(f.workspace + "/.tutor/progress") ?? "")
        XCTAssertEqual(progress.current, "basics/fix-sum")
        XCTAssertEqual(progress.hintsUsed["basics/fix-sum"], 1)
    }

    func testCorruptProgressIsReportedNotFatal() throws {
        let f = try Fixture()
        try "version 1\ncurrent basics/fix-sum\nhints basics/nap many\n".write(
            toFile: f.workspace + "/.tutor/progress", atomically: true, encoding: .utf8)
        let shell = try f.pipedShell()
        shell.send("list\nquit\n")
        XCTAssertEqual(shell.finish(), 0, shell.output)
        XCTAssertTrue(shell.output.contains("\(f.workspace)/.tutor/progress:3: 'hints' needs a count, got 'many'"), shell.output)
        XCTAssertTrue(shell.output.contains("kept as \(f.workspace)/.tutor/progress.bak"), shell.output)
        XCTAssertTrue(shell.output.contains("0 of 3 passed"), shell.output)
    }

    func testHelpAndUnknownCommands() throws {
        let f = try Fixture()
        let shell = try f.pipedShell()
        shell.send("help\nhelp watch\nfrobnicate\nstart nosuch\nanswer\n")
        shell.closeInput()
        XCTAssertEqual(shell.finish(), 0, shell.output)
        for command in CommandTable.names { XCTAssertTrue(shell.output.contains("  " + command), "help lists \(command)") }
        XCTAssertTrue(shell.output.contains("Checks the exercise, then again each time your file is saved."))
        XCTAssertTrue(shell.output.contains("Unknown command 'frobnicate'. Type help for the list."))
        XCTAssertTrue(shell.output.contains("No exercise matches 'nosuch'."))
        XCTAssertTrue(shell.output.contains("Usage: answer YOUR-ANSWER."))
    }

    func testPythonPrompt() throws {
        let f = try Fixture()
        let shell = try f.pipedShell()
        shell.send("""
            py
            x = 6 * 7
            x
            def twice(n):
                return 2 * n

            twice(x)
            1 / 0
            print('still here', x)
            'text'
            None
            for i in range(2):
                print('i =', i)

            import threading, time
            t1 = threading.Thread(target=lambda: print('from the thread'))
            t1.start(); t1.join()
            import asyncio
            async def first():
                await asyncio.sleep(0.01)
                return 'first done'

            loop = asyncio.new_event_loop()
            loop.run_until_complete(first())
            exit()
            help py
            py
            x + 1
            exit()
            quit

            """)
        XCTAssertEqual(shell.finish(), 0, shell.output)
        let out = shell.output
        XCTAssertTrue(out.contains("42\n84\n"), out)
        XCTAssertTrue(out.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n"), out)
        XCTAssertTrue(out.contains("still here 42\n'text'\ni = 0\ni = 1\n"), out)
        XCTAssertTrue(out.contains("from the thread\n"), out)
        XCTAssertTrue(out.contains("'first done'\n"), out)
        XCTAssertTrue(out.contains("An interactive Python on the tutor's runtime"), "back at the tutor's prompt after exit()")
        XCTAssertTrue(out.contains("43\n"), "names survive leaving py: \(out)")
    }

    func testNotAWorkspace() throws {
        let f = try Fixture()
        // The child is this test binary, inside the repository: `tutor` outside a
        // workspace makes the default one from the bundled course. Without a
        // course in sight it explains how to make a workspace.
        let shell = try Child.piped(ChildShell.arguments, env: ChildShell.environment(
            home: f.home, extra: ["TUTOR_HOME": f.root + "/nowhere"]), cwd: f.home)
        shell.closeInput()
        XCTAssertEqual(shell.finish(), 1, shell.output)
        XCTAssertTrue(shell.output.contains("this folder is not a Concurrency Tutor workspace"), shell.output)
        XCTAssertTrue(shell.output.contains("tutor init DIR"), shell.output)
    }

    func testDefaultWorkspaceFromTheBundledCourse() throws {
        let f = try Fixture(makeWorkspace: false)
        let shell = try Child.piped(ChildShell.arguments, env: ChildShell.environment(
            home: f.home, extra: ["TUTOR_HOME": f.root + "/course"]), cwd: f.home)
        shell.send("list\nquit\n")
        XCTAssertEqual(shell.finish(), 0, shell.output)
        XCTAssertTrue(shell.output.contains("Made your workspace in \(f.home)/concurrency-tutor"), shell.output)
        XCTAssertTrue(shell.output.contains("You are at basics/nap"), shell.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: f.home + "/concurrency-tutor/01-basics/02-fix-sum/main.py"))
    }
}
