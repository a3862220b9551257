import XCTest
@testable import TutorGrading

final class CatalogTests: XCTestCase {
    private func fixture() -> CurriculumFixture {
        let f = CurriculumFixture()
        defer { withExtendedLifetime(f) {} }
        let predict = CurriculumFixture.manifest(kind: "predict", """
            [predict]
            question = "How long?"
            answer = "duration"
            """)
        let fix = CurriculumFixture.manifest(kind: "fix", "[[checks]]\ntype = \"exception\"\n")
        f.write("Exercises/02-threads/topic.toml", "title = \"Threads and locks\"\n")
        f.add("02-threads/01-counter", manifest: fix, starter: ["main.py": "x = 1\n"], solution: ["main.py": "x = 1\n"])
        f.add("01-coroutines/10-later", manifest: fix, starter: ["main.py": "pass\n"])
        f.add("01-coroutines/02-three-sleeps", manifest: predict, starter: ["main.py": "pass\n"])
        f.add("01-coroutines/03-counter", manifest: fix, starter: ["main.py": "pass\n"])
        // Problems that must not take the rest of the catalog down:
        f.add("02-threads/02-broken", manifest: "title = \"B\"\nkind = \"fix\"\nfiles = [\"main.py\"]\nwhat = 1\n", starter: ["main.py": ""])
        f.add("02-threads/03-missing-file", manifest: fix, starter: [:])
        f.write("Exercises/03-bad-topic/topic.toml", "title = 3\n")
        f.write("Exercises/notes/readme.txt", "not a topic")
        return f
    }

    func testOrderIdsAndTitles() {
        let f = fixture()
        defer { withExtendedLifetime(f) {} }
        let c = f.catalog()
        XCTAssertEqual(c.topics.map(\.id), ["coroutines", "threads", "bad-topic"])
        XCTAssertEqual(c.topics.map(\.title), ["Coroutines", "Threads and locks", "Bad topic"])
        XCTAssertEqual(c.exercises.map(\.id), ["coroutines/three-sleeps", "coroutines/counter", "coroutines/later", "threads/counter"])
        let e = c.exercises[0]
        XCTAssertEqual(e.kind, .predict)
        XCTAssertEqual(e.title, "Test exercise")
        XCTAssertEqual(e.hints, ["first hint", "second hint"])
        XCTAssertEqual(e.starterPaths, [f.exercises + "/01-coroutines/02-three-sleeps/main.py"])
        XCTAssertEqual(e.solutionPaths, [f.solutions + "/01-coroutines/02-three-sleeps/explanation.md"])
        XCTAssertEqual(c.exercises[3].solutionPaths, [f.solutions + "/02-threads/01-counter/main.py"])
        XCTAssertEqual(c.exercises[3].solutionFiles(), ["main.py": "x = 1\n"])
    }

    func testProblemsAreCollectedPerFile() {
        let f = fixture()
        defer { withExtendedLifetime(f) {} }
        let c = f.catalog()
        let text = c.problems.map(\.description)
        XCTAssertEqual(c.invalidExercises.map(\.id), ["threads/broken", "threads/missing-file"])
        XCTAssertTrue(text.contains { $0.hasSuffix("02-broken/exercise.toml:4: unknown key `what` (allowed here: files, hints, instructions, kind, limits, points, predict, checks, run, title)") }
                      || text.contains { $0.contains("02-broken/exercise.toml:4: unknown key `what`") }, "\(text)")
        XCTAssertTrue(text.contains { $0.contains("02-broken/exercise.toml:1: missing required key `instructions`") }, "\(text)")
        XCTAssertTrue(text.contains { $0.contains("03-missing-file/exercise.toml:3: `files` names main.py") }, "\(text)")
        XCTAssertTrue(text.contains { $0.contains("03-bad-topic/topic.toml:1: `title` must be a string, not an integer") }, "\(text)")
        XCTAssertTrue(text.contains { $0.contains("Exercises/notes: topic folders are named NN-topic") }, "\(text)")
    }

    func testLookup() {
        let c = fixture().catalog()
        guard case .found(let a) = c.lookup("three-sleeps") else { return XCTFail() }
        XCTAssertEqual(a.id, "coroutines/three-sleeps")
        guard case .found(let b) = c.lookup("01-coroutines/03-counter") else { return XCTFail() }
        XCTAssertEqual(b.id, "coroutines/counter")
        guard case .ambiguous(let ids) = c.lookup("counter") else { return XCTFail() }
        XCTAssertEqual(ids, ["coroutines/counter", "threads/counter"])
        guard case .notFound = c.lookup("sleeps") else { return XCTFail("suffixes match whole path components") }
        XCTAssertEqual(c.exercise(after: "coroutines/later")?.id, "threads/counter")
    }

    func testLocateCurriculum() {
        let f = fixture()
        defer { withExtendedLifetime(f) {} }
        FileSystem.makeDirectories(FileSystem.join(f.root, "a/b"))
        let found = CurriculumLocation.locate(currentDirectory: FileSystem.join(f.root, "a/b"), tutorHome: nil)
        XCTAssertEqual(found, CurriculumLocation(exercises: f.exercises, solutions: f.solutions))
        // TUTOR_HOME wins over the current folder; set to a folder without a course, nothing is found.
        let home = CurriculumLocation.locate(currentDirectory: "/", tutorHome: f.root, executable: nil)
        XCTAssertEqual(home, CurriculumLocation(exercises: FileSystem.join(f.root, "Exercises"), solutions: FileSystem.join(f.root, "Solutions")))
        XCTAssertNil(CurriculumLocation.locate(currentDirectory: FileSystem.join(f.root, "a/b"), tutorHome: "/nonexistent", executable: nil))
        // From the executable: its checkout, recognised by Package.swift beside Exercises/.
        XCTAssertNil(CurriculumLocation.locate(currentDirectory: nil, tutorHome: nil, executable: FileSystem.join(f.root, "a/b/tutor")))
        _ = FileSystem.writeAtomically("// package\n", to: FileSystem.join(f.root, "Package.swift"))
        XCTAssertEqual(CurriculumLocation.locate(currentDirectory: nil, tutorHome: nil, executable: FileSystem.join(f.root, "a/b/tutor")),
                       CurriculumLocation(exercises: f.exercises, solutions: f.solutions))
    }

    func testMissingRootIsAProblemNotACrash() {
        let c = Catalog.load(exercises: "/nonexistent/Exercises")
        XCTAssertTrue(c.exercises.isEmpty)
        XCTAssertEqual(c.problems.count, 1)
    }
}
