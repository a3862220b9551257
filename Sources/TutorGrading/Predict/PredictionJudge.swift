/// Whether a student's prediction is right, and feedback when it is not: the
/// instructor's misconception messages first, then generic hints that point
/// at the mistake without giving the answer away.
public struct PredictionVerdict: Equatable, Sendable {
    public var correct: Bool
    /// Feedback for a wrong answer ("Correct." when right).
    public var message: String
    /// Whether the message came from the manifest's `[[predict.feedback]]`.
    public var isMisconceptionFeedback: Bool
    /// The computed answer, for showing after a correct answer (or by an instructor).
    public var truth: PredictionTruth
    /// `explanation.md`, filled in by the grader once the answer is correct.
    public var explanation: String?
}

public enum PredictionJudge {
    public static func judge(answer: String, truth: PredictionTruth, spec: PredictSpec) -> PredictionVerdict {
        func verdict(_ correct: Bool, _ message: String, misconception: Bool = false) -> PredictionVerdict {
            PredictionVerdict(correct: correct, message: message, isMisconceptionFeedback: misconception, truth: truth, explanation: nil)
        }
        if let problem = truth.problem {
            return verdict(false, "This exercise's program did not run cleanly (\(problem)); please tell your instructor.")
        }
        if OutputText.trimmed(answer).isEmpty, spec.answer != .output {
            return verdict(false, "Type an answer first.")
        }
        if spec.answer == .duration, PredictAnswerText.seconds(answer) == nil {
            return verdict(false, "Answer with a number of seconds, such as 2 or 0.5.")
        }
        if matches(answer, truthAnswer: truth, spec: spec) { return verdict(true, "Correct.") }
        for f in spec.feedback where sameAnswer(answer, f.answer, spec: spec) {
            return verdict(false, f.message, misconception: true)
        }
        return verdict(false, generic(answer, truth: truth, spec: spec))
    }

    static func matches(_ answer: String, truthAnswer truth: PredictionTruth, spec: PredictSpec) -> Bool {
        switch spec.answer {
        case .duration:
            guard let a = PredictAnswerText.seconds(answer), let t = truth.duration else { return false }
            return abs(a - t) <= spec.tolerance + 1e-9
        case .output:
            return PredictAnswerText.outputLines(answer) == PredictAnswerText.outputLines(truth.output ?? "")
        case .value:
            return PredictAnswerText.normalizedValue(answer) == PredictAnswerText.normalizedValue(truth.value ?? "")
        case .possible:
            return PredictAnswerText.valueSet(answer) == Set((truth.possible ?? []).map(PredictAnswerText.normalizedValue))
        }
    }

    /// Whether two typed answers say the same thing (for misconception feedback).
    static func sameAnswer(_ a: String, _ b: String, spec: PredictSpec) -> Bool {
        switch spec.answer {
        case .duration:
            guard let x = PredictAnswerText.seconds(a), let y = PredictAnswerText.seconds(b) else { return false }
            return abs(x - y) <= spec.tolerance + 1e-9
        case .output: return PredictAnswerText.outputLines(a) == PredictAnswerText.outputLines(b)
        case .value: return PredictAnswerText.normalizedValue(a) == PredictAnswerText.normalizedValue(b)
        case .possible: return PredictAnswerText.valueSet(a) == PredictAnswerText.valueSet(b)
        }
    }

    static func generic(_ answer: String, truth: PredictionTruth, spec: PredictSpec) -> String {
        switch spec.answer {
        case .duration:
            guard let a = PredictAnswerText.seconds(answer), let t = truth.duration else { return "Not quite." }
            if a > t {
                return "Too long: the program finishes sooner than that. Which waits overlap, happening at the same time?"
            }
            return "Too short: the program takes longer than that. Which waits have to finish before the next one starts?"
        case .output:
            let got = PredictAnswerText.outputLines(answer), want = PredictAnswerText.outputLines(truth.output ?? "")
            if got.sorted() == want.sorted() {
                return "The right lines, in the wrong order: trace when each line runs."
            }
            if got.count != want.count {
                return "The program prints \(want.count) line\(want.count == 1 ? "" : "s"); your answer has \(got.count)."
            }
            let same = zip(got, want).prefix { $0 == $1 }.count
            return same == 0 ? "The first line is already different." : "The first \(same) line\(same == 1 ? " is" : "s are") right; line \(same + 1) is not."
        case .value:
            let a = PredictAnswerText.normalizedValue(answer), t = PredictAnswerText.normalizedValue(truth.value ?? "")
            if t.count >= 2, t.first == "'", t.last == "'", String(t.dropFirst().dropLast()) == a {
                return "Almost: `\(spec.variable ?? "it")` holds a string, which Python shows with quotes."
            }
            if let x = Double(a), let y = Double(t) {
                return x > y ? "Too high: trace the updates again." : "Too low: trace the updates again."
            }
            return "That is not what `\(spec.variable ?? "the variable")` holds at the end."
        case .possible:
            let got = PredictAnswerText.valueSet(answer)
            let want = Set((truth.possible ?? []).map(PredictAnswerText.normalizedValue))
            let impossible = PredictAnswerText.sorted(got.subtracting(want))
            let missing = want.subtracting(got)
            var parts: [String] = []
            if !impossible.isEmpty {
                parts.append("\(impossible.joined(separator: ", ")) cannot happen")
            }
            if !missing.isEmpty {
                if got.count == 1 && want.count > 1 {
                    parts.append("more than one value is possible: the threads can interleave differently on each run")
                } else {
                    parts.append("\(missing.count) more value\(missing.count == 1 ? " is" : "s are") possible")
                }
            }
            let text = parts.joined(separator: "; ")
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }
    }
}
