/// Instructors' `tutor verify`: checks that every exercise is sound. For each:
/// the manifest is valid; the solution files exist (`explanation.md` for
/// predict); there are at least two hints; the reference solution passes every
/// check; the untouched starter fails at least one (fix/write); a predict
/// answer comes out the same under 5 different seeds.
public struct Verifier: Sendable {
    public var grader: Grader
    /// Predict answers are computed this many times, with different seeds.
    public var predictRuns = 5

    public init(grader: Grader = Grader()) {
        self.grader = grader
    }

    /// Rows for the chosen exercises (all of them when `ids` is empty), in
    /// curriculum order, followed by catalog problems not tied to an exercise.
    /// Unknown ids become rows with a problem.
    public func verify(_ catalog: Catalog, ids: [String] = []) -> [VerifyRow] {
        verify(catalog, ids: ids) { _ in }
    }

    /// The same, calling `onRow` as each row is ready (verifying a whole
    /// curriculum takes a while; the command line prints rows as they come).
    public func verify(_ catalog: Catalog, ids: [String] = [], onRow: (VerifyRow) -> Void) -> [VerifyRow] {
        var rows: [VerifyRow] = []
        var chosen: [Exercise] = []
        var invalid = catalog.invalidExercises
        if ids.isEmpty {
            chosen = catalog.exercises
            let exerciseFiles = Set(catalog.invalidExercises.flatMap { $0.problems.map(\.file) })
            let loose = catalog.problems.filter { !exerciseFiles.contains($0.file) }
            if !loose.isEmpty {
                rows.append(VerifyRow(id: "(catalog)", kind: nil, checks: 0, problems: loose.map(\.description), seconds: 0))
            }
        } else {
            invalid = []
            for id in ids {
                switch catalog.lookup(id) {
                case .found(let e): chosen.append(e)
                case .ambiguous(let all): rows.append(VerifyRow(id: id, kind: nil, checks: 0, problems: ["ambiguous: \(all.joined(separator: ", "))"], seconds: 0))
                case .notFound:
                    if let bad = catalog.invalidExercises.first(where: { $0.id == id || $0.id.hasSuffix("/" + id) }) {
                        invalid.append(bad)
                    } else {
                        rows.append(VerifyRow(id: id, kind: nil, checks: 0, problems: ["no such exercise"], seconds: 0))
                    }
                }
            }
        }
        for bad in invalid {
            rows.append(VerifyRow(id: bad.id, kind: nil, checks: 0, problems: bad.problems.map(\.description), seconds: 0))
        }
        rows.forEach(onRow)
        for exercise in chosen {
            let row = verify(exercise)
            onRow(row)
            rows.append(row)
        }
        return rows
    }

    /// Verifies one (valid) exercise.
    public func verify(_ exercise: Exercise) -> VerifyRow {
        let start = MonotonicClock.seconds()
        var problems: [String] = []
        let manifest = exercise.manifest
        if manifest.hints.count < 2 { problems.append("needs at least two hints (has \(manifest.hints.count))") }
        let missing = exercise.solutionPaths.filter { !FileSystem.isFile($0) }
        for path in missing { problems.append("missing solution file \(path)") }
        switch exercise.kind {
        case .predict:
            let truths = (0..<UInt64(max(predictRuns, 1))).map { PredictionTruth.compute(for: exercise, variant: $0) }
            if let problem = truths.first(where: { $0.problem != nil })?.problem {
                problems.append("the program does not run cleanly: \(problem)")
            } else if let first = truths.first, let differing = truths.firstIndex(where: { !Self.agree($0, first, exercise.manifest.predict) }) {
                problems.append("the answer is not stable: seed 0 gives \(quoted(first.text)) but variant \(differing) gives \(quoted(truths[differing].text))")
            }
            if let spec = manifest.predict, let truth = truths.first, truth.problem == nil {
                for f in spec.feedback where PredictionJudge.matches(f.answer, truthAnswer: truth, spec: spec) {
                    problems.append("[[predict.feedback]] answer \(quoted(f.answer)) is the correct answer, so its message never shows")
                }
            }
        case .fix, .write:
            if missing.isEmpty {
                let report = grader.grade(exercise, submission: .solution(of: exercise))
                if let p = report.problem { problems.append("reference solution: \(p)") }
                for c in report.failedChecks {
                    problems.append("reference solution fails \"\(c.name)\": \(OutputText.clip(firstLine(c.message), 160))")
                }
            }
            var starterGrader = grader
            starterGrader.options.stopAtFirstFailure = true
            let starter = starterGrader.grade(exercise, submission: .starter(of: exercise))
            if starter.problem == nil && starter.passed {
                problems.append(exercise.kind == .fix ? "the untouched starter passes every check: nothing to fix"
                                                      : "the untouched starter passes every check: nothing to write")
            }
        }
        return VerifyRow(id: exercise.id, kind: exercise.kind,
                         checks: exercise.kind == .predict ? 1 : manifest.checks.count,
                         problems: problems, seconds: MonotonicClock.seconds() - start)
    }

    /// Durations agree within the answer's tolerance (a student's answer that is
    /// right under one seed is right under the other); everything else exactly.
    static func agree(_ a: PredictionTruth, _ b: PredictionTruth, _ spec: PredictSpec?) -> Bool {
        if let x = a.duration, let y = b.duration { return abs(x - y) <= (spec?.tolerance ?? 0) + 1e-9 }
        return a == b
    }

    private func firstLine(_ s: String) -> String { OutputText.lines(s).first ?? s }
    private func quoted(_ s: String) -> String { "\"" + OutputText.clip(s.replacingNewlines(), 60) + "\"" }
}

private extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" ? "⏎" : $0 }) }
}
