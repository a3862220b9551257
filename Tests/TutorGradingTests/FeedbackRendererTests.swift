import XCTest
@testable import TutorGrading

final class FeedbackRendererTests: XCTestCase {
    private func report() -> GradeReport {
        var failed = CheckResult(name: "prints the total", type: "output", verdict: .failed,
                                 message: "The output is not what was expected.", pointsEarned: 0, pointsPossible: 0.5)
        failed.diff = "--- expected\n+++ your output\n@@ -1,1 +1,1 @@\n- 2\n+ 1\n"
        failed.replay = "tutor run --schedule 3 main.py"
        let passed = CheckResult(name: "no exception", type: "exception", verdict: .passed, message: "",
                                 pointsEarned: 0.5, pointsPossible: 0.5)
        return GradeReport(exerciseId: "t/e", title: "Totals", kind: .fix, checks: [failed, passed],
                           pointsEarned: 0.5, pointsPossible: 1)
    }

    func testPlainText() {
        let text = FeedbackRenderer.render(report(), color: false)
        XCTAssertEqual(text, """
            ✗ Totals: 1 of 2 checks pass  (0.5/1 point)
              ✗ prints the total
              ✓ no exception

            prints the total:
              The output is not what was expected.
              --- expected
              +++ your output
              @@ -1,1 +1,1 @@
              - 2
              + 1
              Replay it: tutor run --schedule 3 main.py

            """)
    }

    func testColourIsOptional() {
        let text = FeedbackRenderer.render(report(), color: true)
        XCTAssertTrue(text.contains("\u{1B}[31m- 2\u{1B}[0m"))
        XCTAssertTrue(text.contains("\u{1B}[32m+ 1\u{1B}[0m"))
    }

    func testSummary() {
        XCTAssertEqual(FeedbackRenderer.summary(report()), "t/e  1/2 checks  0.5/1 points")
    }
}
