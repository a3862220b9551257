import TutorRuntime

/// `type = "output"`: the program's stdout, compared in one of the match modes.
enum OutputCheck {
    static func evaluate(_ expectation: OutputExpectation, check: CheckSpec, session: RunSession) -> CheckOutcome {
        guard let run = session.run(.student, check: check, timing: session.mainTiming) else {
            return .failed("\(session.manifest.mainFile) is missing.")
        }
        let expected: ExpectedOutput
        switch ExpectedOutputResolver.resolve(expectation, check: check, session: session) {
        case .resolved(let e): expected = e
        case .unavailable(let why): return .failed(why)
        }
        let verdict = OutputMatcher.compare(actual: run.stdout, match: expectation.match, expected: expected)
        if verdict.passed { return .passed }
        var message = verdict.message
        if let problem = RunNotes.problem(run, limits: session.manifest.limits) { message += " " + problem }
        var outcome = CheckOutcome.failed(message, diff: verdict.diff, details: RunNotes.stderrTail(run))
        if let deadlock = run.deadlock { outcome.details = deadlock }
        return outcome
    }
}
