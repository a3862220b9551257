import TutorRuntime

/// `type = "schedules"`: many deterministic schedules (seeded random ones first,
/// then PCT ones, which reach bugs needing a few ordering constraints with a
/// known probability); every run must end cleanly and pass the output
/// expectation if any. The first failure is replayed to show its interleaving.
enum ScheduleCheck {
    /// Total wall seconds a schedules check may spend; past it the check stops
    /// early and says how many schedules it ran.
    static func budget(_ limits: RunLimitsSpec) -> Double { max(30, 3 * limits.time) }

    static func plan(runs: Int, baselineSteps: Int) -> [RunTiming] {
        let randomRuns = (runs + 1) / 2
        var timings: [RunTiming] = (0..<randomRuns).map { .seeded(UInt64($0 + 1)) }
        for k in 0..<(runs - randomRuns) {
            let depth = 2 + k % 2
            timings.append(.scheduled(seed: UInt64(1000 + k), meanRunLength: nil, pctDepth: depth, pctSteps: max(baselineSteps, 1)))
        }
        return timings
    }

    static func evaluate(_ spec: ScheduleSpec, check: CheckSpec, session: RunSession) -> CheckOutcome {
        guard let baseline = session.run(.student, check: check, timing: .seeded(0)) else {
            return .failed("\(session.manifest.mainFile) is missing.")
        }
        var expected: ExpectedOutput?
        if let e = spec.output {
            switch ExpectedOutputResolver.resolve(e, check: check, session: session) {
            case .resolved(let r): expected = r
            case .unavailable(let why): return .failed(why)
            }
        }
        let start = MonotonicClock.seconds()
        let timings = plan(runs: spec.runs, baselineSteps: baseline.steps)
        var ran = 0
        for (k, timing) in timings.enumerated() {
            if MonotonicClock.seconds() - start > budget(session.manifest.limits) { break }
            let request = RunSession.Request(who: .student, driver: check.driver, stdin: check.stdin, timing: timing)
            guard let r = session.run(request) else { break }
            ran += 1
            var problem = RunNotes.problem(r, limits: session.manifest.limits)
            var diff: String?
            if problem == nil, let e = spec.output, let expected {
                let verdict = OutputMatcher.compare(actual: r.stdout, match: e.match, expected: expected)
                if !verdict.passed {
                    problem = verdict.message
                    diff = verdict.diff
                }
            }
            guard let problem else { continue }
            return failure(problem, diff: diff, run: r, request: request, index: k, total: timings.count, check: check, session: session)
        }
        if ran < timings.count {
            return .passed("\(ran) of \(timings.count) schedules ran within the time budget; all ended cleanly.")
        }
        return .passed("All \(ran) schedules ended cleanly.")
    }

    private static func failure(_ problem: String, diff: String?, run: ProgramRunResult, request: RunSession.Request,
                                index: Int, total: Int, check: CheckSpec, session: RunSession) -> CheckOutcome {
        var what = "schedule"
        if case .scheduled(let seed, _, let depth, _) = request.timing {
            what = depth == nil ? "the schedule with seed \(seed)" : "the PCT schedule with seed \(seed) (depth \(depth ?? 0))"
        }
        var outcome = CheckOutcome.failed("Under \(what) (run \(index + 1) of \(total)): \(problem)", diff: diff,
                                          details: run.deadlock ?? RunNotes.stderrTail(run))
        // Replaying the same schedule gives the same run; this time record its switches.
        var replay = request
        replay.interleaving = 20_000
        if let traced = session.run(replay), !traced.interleaving.isEmpty {
            outcome.interleaving = InterleavingText.render(traced.interleaving, sourceLines: session.sourceLines(check: check),
                                                          file: session.manifest.mainFile)
        }
        if let options = session.replayOptions(request.timing), let file = session.program(.student, driver: check.driver)?.filename {
            let note = check.driver == nil ? "" : "   (driver.py: this check's driver program, saved beside your files)"
            outcome.replay = "tutor run \(options) \(file)" + note
        }
        return outcome
    }
}
