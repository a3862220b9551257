/// Asks the runtime for a deterministic run: one seeded scheduler picks which
/// thread runs at every switch point, and time is virtual.
public struct ScheduleOptions: Sendable {
    public var seed: UInt64
    /// Average number of switch points a thread runs before the scheduler decides
    /// again (random strategy). nil lets the seed choose (2 to 65536), so some seeds
    /// switch often and lose updates while others barely switch at all.
    public var meanRunLength: Int?
    public var strategy: ScheduleStrategy
    /// Virtual seconds after which the run is stopped (a program sleeping in an
    /// endless loop would otherwise spin until the wall-clock limit); nil: none.
    public var virtualTimeLimit: Double?

    public init(seed: UInt64, meanRunLength: Int? = nil, strategy: ScheduleStrategy = .random,
                virtualTimeLimit: Double? = nil) {
        self.seed = seed
        self.meanRunLength = meanRunLength
        self.strategy = strategy
        self.virtualTimeLimit = virtualTimeLimit
    }
}

/// How the scheduler chooses the next thread.
public enum ScheduleStrategy: Sendable, Equatable {
    /// After a random run length, a uniformly random runnable thread.
    case random
    /// Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010): threads
    /// get random distinct priorities, the highest-priority runnable thread always
    /// runs, and at `depth - 1` random steps among the first `expectedSteps` the
    /// running thread drops to the lowest priority. A bug that needs `depth`
    /// ordering constraints is found with probability at least
    /// 1 / (threads * expectedSteps^(depth-1)) per run, whatever the program.
    /// `expectedSteps` is best taken from an earlier run's `ProgramRunResult.steps`.
    case pct(depth: Int, expectedSteps: Int)
}
