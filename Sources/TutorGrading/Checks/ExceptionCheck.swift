import TutorRuntime

/// `type = "exception"`: no uncaught exception in any thread, or a given one.
enum ExceptionCheck {
    static func evaluate(_ expectation: ExceptionExpectation, check: CheckSpec, session: RunSession) -> CheckOutcome {
        guard let run = session.run(.student, check: check, timing: session.mainTiming) else {
            return .failed("\(session.manifest.mainFile) is missing.")
        }
        let raised = RunNotes.uncaught(run)
        switch expectation {
        case .none:
            if let deadlock = run.deadlock {
                return .failed("The program deadlocked: every thread was waiting for another.", details: deadlock)
            }
            if run.timeLimitExceeded || run.outputLimitExceeded {
                return .failed(RunNotes.problem(run, limits: session.manifest.limits) ?? "The program did not finish.")
            }
            guard let first = raised.first else { return .passed }
            var message = "The program raised an uncaught \(first)"
            if raised.count > 1 { message += " and \(raised.count - 1) more (\(raised.dropFirst().joined(separator: ", ")))" }
            if OutputText.lines(run.stderr).contains(where: { $0.hasPrefix("Exception in thread") }) {
                message += "; an exception in a thread does not stop the others, but it is still a bug"
            }
            return .failed(message + ".", details: RunNotes.stderrTail(run))
        case .type(let name):
            if raised.contains(name) { return .passed }
            if raised.isEmpty {
                return .failed("The program should end with an uncaught \(name), but it raised no exception.")
            }
            return .failed("The program should end with an uncaught \(name), but it raised \(raised.joined(separator: ", ")).",
                           details: RunNotes.stderrTail(run))
        }
    }
}
