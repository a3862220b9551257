// Tokens produced by `Lexer` and consumed by `Parser`.

/// Python's reserved words. Soft keywords (`match`, `case`, `_`) are plain names here.
public enum ReservedWord: String, Sendable, CaseIterable {
    case `false` = "False", none = "None", `true` = "True"
    case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif, `else`, except
    case finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal, not, or, pass
    case raise, `return`, `try`, `while`, with, yield

    private static let byText: [String: ReservedWord] = {
        var table: [String: ReservedWord] = [:]
        for word in allCases { table[word.rawValue] = word }
        return table
    }()

    public init?(name: String) {
        guard let word = ReservedWord.byText[name] else { return nil }
        self = word
    }
}

/// Operators and delimiters.
public enum Punctuation: String, Sendable, CaseIterable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}"
    case colon = ":", comma = ",", semicolon = ";", dot = ".", ellipsis = "...", at = "@"
    case assign = "=", arrow = "->", walrus = ":="
    case plus = "+", minus = "-", star = "*", doubleStar = "**", slash = "/", doubleSlash = "//"
    case percent = "%", tilde = "~", pipe = "|", ampersand = "&", caret = "^"
    case leftShift = "<<", rightShift = ">>"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case plusAssign = "+=", minusAssign = "-=", starAssign = "*=", slashAssign = "/="
    case doubleSlashAssign = "//=", percentAssign = "%=", atAssign = "@=", ampersandAssign = "&="
    case pipeAssign = "|=", caretAssign = "^=", leftShiftAssign = "<<=", rightShiftAssign = ">>="
    case doubleStarAssign = "**="

    /// The binary operator of an augmented assignment such as `+=`.
    var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusAssign: return .add
        case .minusAssign: return .subtract
        case .starAssign: return .multiply
        case .slashAssign: return .trueDivide
        case .doubleSlashAssign: return .floorDivide
        case .percentAssign: return .modulo
        case .atAssign: return .matrixMultiply
        case .ampersandAssign: return .bitAnd
        case .pipeAssign: return .bitOr
        case .caretAssign: return .bitXor
        case .leftShiftAssign: return .leftShift
        case .rightShiftAssign: return .rightShift
        case .doubleStarAssign: return .power
        default: return nil
        }
    }
}

/// A string literal as written: prefix flags and the raw text between the quotes.
/// Escapes are decoded (and f-strings parsed) by the parser, as CPython does.
public struct StringLiteralToken: Equatable, Sendable {
    public var isRaw: Bool
    public var isBytes: Bool
    public var isFormatted: Bool
    public var isTripleQuoted: Bool
    /// The text between the quotes, escapes not yet decoded.
    public var body: String
    /// Position of the first character of `body` (1-based line, 0-based column).
    public var bodyLine: Int
    public var bodyColumn: Int
}

public enum TokenKind: Equatable, Sendable {
    case name(String)
    case reserved(ReservedWord)
    /// An int, big int, float or imaginary constant.
    case number(Constant)
    case string(StringLiteralToken)
    case punctuation(Punctuation)
    /// A character that starts no token (`$`, `?`, a lone `!`): the parser reports `invalid syntax` on it.
    case unknownCharacter(String)
    case newline
    case indent
    case dedent
    case endOfFile
}

public struct Token: Equatable, Sendable {
    public var kind: TokenKind
    /// 1-based line and 0-based column of the first character.
    public var line: Int
    public var column: Int
    /// Position just past the last character.
    public var endLine: Int
    public var endColumn: Int
    /// How many brackets are open once this token has been read.
    public var bracketDepth: Int

    public init(kind: TokenKind, line: Int, column: Int, endLine: Int, endColumn: Int, bracketDepth: Int = 0) {
        self.kind = kind
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.bracketDepth = bracketDepth
    }

    var location: SourceLocation {
        SourceLocation(line: line, column: column, endLine: endLine, endColumn: endColumn)
    }
}
