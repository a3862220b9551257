import TutorSyntax

/// Grades submissions for exercises. The interactive shell and batch mode
/// (`tutor grade`) call this; it runs programs on the runtime (never a real
/// Python) and returns `GradeReport` values.
///
///     let grader = Grader()
///     let report = grader.grade(exercise, directory: workspaceFolder)
///     print(FeedbackRenderer.render(report, color: true))
///
///     let verdict = grader.gradePrediction(exercise, answer: "3")
public struct Grader: Sendable {
    public struct Options: Sendable {
        /// Stop at the first failing check (the rest are reported as not run).
        /// `verify` uses it for starters, which only need to fail once.
        public var stopAtFirstFailure = false
        /// Width of timelines drawn for failed timing checks.
        public var timelineWidth = 72
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Grades the student's files found in `directory` (the exercise's `files`).
    public func grade(_ exercise: Exercise, directory: String) -> GradeReport {
        grade(exercise, submission: Submission.load(directory: directory, names: exercise.files))
    }

    /// Grades a fix or write exercise's submission against its checks. The
    /// reference solution is read from `exercise.solutionDirectory` when a check
    /// compares with it. For a predict exercise, use `gradePrediction`.
    public func grade(_ exercise: Exercise, submission: Submission) -> GradeReport {
        let start = MonotonicClock.seconds()
        var report = GradeReport(exerciseId: exercise.id, title: exercise.title, kind: exercise.kind, checks: [],
                                 pointsEarned: 0, pointsPossible: exercise.points)
        if exercise.kind == .predict {
            report.problem = "This is a predict exercise: answer its question instead."
            return report
        }
        let missing = exercise.files.filter { submission.files[$0] == nil }
        if !missing.isEmpty {
            report.problem = "Missing file\(missing.count == 1 ? "" : "s"): \(missing.joined(separator: ", "))."
            return report
        }
        let checks = exercise.manifest.checks
        let points = CheckPoints.allocate(checks, exercisePoints: exercise.points)
        // A program that does not parse fails every check; say why once.
        for name in exercise.files where name.hasSuffix(".py") {
            if let error = Self.syntaxError(in: submission.files[name] ?? "", filename: name) {
                report.checks.append(CheckResult(name: "\(name) parses", type: "syntax", verdict: .failed, message: error,
                                                 pointsEarned: 0, pointsPossible: 0))
                for (check, p) in zip(checks, points) {
                    report.checks.append(CheckResult(name: CheckNames.name(of: check), type: check.type.rawValue, verdict: .failed,
                                                     message: "Not run: \(name) does not parse.", pointsEarned: 0, pointsPossible: p))
                }
                report.seconds = MonotonicClock.seconds() - start
                return report
            }
        }
        let session = RunSession(manifest: exercise.manifest, student: submission,
                                 solution: needsSolution(checks) ? Submission.solution(of: exercise) : nil)
        var stopped = false
        for (check, p) in zip(checks, points) {
            var result = CheckResult(name: CheckNames.name(of: check), type: check.type.rawValue, verdict: .failed,
                                     message: "Not run: an earlier check failed.", pointsEarned: 0, pointsPossible: p)
            if !stopped {
                let outcome = evaluate(check, session: session)
                result.verdict = outcome.passed ? .passed : .failed
                result.message = outcome.message
                result.diff = outcome.diff
                result.interleaving = outcome.interleaving
                result.timeline = outcome.timeline
                result.replay = outcome.replay
                result.details = outcome.details
                result.pointsEarned = outcome.passed ? p : 0
                if !outcome.passed && options.stopAtFirstFailure { stopped = true }
            }
            report.checks.append(result)
        }
        report.pointsEarned = report.checks.map(\.pointsEarned).reduce(0, +)
        report.seconds = MonotonicClock.seconds() - start
        return report
    }

    /// Judges a predict exercise's answer. The truth is computed by running the
    /// program (pass `truth` to reuse one computed earlier); when the answer is
    /// right, `explanation.md` is attached.
    public func gradePrediction(_ exercise: Exercise, answer: String, truth: PredictionTruth? = nil) -> GradeReport {
        let start = MonotonicClock.seconds()
        var report = GradeReport(exerciseId: exercise.id, title: exercise.title, kind: exercise.kind, checks: [],
                                 pointsEarned: 0, pointsPossible: exercise.points)
        guard let spec = exercise.manifest.predict else {
            report.problem = "This exercise is not a predict exercise: it is graded by running your files."
            return report
        }
        let t = truth ?? PredictionTruth.compute(for: exercise)
        var verdict = PredictionJudge.judge(answer: answer, truth: t, spec: spec)
        if verdict.correct { verdict.explanation = exercise.explanation() }
        report.prediction = verdict
        report.checks = [CheckResult(name: spec.question, type: "answer", verdict: verdict.correct ? .passed : .failed,
                                     message: verdict.message, pointsEarned: verdict.correct ? exercise.points : 0,
                                     pointsPossible: exercise.points)]
        report.pointsEarned = report.checks[0].pointsEarned
        report.seconds = MonotonicClock.seconds() - start
        return report
    }

    private func needsSolution(_ checks: [CheckSpec]) -> Bool {
        checks.contains { check in
            switch check.detail {
            case .output(let o): return o.expected == .solution
            case .schedules(let s): return s.output?.expected == .solution
            case .timing(let b): return b.needsSolution
            case .structure, .exception: return false
            }
        }
    }

    private func evaluate(_ check: CheckSpec, session: RunSession) -> CheckOutcome {
        switch check.detail {
        case .output(let o): return OutputCheck.evaluate(o, check: check, session: session)
        case .timing(let b): return TimingCheck.evaluate(b, check: check, session: session, timelineWidth: options.timelineWidth)
        case .schedules(let s): return ScheduleCheck.evaluate(s, check: check, session: session)
        case .exception(let e): return ExceptionCheck.evaluate(e, check: check, session: session)
        case .structure(let s):
            let files = session.manifest.files.filter { $0.hasSuffix(".py") || $0 == session.manifest.mainFile }
            return StructureCheck.evaluate(s, files: files.map { ($0, session.student.files[$0] ?? "") })
        }
    }

    /// A CPython-style one-line description of the first syntax error, or nil.
    static func syntaxError(in source: String, filename: String) -> String? {
        do {
            _ = try Parser.parseModule(source, filename: filename)
            return nil
        } catch let e as SyntaxErrorInfo {
            var text = "\(filename), line \(e.line): \(e.kind.rawValue): \(e.message)"
            if !e.text.isEmpty { text += "\n    " + OutputText.trimmed(e.text) }
            return text
        } catch {
            return "\(filename) does not parse: \(error)"
        }
    }
}
