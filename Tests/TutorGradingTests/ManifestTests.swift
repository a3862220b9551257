import XCTest
@testable import TutorGrading

final class ManifestTests: XCTestCase {
    private func parse(_ text: String) -> ManifestParser.Outcome {
        ManifestParser.parse(text, file: "ex/exercise.toml")
    }

    func testValidFixManifest() throws {
        let text = CurriculumFixture.manifest(kind: "fix", """
            points = 2

            [limits]
            time = 5
            output = 1000

            [[checks]]
            type = "output"
            match = "contains"
            expected = ["x = 2000"]
            points = 0.5

            [[checks]]
            type = "timing"
            max = 1.1
            relative_max = 1.5

            [[checks]]
            type = "schedules"
            runs = 20
            match = "exact"
            expected = "x = 2000\\n"

            [[checks]]
            type = "structure"
            must_call = ["asyncio.gather"]
            must_use = ["lock-with", "await"]
            threads_joined = true

            [[checks]]
            type = "exception"
            expect = "ValueError"
            """)
        let outcome = parse(text)
        XCTAssertEqual(outcome.problems, [])
        let m = try XCTUnwrap(outcome.manifest)
        XCTAssertEqual(m.kind, .fix)
        XCTAssertEqual(m.points, 2)
        XCTAssertEqual(m.limits.time, 5)
        XCTAssertEqual(m.limits.output, 1000)
        XCTAssertEqual(m.checks.map(\.type), [.output, .timing, .schedules, .structure, .exception])
        guard case .output(let o) = m.checks[0].detail else { return XCTFail() }
        XCTAssertEqual(o.match, .contains)
        XCTAssertEqual(o.expected, .lines(["x = 2000"]))
        XCTAssertEqual(m.checks[0].points, 0.5)
        guard case .timing(let t) = m.checks[1].detail else { return XCTFail() }
        XCTAssertEqual(t.max, 1.1)
        XCTAssertEqual(t.relativeMax, 1.5)
        guard case .structure(let s) = m.checks[3].detail else { return XCTFail() }
        XCTAssertEqual(s.mustUse, [.lockWith, .await])
        XCTAssertTrue(s.threadsJoined)
        guard case .exception(let e) = m.checks[4].detail else { return XCTFail() }
        XCTAssertEqual(e, .type("ValueError"))
    }

    func testOmittedExpectedMeansSolution() throws {
        let m = try XCTUnwrap(parse(CurriculumFixture.manifest(kind: "write", "[[checks]]\ntype = \"output\"\n")).manifest)
        guard case .output(let o) = m.checks[0].detail else { return XCTFail() }
        XCTAssertEqual(o.expected, .solution)
        XCTAssertEqual(o.match, .exact)
    }

    func testUnknownKeyNamesFileAndLine() {
        let text = """
            title = "T"
            kind = "fix"
            files = ["main.py"]
            instructions = "x"
            hints = ["a", "b"]
            colour = "blue"

            [[checks]]
            type = "output"
            expected = "hi\\n"

            [[checks]]
            type = "timing"
            max = 1
            maximum = 2
            """
        let problems = parse(text).problems
        XCTAssertEqual(problems.count, 2, "\(problems)")
        XCTAssertEqual(problems.first?.file, "ex/exercise.toml")
        XCTAssertEqual(problems.map(\.line), [6, 15])
        XCTAssertTrue(problems[0].description.hasPrefix("ex/exercise.toml:6: unknown key `colour`"), problems[0].description)
        XCTAssertTrue(problems[1].message.contains("checks[1].maximum"), problems[1].message)
        XCTAssertNil(parse(text).manifest)
    }

    func testWrongTypesNameTheLine() {
        let text = """
            title = "T"
            kind = "fix"
            files = "main.py"
            instructions = "x"
            hints = ["a", 2]
            points = "one"

            [limits]
            time = "long"

            [[checks]]
            type = "schedules"
            runs = 2.5
            """
        let problems = parse(text).problems
        let byLine = Dictionary(grouping: problems, by: \.line).mapValues { $0.map(\.message) }
        XCTAssertEqual(byLine[3]?.first, "`files` must be an array of strings, not a string")
        XCTAssertEqual(byLine[5]?.first, "`hints[1]` must be a string, not an integer")
        XCTAssertEqual(byLine[6]?.first, "`points` must be a number, not a string")
        XCTAssertEqual(byLine[9]?.first, "`limits.time` must be a number, not a string")
        XCTAssertEqual(byLine[13]?.first, "`checks[0].runs` must be an integer, not a floating-point number")
    }

