import XCTest
@testable import TutorGrading

final class PredictTests: XCTestCase {
    private let threeSleeps = """
        import asyncio

        async def main():
            await asyncio.sleep(1)
            await asyncio.sleep(1)
            await asyncio.sleep(1)
            print("done")

        asyncio.run(main())

        """

    private func exercise(_ predict: String, program: String, explanation: String? = "Because.") -> (CurriculumFixture, Exercise?) {
        let f = CurriculumFixture()
        defer { withExtendedLifetime(f) {} }
        f.add("01-t/01-p", manifest: CurriculumFixture.manifest(kind: "predict", predict),
              starter: ["main.py": program], solution: explanation.map { ["explanation.md": $0] } ?? [:])
        return (f, f.exercise("t/p"))
    }

    func testDurationTruthAndFeedback() throws {
        let (fixture, e) = exercise("""
            [predict]
            question = "How many seconds?"
            answer = "duration"

            [[predict.feedback]]
            answer = "1"
            message = "The sleeps do not overlap."
            """, program: threeSleeps)
        defer { withExtendedLifetime(fixture) {} }
        let ex = try XCTUnwrap(e)
        let truth = PredictionTruth.compute(for: ex)
        XCTAssertNil(truth.problem)
        XCTAssertEqual(truth.duration ?? 0, 3, accuracy: 1e-6)
        let grader = Grader()
        let right = grader.gradePrediction(ex, answer: "about 3 s", truth: truth)
        XCTAssertTrue(right.passed)
        XCTAssertEqual(right.prediction?.explanation, "Because.")
        XCTAssertEqual(right.pointsEarned, 1)
        XCTAssertTrue(grader.gradePrediction(ex, answer: "3.05", truth: truth).passed, "within the default tolerance")
        let misconception = grader.gradePrediction(ex, answer: "1.0", truth: truth)
        XCTAssertFalse(misconception.passed)
        XCTAssertEqual(misconception.prediction?.message, "The sleeps do not overlap.")
        XCTAssertEqual(misconception.prediction?.isMisconceptionFeedback, true)
        XCTAssertNil(misconception.prediction?.explanation)
        XCTAssertTrue(grader.gradePrediction(ex, answer: "6", truth: truth).prediction?.message.hasPrefix("Too long") ?? false)
        XCTAssertTrue(grader.gradePrediction(ex, answer: "2", truth: truth).prediction?.message.hasPrefix("Too short") ?? false)
        XCTAssertEqual(grader.gradePrediction(ex, answer: "three", truth: truth).prediction?.message,
                       "Answer with a number of seconds, such as 2 or 0.5.")
    }

    func testOutputTruth() throws {
        let program = """
            import asyncio

            async def say(word, delay):
                await asyncio.sleep(delay)
                print(word)

            async def main():
                await asyncio.gather(say("world", 2), say("hello", 1))

            asyncio.run(main())

            """
        let (fixture, e) = exercise("[predict]\nquestion = \"What does it print?\"\nanswer = \"output\"\n", program: program)
        defer { withExtendedLifetime(fixture) {} }
        let ex = try XCTUnwrap(e)
        let truth = PredictionTruth.compute(for: ex)
        XCTAssertEqual(truth.output, "hello\nworld\n")
        let grader = Grader()
        XCTAssertTrue(grader.gradePrediction(ex, answer: "hello  \nworld\n\n", truth: truth).passed)
        XCTAssertEqual(grader.gradePrediction(ex, answer: "world\nhello", truth: truth).prediction?.message,
                       "The right lines, in the wrong order: trace when each line runs.")
        XCTAssertEqual(grader.gradePrediction(ex, answer: "hello", truth: truth).prediction?.message,
                       "The program prints 2 lines; your answer has 1.")
    }

    func testValueTruth() throws {
        let (fixture, e) = exercise("[predict]\nquestion = \"What is x?\"\nanswer = \"value\"\nvariable = \"x\"\n",
                                    program: "x = [1, 2]\nx.append('three')\n")
        defer { withExtendedLifetime(fixture) {} }
        let ex = try XCTUnwrap(e)
        let truth = PredictionTruth.compute(for: ex)
        XCTAssertEqual(truth.value, "[1, 2, 'three']")
        let grader = Grader()
        XCTAssertTrue(grader.gradePrediction(ex, answer: "[1,2,\"three\"]", truth: truth).passed)
        XCTAssertFalse(grader.gradePrediction(ex, answer: "[1, 2]", truth: truth).passed)
        let (stringFixture, stringExercise) = exercise("[predict]\nquestion = \"q\"\nanswer = \"value\"\nvariable = \"s\"\n",
                                                       program: "s = 'ab' * 2\n")
        let text = try XCTUnwrap(stringExercise)
        withExtendedLifetime(stringFixture) {
            XCTAssertEqual(grader.gradePrediction(text, answer: "abab").prediction?.message,
                           "Almost: `s` holds a string, which Python shows with quotes.")
            XCTAssertTrue(grader.gradePrediction(text, answer: "\"abab\"").passed)
        }
    }

    func testPossibleValuesOverSchedules() throws {
        let program = """
            import threading

            x = 0
            go = threading.Event()

            def inc():
                global x
                go.wait()
                tmp = x
                x = tmp + 1

            ts = [threading.Thread(target=inc) for _ in range(2)]
            for t in ts:
                t.start()
            go.set()
            for t in ts:
                t.join()

            """
        let (fixture, e) = exercise("""
            [predict]
            question = "Which values can x have at the end?"
            answer = "possible"
            variable = "x"
            schedules = 24

            [[predict.feedback]]
            answer = "2"
            message = "Both threads can read x before either writes it back."
            """, program: program)
        defer { withExtendedLifetime(fixture) {} }
        let ex = try XCTUnwrap(e)
        let truth = PredictionTruth.compute(for: ex)
        XCTAssertEqual(truth.possible, ["1", "2"])
        let grader = Grader()
        XCTAssertTrue(grader.gradePrediction(ex, answer: "{2, 1}", truth: truth).passed)
        XCTAssertTrue(grader.gradePrediction(ex, answer: "1 or 2", truth: truth).passed)
        XCTAssertEqual(grader.gradePrediction(ex, answer: "2", truth: truth).prediction?.message,
                       "Both threads can read x before either writes it back.")
        XCTAssertEqual(grader.gradePrediction(ex, answer: "0, 1, 2", truth: truth).prediction?.message, "0 cannot happen.")
    }

    func testAnswerParsing() {
        XCTAssertEqual(PredictAnswerText.seconds("~2.5 seconds"), 2.5)
        XCTAssertEqual(PredictAnswerText.seconds("2,5"), 2.5)
        XCTAssertNil(PredictAnswerText.seconds("soon"))
        XCTAssertEqual(PredictAnswerText.valueSet("[(1, 2), (2, 1)]"), ["(1,2)", "(2,1)"])
        XCTAssertEqual(PredictAnswerText.valueSet("'a, b', 'c'"), ["'a, b'", "'c'"])
    }
}
