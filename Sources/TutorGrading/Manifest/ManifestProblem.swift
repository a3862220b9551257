/// Something wrong with an exercise's files, located at a file and line so an
/// instructor can go straight to it (`Exercises/01-x/01-y/exercise.toml:7: ...`).
public struct ManifestProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem is about the file as a whole.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
