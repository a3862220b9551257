import TutorRuntime

/// Plain-language notes on how a run went wrong.
enum RunNotes {
    /// The run's uncaught exceptions, in any thread.
    static func uncaught(_ r: ProgramRunResult) -> [String] { r.uncaughtExceptions }

    /// Why the run did not end cleanly, or nil if it did.
    static func problem(_ r: ProgramRunResult, limits: RunLimitsSpec) -> String? {
        if r.timeLimitExceeded {
            return "The program was stopped after \(SecondsText.format(limits.time)) s (the time limit): does it loop forever, or wait for something that never happens?"
        }
        if r.outputLimitExceeded { return "The program printed more than \(limits.output) bytes and was stopped." }
        if r.deadlock != nil { return "The program deadlocked: every thread was waiting for another." }
        let raised = uncaught(r)
        if let e = raised.first {
            let more = raised.count > 1 ? " (and \(raised.count - 1) more)" : ""
            return "The program raised an uncaught \(e)\(more)."
        }
        if r.status != 0 { return "The program exited with status \(r.status)." }
        return nil
    }

    /// The last lines of stderr (tracebacks end there), or nil if empty.
    static func stderrTail(_ r: ProgramRunResult, lines: Int = 15) -> String? {
        let all = OutputText.lines(r.stderr)
        guard !all.isEmpty else { return nil }
        let shown = all.suffix(lines)
        return (all.count > shown.count ? "…\n" : "") + shown.joined(separator: "\n") + "\n"
    }
}
