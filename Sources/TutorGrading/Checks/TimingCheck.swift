import TutorRuntime

/// `type = "timing"`: the program's duration in virtual time (a deterministic
/// seed-0 run: sleeps advance a virtual clock only when every thread waits), so
/// the verdict is the same on any machine. A failure shows the run's timeline.
enum TimingCheck {
    static let timing = RunTiming.seeded(0)

    static func evaluate(_ bounds: TimingBounds, check: CheckSpec, session: RunSession, timelineWidth: Int) -> CheckOutcome {
        guard let run = session.run(.student, check: check, timing: timing) else {
            return .failed("\(session.manifest.mainFile) is missing.")
        }
        if let problem = RunNotes.problem(run, limits: session.manifest.limits) {
            var outcome = CheckOutcome.failed("Its duration does not count: " + problem, details: run.deadlock ?? RunNotes.stderrTail(run))
            outcome.replay = "tutor run \(session.replayOptions(timing) ?? "--schedule 0") --timeline \(session.program(.student, driver: check.driver)?.filename ?? "")"
            return outcome
        }
        let d = run.programSeconds
        var limits: [(ok: Bool, text: String)] = []
        if let max = bounds.max { limits.append((d <= max + 1e-9, "at most \(SecondsText.format(max)) s")) }
        if let min = bounds.min { limits.append((d >= min - 1e-9, "at least \(SecondsText.format(min)) s")) }
        if bounds.needsSolution {
            guard let reference = session.run(.solution, check: check, timing: timing) else {
                return .failed("This check compares with the reference solution's duration, but the solution is missing (an instructor problem).")
            }
            let s = reference.programSeconds
            if let f = bounds.relativeMax {
                limits.append((d <= f * s + 1e-9, "at most \(SecondsText.format(f * s)) s (\(SecondsText.format(f)) × the reference solution's \(SecondsText.format(s)) s)"))
            }
            if let f = bounds.relativeMin {
                limits.append((d >= f * s - 1e-9, "at least \(SecondsText.format(f * s)) s (\(SecondsText.format(f)) × the reference solution's \(SecondsText.format(s)) s)"))
            }
        }
        let broken = limits.filter { !$0.ok }
        if broken.isEmpty { return .passed("The program takes \(SecondsText.format(d)) s.") }
        var outcome = CheckOutcome.failed("The program takes \(SecondsText.format(d)) s (virtual time); it should take "
            + broken.map(\.text).joined(separator: " and ") + ".")
        // Re-run the same deterministic schedule with a timeline recorder: it shows
        // which waits happened one after another.
        var request = RunSession.Request(who: .student, driver: check.driver, stdin: check.stdin, timing: timing)
        request.timeline = true
        if let recorded = session.run(request), let timeline = recorded.timeline {
            outcome.timeline = TimelineText.render(timeline, width: timelineWidth)
        }
        if let file = session.program(.student, driver: check.driver)?.filename {
            outcome.replay = "tutor run \(session.replayOptions(timing) ?? "--schedule 0") --timeline \(file)"
        }
        return outcome
    }
}
