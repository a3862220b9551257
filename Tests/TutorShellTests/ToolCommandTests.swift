import XCTest
@testable import TutorShell

/// `edit`, `run` with its timeline, `timeline` and `watch`, through piped stdin.
final class ToolCommandTests: XCTestCase {
    func testEditUsesTheStudentsEditor() throws {
        let f = try Fixture()
        let editor = f.root + "/fake-editor"
        try f.write("#!/bin/sh\nfor last; do :; done\necho \"# edited by $0 $*\" >> \"$last\"\n", to: editor)
        chmod(editor, 0o755)
        let shell = try f.pipedShell(env: ["EDITOR": editor])
        shell.send("start fix-sum\nedit\n")
        XCTAssertTrue(shell.waitFor { _ in (f.read(f.studentFile("02-fix-sum")) ?? "").contains("# edited by") }, shell.output)
        shell.send("quit\n")
        XCTAssertEqual(shell.finish(), 0, shell.output)
        // $VISUAL wins over $EDITOR; arguments in it pass through the shell.
        let visual = try f.pipedShell(env: ["EDITOR": "false", "VISUAL": editor + " --flag"])
        visual.send("edit\nquit\n")
        XCTAssertEqual(visual.finish(), 0, visual.output)
        XCTAssertTrue((f.read(f.studentFile("02-fix-sum")) ?? "").contains("# edited by \(editor) --flag "), f.read(f.studentFile("02-fix-sum")) ?? "")
    }

    func testRunShowsOutputThenTheTimeline() throws {
        let f = try Fixture()
        try f.write("import threading\nt = threading.Thread(target=print, args=('in a thread',), name='worker')\nt.start(); t.join()\nprint('done')\n",
                    to: f.studentFile("03-hello"))
        let shell = try f.pipedShell()
        shell.send("timeline\nstart hello\nrun\n")
        XCTAssertTrue(shell.expect("No run yet: type run first."), shell.output)
        XCTAssertTrue(shell.expect("timeline (real time)"), shell.output)
        var mark = shell.mark
        shell.send("timeline\n")
        XCTAssertTrue(shell.expect("timeline (real time)", after: mark), shell.output)
        mark = shell.mark
        shell.send("quit\n")
        XCTAssertEqual(shell.finish(), 0, shell.output)
        let out = shell.output
        XCTAssertTrue(out.contains("in a thread\ndone\n── exit status 0 ──\n"), out)
        XCTAssertTrue(out.contains("worker"), "the thread has a row: \(out)")
        // A failing program: traceback, status 1, shell alive.
        try f.write("raise ValueError('broken')\n", to: f.studentFile("03-hello"))
        let again = try f.pipedShell()
        again.send("start hello\nrun\nlist\nquit\n")
        XCTAssertEqual(again.finish(), 0, again.output)
        XCTAssertTrue(again.output.contains("ValueError: broken\n"), again.output)
        XCTAssertTrue(again.output.contains("── exit status 1 ──"), again.output)
        XCTAssertTrue(again.output.contains("0 of 3 passed"), again.output)
        _ = mark
    }

    func testRunReplaysASchedule() throws {
        let f = try Fixture()
        try f.write("import time\nstart = time.monotonic()\ntime.sleep(30)\nprint('slept', round(time.monotonic() - start))\n",
                    to: f.studentFile("03-hello"))
        let shell = try f.pipedShell()
        let started = Date()
        // As printed by the grader's feedback, `tutor` and file name included.
        shell.send("start hello\ntutor run --schedule 7 main.py\nrun --bogus\nquit\n")
        XCTAssertEqual(shell.finish(), 0, shell.output)
        XCTAssertTrue(shell.output.contains("slept 30\n"), shell.output)
        XCTAssertTrue(shell.output.contains("timeline (virtual time)"), shell.output)
        XCTAssertTrue(shell.output.contains("unknown option '--bogus'"), shell.output)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20, "virtual time: the sleep takes no real time")
    }

    func testWatchChecksAgainOnSave() throws {
        let f = try Fixture()
        let shell = try f.pipedShell()
        shell.send("start fix-sum\nwatch\n")
        XCTAssertTrue(shell.expect("Watching"), shell.output)
        XCTAssertTrue(shell.expect("0 of 1 checks pass"), shell.output)
        Thread.sleep(forTimeInterval: 0.3)
        let mark = shell.mark
        // Saved the way many editors do: a new file renamed over the old.
        try Fixture.fixedSum.write(toFile: f.studentFile("02-fix-sum"), atomically: true, encoding: .utf8)
        XCTAssertTrue(shell.expect("Passed basics/fix-sum", after: mark), shell.output)
        shell.send("list\nquit\n")
        XCTAssertEqual(shell.finish(), 0, shell.output)
        XCTAssertTrue(shell.output.contains("1 of 3 passed"), shell.output)
    }

    func testWatchStopsOnEnter() throws {
        let f = try Fixture()
        let shell = try f.pipedShell()
        shell.send("start fix-sum\nwatch\n")
        XCTAssertTrue(shell.expect("0 of 1 checks pass"), shell.output)
        Thread.sleep(forTimeInterval: 0.3)
        shell.send("\n")
        XCTAssertTrue(shell.expect("Stopped watching."), shell.output)
        shell.send("quit\n")
        XCTAssertEqual(shell.finish(), 0, shell.output)
    }
}
