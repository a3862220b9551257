internal import TOMLKit

/// Turns `exercise.toml` text into an `ExerciseManifest`, or into every problem
/// found in it (each with the file and line), never trapping on bad input.
public enum ManifestParser {
    public struct Outcome: Sendable {
        /// nil when there is any problem.
        public var manifest: ExerciseManifest?
        public var problems: [ManifestProblem]
    }

    public static func parse(_ text: String, file: String) -> Outcome {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let line = max(error.source.begin.line, 1)
            return Outcome(manifest: nil, problems: [ManifestProblem(file: file, line: line, message: "TOML: \(error.description)")])
        } catch {
            return Outcome(manifest: nil, problems: [ManifestProblem(file: file, line: 1, message: "TOML: \(error)")])
        }
        let diagnostics = ManifestDiagnostics(file: file, text: text)
        let manifest = read(StrictTable(table, path: [], diagnostics: diagnostics))
        let problems = diagnostics.problems
        return Outcome(manifest: problems.isEmpty ? manifest : nil, problems: problems)
    }

    private static func read(_ root: StrictTable) -> ExerciseManifest? {
        let title = root.string("title", required: true)
        let kind = root.enumeration("kind", ExerciseKind.self, required: true)
        let points = root.number("points")
        let files = root.stringArray("files", required: true)
        let instructions = root.string("instructions", required: true)
        let hints = root.stringArray("hints", required: true)
        var limits = RunLimitsSpec()
        if let t = root.subtable("limits") {
            if let time = t.number("time") {
                if time > 0 && time.isFinite { limits.time = time } else { t.report("time", "`limits.time` must be a positive number of seconds") }
            }
            if let output = t.integer("output") {
                if output > 0 { limits.output = output } else { t.report("output", "`limits.output` must be a positive number of bytes") }
            }
            t.finish()
        }
        var run = RunModeSpec()
        if let t = root.subtable("run") {
            if let clock = t.enumeration("clock", RunModeSpec.Clock.self) { run.clock = clock }
            if let scale = t.number("time_scale") {
                if scale > 0 && scale.isFinite { run.timeScale = scale } else { t.report("time_scale", "`run.time_scale` must be a positive number") }
                if run.clock != .real { t.report("time_scale", "`run.time_scale` applies only to `clock = \"real\"`") }
            }
            if let sp = t.enumeration("switch_points", RunModeSpec.SwitchPoints.self) { run.switchPoints = sp }
            t.finish()
        }
        let predictTable = root.subtable("predict")
        let checkTables = root.tableArray("checks")
        root.finish()

        if let files = files {
            if files.isEmpty { root.report("files", "`files` must name at least one file") }
            for f in files where f.isEmpty || f.contains("/") || f.hasPrefix(".") {
                root.report("files", "`files` entry \"\(f)\" must be a plain file name in the exercise folder")
            }
            if Set(files).count != files.count { root.report("files", "`files` names a file twice") }
        }
        if let p = points, !(p > 0 && p.isFinite) { root.report("points", "`points` must be a positive number") }

        var predict: PredictSpec?
        var checks: [CheckSpec] = []
        if let t = predictTable { predict = readPredict(t) }
        if let tables = checkTables {
            for (i, t) in tables.enumerated() {
                if let c = readCheck(t, index: i) { checks.append(c) }
            }
        }
        switch kind {
        case .predict?:
            if predictTable == nil { root.report("kind", "a predict exercise needs a `[predict]` table") }
            if checkTables != nil { root.report("checks", "a predict exercise has no `[[checks]]`: its answer is computed by running the program") }
        case .fix?, .write?:
            if predictTable != nil { root.report("predict", "`[predict]` belongs to predict exercises only") }
            if (checkTables ?? []).isEmpty { root.report("kind", "a \(kind?.rawValue ?? "") exercise needs at least one `[[checks]]` table") }
        case nil:
            break
        }
        let explicitShare = checks.compactMap(\.points).reduce(0, +)
        if explicitShare > 1 + 1e-9 {
            root.report("checks", "the checks' `points` add up to \(explicitShare); they are fractions of the exercise's points and must add up to at most 1")
        }

        guard let title, let kind, let files, let instructions, let hints else { return nil }
        var manifest = ExerciseManifest(title: title, kind: kind, files: files, instructions: instructions, hints: hints)
        manifest.points = points ?? 1
        manifest.limits = limits
        manifest.run = run
        manifest.predict = predict
        manifest.checks = checks
        return manifest
    }

    private static func readPredict(_ t: StrictTable) -> PredictSpec? {
        let question = t.string("question", required: true)
        let answer = t.enumeration("answer", PredictSpec.Answer.self, required: true)
        let tolerance = t.number("tolerance")
        let variable = t.string("variable")
        let schedules = t.integer("schedules")
        var feedback: [PredictSpec.Feedback] = []
        for f in t.tableArray("feedback") ?? [] {
            let a = f.string("answer", required: true)
            let m = f.string("message", required: true)
            f.finish()
            if let a, let m { feedback.append(PredictSpec.Feedback(answer: a, message: m)) }
        }
        t.finish()
        if let tol = tolerance, !(tol >= 0 && tol.isFinite) { t.report("tolerance", "`predict.tolerance` must be a number of seconds, at least 0") }
        if tolerance != nil, answer != .duration, answer != nil { t.report("tolerance", "`predict.tolerance` applies only to `answer = \"duration\"`") }
        if let n = schedules, !(1...100_000).contains(n) { t.report("schedules", "`predict.schedules` must be between 1 and 100000") }
        if schedules != nil, answer != .possible, answer != nil { t.report("schedules", "`predict.schedules` applies only to `answer = \"possible\"`") }
        if answer == .value || answer == .possible {
            if variable == nil { t.report("answer", "`answer = \"\(answer?.rawValue ?? "")\"` needs `variable`, the global variable asked about") }
        } else if variable != nil, answer != nil {
            t.report("variable", "`predict.variable` applies only to `answer = \"value\"` or `\"possible\"`")
        }
        if let v = variable, !isIdentifier(v) { t.report("variable", "`predict.variable` must be a Python global variable name") }
        guard let question, let answer else { return nil }
        var spec = PredictSpec(question: question, answer: answer)
        spec.tolerance = tolerance ?? 0.1
        spec.variable = variable
        spec.schedules = schedules ?? 200
        spec.feedback = feedback
        return spec
    }

    private static func readCheck(_ t: StrictTable, index: Int) -> CheckSpec? {
        let type = t.enumeration("type", CheckSpec.CheckType.self, required: true)
        let name = t.string("name")
        let points = t.number("points")
        let driver = t.string("driver")
        let stdin = t.string("stdin")
        if let p = points, !(p >= 0 && p <= 1) {
            t.report("points", "`\(t.name("points"))` is a fraction of the exercise's points: between 0 and 1")
        }
        var detail: CheckSpec.Detail?
        switch type {
        case .output?:
            if let o = readOutput(t) { detail = .output(o) }
        case .timing?:
            var b = TimingBounds()
            b.max = t.number("max")
            b.min = t.number("min")
            b.relativeMax = t.number("relative_max")
            b.relativeMin = t.number("relative_min")
            if b.max == nil && b.min == nil && b.relativeMax == nil && b.relativeMin == nil {
                t.report("type", "a timing check needs `max`, `min`, `relative_max` or `relative_min`")
            }
            for (key, v) in [("max", b.max), ("min", b.min), ("relative_max", b.relativeMax), ("relative_min", b.relativeMin)] {
                if let v, !(v >= 0 && v.isFinite) { t.report(key, "`\(t.name(key))` must be a number of seconds, at least 0") }
            }
            detail = .timing(b)
        case .schedules?:
            var s = ScheduleSpec()
            if let runs = t.integer("runs") {
                if (1...100_000).contains(runs) { s.runs = runs } else { t.report("runs", "`\(t.name("runs"))` must be between 1 and 100000") }
            }
            if t.has("match") || t.has("expected") { s.output = readOutput(t) }
            detail = .schedules(s)
        case .structure?:
            var s = StructureSpec()
            s.mustCall = t.stringArray("must_call") ?? []
            s.mustNotCall = t.stringArray("must_not_call") ?? []
            s.mustNotCallInAsync = t.stringArray("must_not_call_in_async") ?? []
            for c in t.stringArray("must_use") ?? [] {
                if let construct = StructureSpec.Construct(rawValue: c) {
                    s.mustUse.append(construct)
                } else {
                    let choices = StructureSpec.Construct.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                    t.report("must_use", "`\(t.name("must_use"))`: unknown construct \"\(c)\" (one of \(choices))")
                }
            }
            s.threadsJoined = t.bool("threads_joined") ?? false
            let keys = ["must_call", "must_not_call", "must_not_call_in_async", "must_use", "threads_joined"]
            if !keys.contains(where: { t.table.contains(key: $0) }) {
                t.report("type", "a structure check needs `must_call`, `must_not_call`, `must_not_call_in_async`, `must_use` or `threads_joined`")
            }
            detail = .structure(s)
        case .exception?:
            let expect = t.string("expect") ?? "none"
            if expect == "none" {
                detail = .exception(.none)
            } else if isIdentifier(expect) {
                detail = .exception(.type(expect))
            } else {
                t.report("expect", "`\(t.name("expect"))` must be \"none\" or an exception type name such as \"ValueError\"")
            }
        case nil:
            break
        }
        t.finish()
        guard let detail else { return nil }
        var check = CheckSpec(detail: detail, index: index, line: t.diagnostics.locator.line(of: t.path))
        check.name = name
        check.points = points
        check.driver = driver
        check.stdin = stdin ?? ""
        return check
    }

    /// `match` and `expected`, as an output check or a schedules check reads them.
    private static func readOutput(_ t: StrictTable) -> OutputExpectation? {
        let match = t.enumeration("match", MatchMode.self) ?? .exact
        let expected = t.stringOrLines("expected")
        switch (match, expected) {
        case (.exact, nil), (.unordered, nil):
            return OutputExpectation(match: match, expected: .solution)
        case (.exact, .text?), (.unordered, .text?):
            return OutputExpectation(match: match, expected: expected ?? .solution)
        case (.exact, .lines?), (.unordered, .lines?):
            t.report("expected", "`\(t.name("expected"))` is the whole output as one string for `match = \"\(match.rawValue)\"`")
        case (.contains, .lines?), (.order, .lines?):
            return OutputExpectation(match: match, expected: expected ?? .solution)
        case (.contains, .text(let s)?), (.order, .text(let s)?):
            // One string is a list of its lines.
            return OutputExpectation(match: match, expected: .lines(OutputText.lines(s)))
        case (.contains, nil), (.order, nil), (.regex, nil):
            t.report("match", "`match = \"\(match.rawValue)\"` needs `expected`")
        case (.regex, .text(let pattern)?):
            if let problem = OutputMatcher.regexProblem(pattern) {
                t.report("expected", "`\(t.name("expected"))` is not a valid regular expression: \(problem)")
                return nil
            }
            return OutputExpectation(match: .regex, expected: .text(pattern))
        case (.regex, .lines?):
            t.report("expected", "`\(t.name("expected"))` is one pattern (a string) for `match = \"regex\"`")
        case (_, .solution?):
            break
        }
        return nil
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.first, first == "_" || first.isLetter else { return false }
        return s.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }
}
