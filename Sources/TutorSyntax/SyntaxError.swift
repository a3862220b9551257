/// A compile-time error in Python source, reported the way CPython reports it.
public struct SyntaxErrorInfo: Error, Sendable, Equatable {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }

    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line of the error.
    public var line: Int
    /// 1-based column (CPython's `offset`) where the caret goes.
    public var column: Int
    /// The text of the offending source line, without its newline.
    public var text: String
    /// True when more input could complete the program (an open bracket, a block
    /// header with no body, an unterminated triple-quoted string): the REPL then
    /// asks for a continuation line instead of reporting the error.
    public var isIncompleteInput: Bool

    public init(kind: Kind = .syntaxError, message: String, filename: String, line: Int, column: Int,
                text: String, isIncompleteInput: Bool = false) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.text = text
        self.isIncompleteInput = isIncompleteInput
    }
}