    func testTOMLSyntaxErrorCarriesLine() {
        let text = "title = \"T\"\nkind = \"fix\"\nfiles = [\"main.py\"\n\n"
        let problems = parse(text).problems
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.file, "ex/exercise.toml")
        XCTAssertGreaterThanOrEqual(problems.first?.line ?? 0, 3)
        XCTAssertTrue(problems.first?.message.hasPrefix("TOML:") ?? false)
    }

    func testSemanticErrors() {
        let text = """
            title = "T"
            kind = "predict"
            files = ["main.py"]
            instructions = "x"
            hints = ["a", "b"]

            [predict]
            question = "What is x?"
            answer = "value"
            tolerance = 0.5

            [[predict.feedback]]
            answer = "1"
            """
        let problems = parse(text).problems.map(\.description)
        XCTAssertTrue(problems.contains("ex/exercise.toml:9: `answer = \"value\"` needs `variable`, the global variable asked about"), "\(problems)")
        XCTAssertTrue(problems.contains("ex/exercise.toml:10: `predict.tolerance` applies only to `answer = \"duration\"`"), "\(problems)")
        XCTAssertTrue(problems.contains("ex/exercise.toml:12: missing required key `predict.feedback[0].message`"), "\(problems)")
    }

    func testKindAndChecksMustAgree() {
        let noChecks = parse(CurriculumFixture.manifest(kind: "fix", "")).problems.map(\.message)
        XCTAssertEqual(noChecks, ["a fix exercise needs at least one `[[checks]]` table"])
        let badKind = parse(CurriculumFixture.manifest(kind: "debug", "")).problems
        XCTAssertEqual(badKind.first?.line, 2)
        XCTAssertTrue(badKind.first?.message.contains("must be one of \"predict\", \"fix\", \"write\"") ?? false)
        let pointsTooMany = parse(CurriculumFixture.manifest(kind: "fix", """
            [[checks]]
            type = "exception"
            points = 0.8
            [[checks]]
            type = "exception"
            points = 0.5
            """)).problems.map(\.message)
        XCTAssertTrue(pointsTooMany.first?.contains("add up to 1.3") ?? false, "\(pointsTooMany)")
    }

    func testCheckTypeSpecificKeys() {
        let problems = parse(CurriculumFixture.manifest(kind: "fix", """
            [[checks]]
            type = "exception"
            runs = 5

            [[checks]]
            type = "output"
            match = "regex"
            expected = "(unclosed"

            [[checks]]
            type = "structure"
            must_use = ["goto"]
            """)).problems
        XCTAssertEqual(problems.count, 3, "\(problems)")
        XCTAssertTrue(problems[0].message.hasPrefix("unknown key `checks[0].runs`"))
        XCTAssertEqual(problems[0].line, 9)
        XCTAssertTrue(problems[1].message.contains("not a valid regular expression"))
        XCTAssertEqual(problems[1].line, 14)
        XCTAssertTrue(problems[2].message.contains("unknown construct \"goto\""))
    }

    func testLinesInsideMultilineStringsAreNotKeys() {
        let text = """
            title = "T"
            kind = "write"
            files = ["main.py"]
            instructions = \"\"\"
            type = "not a key"
            [[checks]]
            \"\"\"
            hints = ["a", "b"]

            [[checks]]
            type = "output"
            driver = \"\"\"
            x = 1
            \"\"\"
            stdin = 3
            """
        let problems = parse(text).problems
        XCTAssertEqual(problems.map(\.line), [15])
        XCTAssertEqual(problems.first?.message, "`checks[0].stdin` must be a string, not an integer")
    }

    func testGarbageNeverCrashes() {
        let inputs = ["", "=", "[[checks]]\n[[checks]]\ntype=1", "title = [1, [2, {a = 3}]]", "kind = \"fix\"\n[predict]\n[[predict.feedback]]\n[[predict.feedback]]\nanswer=[]",
                      "\u{0}", "[limits]\ntime = -1\noutput = 0", "[[checks]]\ntype = \"timing\"", "checks = 3", "predict = [1]",
                      "[run]\nclock = \"real\"\ntime_scale = inf", "files = []", "files = [\"../x.py\", \"a.py\", \"a.py\"]"]
        for input in inputs {
            let outcome = parse(input)
            XCTAssertNil(outcome.manifest, input)
            XCTAssertFalse(outcome.problems.isEmpty, input)
            XCTAssertTrue(outcome.problems.allSatisfy { $0.line >= 1 }, "\(input): \(outcome.problems)")
        }
    }

    /// Every single-line deletion, duplication and value swap of the scaffold
    /// templates parses without trapping, and any problem has a line.
    func testMutatedManifestsNeverCrash() {
        var inputs: [String] = []
        for kind in ExerciseKind.allCases {
            let lines = ScaffoldTemplates.files(kind: kind, title: "T").manifest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for i in lines.indices {
                var deleted = lines
                deleted.remove(at: i)
                inputs.append(deleted.joined(separator: "\n"))
                var doubled = lines
                doubled.insert(lines[i], at: i)
                inputs.append(doubled.joined(separator: "\n"))
                if let eq = lines[i].firstIndex(of: "=") {
                    for value in ["1", "2.5", "true", "[]", "[1, \"a\"]", "{ a = 1 }", "\"x\"", "1979-05-27"] {
                        var swapped = lines
                        swapped[i] = String(lines[i][..<eq]) + "= " + value
                        inputs.append(swapped.joined(separator: "\n"))
                    }
                }
            }
        }
        var failures = 0
        for input in inputs {
            let outcome = ManifestParser.parse(input, file: "m.toml")
            if outcome.manifest == nil {
                failures += 1
                XCTAssertFalse(outcome.problems.isEmpty)
                XCTAssertTrue(outcome.problems.allSatisfy { $0.line >= 1 }, "\(outcome.problems)")
            }
        }
        XCTAssertGreaterThan(failures, inputs.count / 4)
    }
}
