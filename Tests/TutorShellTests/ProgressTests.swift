import TutorGrading
import XCTest
@testable import TutorShell

final class ProgressTests: XCTestCase {
    func testRoundTrip() throws {
        var p = TutorGrading.Progress()
        p.current = "coroutines/three-sleeps"
        p.markDone("ideas/which-overlap")
        p.markDone("ideas/which-overlap")
        p.answers["ideas/which-overlap"] = "line one\nback\\slash"
        p.hintsUsed["coroutines/three-sleeps"] = 2
        let parsed = try TutorGrading.Progress.parse(p.serialized())
        XCTAssertEqual(parsed, p)
        XCTAssertEqual(parsed.done, ["ideas/which-overlap"])
    }

    func testErrorsNameTheLine() {
        let text = "version 1\ncurrent a/b\nhints a/b lots\n"
        XCTAssertThrowsError(try TutorGrading.Progress.parse(text)) { error in
            XCTAssertEqual(error as? TutorGrading.Progress.ParseError, TutorGrading.Progress.ParseError(line: 3, message: "'hints' needs a count, got 'lots'"))
        }
        XCTAssertThrowsError(try TutorGrading.Progress.parse("version 1\n\u{0}garbage here\n")) { error in
            XCTAssertEqual((error as? TutorGrading.Progress.ParseError)?.line, 2)
        }
        XCTAssertThrowsError(try TutorGrading.Progress.parse("current a/b\n")) { error in
            XCTAssertEqual((error as? TutorGrading.Progress.ParseError)?.message, "missing 'version 1'")
        }
    }

    func testCorruptFileIsBackedUpAndReplaced() throws {
        let f = try Fixture()
        let path = f.workspace + "/.tutor/progress"
        try "version 1\ndone x/y\nthis is not progress\n".write(toFile: path, atomically: true, encoding: .utf8)
        let store = ProgressStore(path: path)
        XCTAssertEqual(store.progress, TutorGrading.Progress())
        let warning = try XCTUnwrap(store.warning)
        XCTAssertTrue(warning.hasPrefix("\(path):3: unknown entry 'this'"), warning)
        XCTAssertEqual(f.read(path + ".bak"), "version 1\ndone x/y\nthis is not progress\n")
        XCTAssertNoThrow(try TutorGrading.Progress.parse(f.read(path) ?? ""), "a fresh, valid file replaces the corrupt one")
        // A second corruption keeps the first backup.
        try "garbage\n".write(toFile: path, atomically: true, encoding: .utf8)
        _ = ProgressStore(path: path)
        XCTAssertEqual(f.read(path + ".bak2"), "garbage\n")
    }

    func testUpdateSavesAtomically() throws {
        let f = try Fixture()
        let store = ProgressStore(path: f.workspace + "/.tutor/progress")
        store.update { $0.current = "basics/nap"; $0.hintsUsed["basics/nap"] = 1 }
        let again = ProgressStore(path: f.workspace + "/.tutor/progress")
        XCTAssertEqual(again.progress.current, "basics/nap")
        XCTAssertEqual(again.progress.hintsUsed["basics/nap"], 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.workspace + "/.tutor").filter { $0.contains(".tmp") }
        XCTAssertEqual(leftovers, [], "no temporary file is left behind")
    }
}

final class WorkspaceTests: XCTestCase {
    func testInitCopiesStartersButNotManifests() throws {
        let f = try Fixture()
        XCTAssertEqual(f.read(f.studentFile("02-fix-sum")), f.read("course/Exercises/01-basics/02-fix-sum/main.py"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.workspace + "/01-basics/02-fix-sum/exercise.toml"))
        XCTAssertEqual(try TutorGrading.Progress.parse(f.read(f.workspace + "/.tutor/progress") ?? "x"), TutorGrading.Progress())
        // Init again keeps the student's edits.
        try "mine\n".write(toFile: f.studentFile("02-fix-sum"), atomically: true, encoding: .utf8)
        XCTAssertEqual(Workspace.initialize(at: f.workspace, course: f.course), .updated(copied: 0))
        XCTAssertEqual(f.read(f.studentFile("02-fix-sum")), "mine\n")
    }

    func testFindWalksUp() throws {
        let f = try Fixture()
        XCTAssertEqual(Workspace.find(from: f.workspace + "/01-basics/01-nap")?.root, Workspace(root: f.workspace).root)
        XCTAssertNil(Workspace.find(from: f.root + "/course"))
        XCTAssertEqual(Workspace(root: f.workspace).coursePaths?.exercises, FileSystem.absolute(f.course.exercises))
    }
}
