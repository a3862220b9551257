/// Partial credit: a check's `points` is its fraction of the exercise's points;
/// checks without one share what is left equally.
enum CheckPoints {
    static func allocate(_ checks: [CheckSpec], exercisePoints: Double) -> [Double] {
        let explicit = checks.compactMap(\.points).reduce(0, +)
        let implicitCount = checks.filter { $0.points == nil }.count
        let share = implicitCount > 0 ? max(0, 1 - explicit) / Double(implicitCount) : 0
        return checks.map { ($0.points ?? share) * exercisePoints }
    }
}
