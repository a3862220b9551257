/// Asks the runtime for a deterministic run: one seeded scheduler picks which
/// thread runs at every switch point, and time is virtual.
public struct ScheduleOptions: Sendable {
    public var seed: UInt64
    /// Average number of switch points a thread runs before the scheduler decides
    /// again. nil lets the seed choose (2 to 65536), so some seeds switch often and
    /// lose updates while others barely switch at all.
    public var meanRunLength: Int?

    public init(seed: UInt64, meanRunLength: Int? = nil) {
        self.seed = seed
        self.meanRunLength = meanRunLength
    }
}
