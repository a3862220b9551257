import XCTest
@testable import TutorGrading

final class VerifyAndScaffoldTests: XCTestCase {
    func testVerifyFindsEachKindOfProblem() throws {
        let f = CurriculumFixture()
        defer { withExtendedLifetime(f) {} }
        let schedules = "[[checks]]\ntype = \"schedules\"\nruns = 8\nmatch = \"exact\"\nexpected = \"counter = 200\\n\"\n"
        f.add("01-threads/01-good", manifest: CurriculumFixture.manifest(kind: "fix", schedules),
              starter: ["main.py": Programs.racyCounter(100)], solution: ["main.py": Programs.lockedCounter(100)])
        f.add("01-threads/02-starter-passes", manifest: CurriculumFixture.manifest(kind: "fix", schedules),
              starter: ["main.py": Programs.lockedCounter(100)], solution: ["main.py": Programs.lockedCounter(100)])
        f.add("01-threads/03-wrong-solution", manifest: CurriculumFixture.manifest(kind: "fix", schedules),
              starter: ["main.py": Programs.racyCounter(100)], solution: ["main.py": Programs.lockPerThread(100)])
        f.add("01-threads/04-one-hint", manifest: CurriculumFixture.manifest(kind: "fix", schedules).replacingOccurrences(of: "hints = [\"first hint\", \"second hint\"]", with: "hints = [\"only\"]"),
              starter: ["main.py": Programs.racyCounter(100)], solution: ["main.py": Programs.lockedCounter(100)])
        f.add("02-predict/01-no-explanation", manifest: CurriculumFixture.manifest(kind: "predict", "[predict]\nquestion = \"q\"\nanswer = \"output\"\n"),
              starter: ["main.py": "print('hi')\n"])
        let racyOutput = """
            import threading
            go = threading.Event()
            def say(w):
                go.wait()
                print(w)
            ts = [threading.Thread(target=say, args=(w,)) for w in "abcd"]
            for t in ts:
                t.start()
            go.set()
            for t in ts:
                t.join()

            """
        f.add("02-predict/02-unstable", manifest: CurriculumFixture.manifest(kind: "predict", "[predict]\nquestion = \"q\"\nanswer = \"output\"\n"),
              starter: ["main.py": racyOutput], solution: ["explanation.md": "x"])
        f.add("02-predict/03-bad-manifest", manifest: "title = 1\n", starter: ["main.py": ""])
        f.add("02-predict/04-feedback-is-right", manifest: CurriculumFixture.manifest(kind: "predict",
              "[predict]\nquestion = \"q\"\nanswer = \"value\"\nvariable = \"x\"\n\n[[predict.feedback]]\nanswer = \"2\"\nmessage = \"m\"\n"),
              starter: ["main.py": "x = 1 + 1\n"], solution: ["explanation.md": "x"])

        let rows = Verifier().verify(f.catalog())
        let byId = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        XCTAssertEqual(byId["threads/good"]?.problems, [])
        XCTAssertEqual(byId["threads/starter-passes"]?.problems, ["the untouched starter passes every check: nothing to fix"])
        XCTAssertTrue(byId["threads/wrong-solution"]?.problems.first?.hasPrefix("reference solution fails \"correct under 8 schedules\"") ?? false,
                      "\(byId["threads/wrong-solution"]?.problems ?? [])")
        XCTAssertEqual(byId["threads/one-hint"]?.problems, ["needs at least two hints (has 1)"])
        XCTAssertEqual(byId["predict/no-explanation"]?.problems.count, 1)
        XCTAssertTrue(byId["predict/no-explanation"]?.problems.first?.hasPrefix("missing solution file") ?? false)
        XCTAssertTrue(byId["predict/unstable"]?.problems.first?.hasPrefix("the answer is not stable") ?? false,
                      "\(byId["predict/unstable"]?.problems ?? [])")
        XCTAssertTrue(byId["predict/bad-manifest"]?.problems.first?.contains("03-bad-manifest/exercise.toml:1:") ?? false)

        XCTAssertEqual(byId["predict/feedback-is-right"]?.problems, ["[[predict.feedback]] answer \"2\" is the correct answer, so its message never shows"])

        let table = VerifyTable.render(rows, totalSeconds: 1.25)
        XCTAssertTrue(table.contains("threads/good"))
        XCTAssertTrue(table.contains("FAIL"))
        XCTAssertTrue(table.hasSuffix("with problems, in 1.3 s\n") || table.hasSuffix("with problems, in 1.2 s\n"), table)
        XCTAssertFalse(table.contains("\u{1B}["))

        let one = Verifier().verify(f.catalog(), ids: ["good", "nonesuch"])
        XCTAssertEqual(one.map(\.id), ["nonesuch", "threads/good"])
    }

    func testScaffoldedExercisesVerify() throws {
        let f = CurriculumFixture()
        defer { withExtendedLifetime(f) {} }
        let location = CurriculumLocation(exercises: f.exercises, solutions: f.solutions)
        let a = try ExerciseScaffold.create(topic: "coroutines", name: "three-sleeps", kind: .predict, location: location)
        let b = try ExerciseScaffold.create(topic: "coroutines", name: "fetch-all", kind: .write, location: location)
        let c = try ExerciseScaffold.create(topic: "threads", name: "counter", kind: .fix, location: location)
        XCTAssertEqual([a.id, b.id, c.id], ["coroutines/three-sleeps", "coroutines/fetch-all", "threads/counter"])
        XCTAssertTrue(FileSystem.isFile(f.exercises + "/01-coroutines/02-fetch-all/exercise.toml"))
        XCTAssertTrue(FileSystem.isFile(f.solutions + "/02-threads/01-counter/main.py"))
        XCTAssertThrowsError(try ExerciseScaffold.create(topic: "threads", name: "counter", kind: .fix, location: location))
        // Fewer schedules keep the test quick; the template's 40 are for real use.
        let fixManifest = f.exercises + "/02-threads/01-counter/exercise.toml"
        let text = try XCTUnwrap(FileSystem.readText(fixManifest))
        XCTAssertTrue(text.contains("runs = 40"))
        FileSystem.writeText(text.replacingOccurrences(of: "runs = 40", with: "runs = 6"), to: fixManifest)
        let catalog = f.catalog()
        XCTAssertEqual(catalog.problems.map(\.description), [])
        XCTAssertEqual(catalog.topics.map(\.title), ["Coroutines", "Threads"])
        for row in Verifier().verify(catalog) {
            XCTAssertEqual(row.problems, [], row.id)
        }
    }
}
