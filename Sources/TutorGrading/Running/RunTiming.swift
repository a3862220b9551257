import TutorRuntime

/// How one run is timed and scheduled; hashable so runs can be cached.
enum RunTiming: Hashable {
    /// Deterministic schedule, virtual time. `pctDepth` nil: random strategy.
    case scheduled(seed: UInt64, meanRunLength: Int?, pctDepth: Int?, pctSteps: Int)
    /// Real threads and clock, `scale` times faster.
    case real(scale: Double)

    static func seeded(_ seed: UInt64, meanRunLength: Int? = nil) -> RunTiming {
        .scheduled(seed: seed, meanRunLength: meanRunLength, pctDepth: nil, pctSteps: 0)
    }

    var programTiming: ProgramRun.Timing {
        switch self {
        case .scheduled(let seed, let mean, let depth, let steps):
            // An hour of virtual time: far beyond any exercise, yet a program
            // sleeping in an endless loop stops at once instead of at the wall limit.
            var options = ScheduleOptions(seed: seed, meanRunLength: mean, virtualTimeLimit: 3600)
            if let depth { options.strategy = .pct(depth: depth, expectedSteps: max(steps, 1)) }
            return .scheduled(options)
        case .real(let scale):
            return .realTime(scale: scale)
        }
    }

    /// The `tutor run` options that replay this run, when it is a scheduled one.
    var replayOptions: String? {
        switch self {
        case .scheduled(let seed, nil, nil, _): return "--schedule \(seed)"
        case .scheduled(let seed, nil, let depth?, let steps): return "--schedule \(seed) --pct \(depth) --pct-steps \(steps)"
        default: return nil
        }
    }
}
