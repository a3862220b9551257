/// An error raised by the formatting and parsing helpers, carrying CPython's
/// exception class and message so the interpreter can raise it verbatim.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case valueError
        case overflowError
        /// The result would exceed `FormatLimits.maxResultLength`.
        case memoryError
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    static func value(_ message: String) -> FormatError { FormatError(.valueError, message) }
    static func overflow(_ message: String) -> FormatError { FormatError(.overflowError, message) }

    public var description: String {
        switch kind {
        case .valueError: return "ValueError: \(message)"
        case .overflowError: return "OverflowError: \(message)"
        case .memoryError: return "MemoryError: \(message)"
        }
    }
}

public enum FormatLimits {
    /// CPython would build strings of any size that fits in memory; a tutor program asking
    /// for a gigabyte of padding is a bug, so we refuse it with MemoryError instead of
    /// exhausting the machine.
    public static let maxResultLength = 1 << 28

    static func checkLength(_ length: Int) throws {
        if length > maxResultLength {
            throw FormatError(.memoryError, "result of \(length) characters is too large")
        }
    }
}
