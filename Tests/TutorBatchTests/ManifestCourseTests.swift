import XCTest
import Foundation
@testable import TutorBatch

/// A synthetic class over a course of real manifests, graded by TutorGrading's
/// grader inside the workers: points, partial credit, predict answers.
final class ManifestCourseTests: XCTestCase {
    func testGradesManifestsWithPartialCredit() throws {
        let c = try SyntheticClass()
        c.write("course/01-basics/topic.toml", "title = \"Basics\"\n")
        c.write("course/01-basics/01-hello/exercise.toml", """
            title = "Say hello"
            kind = "write"
            points = 2
            files = ["main.py"]
            instructions = "Print hello, then end cleanly."
            hints = ["Use print.", "print('hello')"]

            [[checks]]
            name = "prints hello"
            type = "output"
            match = "contains"
            expected = ["hello"]
            points = 0.5

            [[checks]]
            name = "ends cleanly"
            type = "exception"
            expect = "none"
            points = 0.5
            """)
        c.write("course/01-basics/01-hello/main.py", "# say hello\n")
        c.write("Solutions/01-basics/01-hello/main.py", "print('hello')\n")
        c.write("course/01-basics/02-guess/exercise.toml", """
            title = "Guess the output"
            kind = "predict"
            files = ["main.py"]
            instructions = "What does it print?"
            hints = ["Read it.", "It prints hi."]

            [predict]
            question = "What does the program print?"
            answer = "output"
            """)
        c.write("course/01-basics/02-guess/main.py", "print('hi')\n")
        c.write("Solutions/01-basics/02-guess/explanation.md", "It prints hi.\n")

        c.submit("ada", "01-basics/01-hello", "print('hello')\n")
        c.write("students/ada/.tutor/progress", "# Concurrency Tutor progress\nversion 1\nanswer basics/guess hi\n")
        c.submit("bob", "01-basics/01-hello", "print('hello')\nraise ValueError('oops')\n")
        c.write("students/bob/.tutor/progress", "version 1\nanswer basics/guess bye\n")
        c.addStudent("cy")

        var o = BatchOptions(course: c.course, paths: [c.students])
        o.worker = WorkerCommand(executable: try TutorExecutable.require(), arguments: ["grade", "_worker"])
        o.journal = c.root + "/j.jsonl"
        o.progress = .quiet
        let result = try Batch.grade(o)
        func v(_ s: String, _ e: String) -> Verdict? { result.verdicts.first { $0.student == s && $0.exercise == e } }

        XCTAssertEqual(v("ada", "basics/hello")?.status, .passed, v("ada", "basics/hello")?.message ?? "")
        XCTAssertEqual(v("ada", "basics/hello")?.score, 2)
        XCTAssertEqual(v("ada", "basics/hello")?.checks.count, 2)
        XCTAssertEqual(v("ada", "basics/guess")?.status, .passed, v("ada", "basics/guess")?.message ?? "")

        let bob = try XCTUnwrap(v("bob", "basics/hello"))
        XCTAssertEqual(bob.status, .failed)
        XCTAssertEqual(bob.maxScore, 2)
        XCTAssertEqual(bob.score, 1, "partial credit: the output check passed")
        XCTAssertTrue(bob.message.hasPrefix("ends cleanly:"), bob.message)
        XCTAssertFalse(bob.output.isEmpty, "feedback")
        XCTAssertEqual(v("bob", "basics/guess")?.status, .failed)

        XCTAssertEqual(v("cy", "basics/hello")?.status, .missing)
        XCTAssertEqual(v("cy", "basics/guess")?.status, .missing)
        XCTAssertEqual(v("cy", "basics/guess")?.message.contains("no answer"), true)

        XCTAssertEqual(result.verdicts.first?.topic, "basics")
        XCTAssertEqual(c.leftoverProcesses(), [])
    }
}
