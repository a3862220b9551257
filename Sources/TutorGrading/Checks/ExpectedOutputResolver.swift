/// Turns `expected` into text: `.solution` means the reference solution's output
/// when run the same way (same driver, stdin and timing).
enum ExpectedOutputResolver {
    enum Resolution {
        case resolved(ExpectedOutput)
        case unavailable(String)
    }

    static func resolve(_ expectation: OutputExpectation, check: CheckSpec, session: RunSession) -> Resolution {
        guard expectation.expected == .solution else { return .resolved(expectation.expected) }
        guard let r = session.run(.solution, check: check, timing: session.mainTiming) else {
            return .unavailable("This check compares with the reference solution's output, but the solution is missing (an instructor problem).")
        }
        return .resolved(.text(r.stdout))
    }
}
