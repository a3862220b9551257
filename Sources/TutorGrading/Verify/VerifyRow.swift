/// One exercise's line in `tutor verify`'s table.
public struct VerifyRow: Sendable {
    public var id: String
    /// nil when the manifest could not be read.
    public var kind: ExerciseKind?
    /// Number of checks (fix/write) or 1 (predict).
    public var checks: Int
    /// Empty when the exercise is sound.
    public var problems: [String]
    public var seconds: Double

    public var ok: Bool { problems.isEmpty }
}
