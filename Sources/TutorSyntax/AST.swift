// The abstract syntax tree produced by `Parser` and consumed by the compiler.
// Shapes follow CPython's `ast` module so that its documentation describes them.

/// A position in source: 1-based line, 0-based column counted in characters.
public struct SourceLocation: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
    }

    public static let unknown = SourceLocation(line: 0, column: 0)
}

public struct Module: Sendable {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

// MARK: - Statements

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var location: SourceLocation
    public init(_ kind: StmtKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum StmtKind: Sendable {
    case expression(Expr)
    /// `a = b = value`: one target per `=`.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `x: int = 1`; `simple` is true when the target is a bare name not in parentheses.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case ifStmt(test: Expr, body: [Stmt], orElse: [Stmt])
    case whileStmt(test: Expr, body: [Stmt], orElse: [Stmt])
    case forStmt(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case returnStmt(Expr?)
    case delete([Expr])
    case pass
    case breakStmt
    case continueStmt
    case global([String])
    case nonlocal([String])
    case tryStmt(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finalBody: [Stmt])
    case raise(exception: Expr?, cause: Expr?)
    case assert(test: Expr, message: Expr?)
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    /// `import a.b as c, d`
    case importModules([ImportAlias])
    /// `from ..a.b import c as d, e`; `names` is `[*]` for `import *`. `level` counts leading dots.
    case importFrom(module: String?, names: [ImportAlias], level: Int)
}

public struct FunctionDef: Sendable {
    public var name: String
    public var arguments: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
    public init(name: String, arguments: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool) {
        self.name = name
        self.arguments = arguments
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.isAsync = isAsync
    }
}

public struct ClassDef: Sendable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

public struct ExceptHandler: Sendable {
    /// nil for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

public struct ImportAlias: Sendable {
    /// Dotted name, e.g. `concurrent.futures`, or `*`.
    public var name: String
    public var asName: String?
    public var location: SourceLocation
    public init(name: String, asName: String?, location: SourceLocation) {
        self.name = name
        self.asName = asName
        self.location = location
    }
}

/// A formal parameter list.
public struct Arguments: Sendable {
    public var positionalOnly: [Parameter]
    public var positional: [Parameter]
    public var varArgs: Parameter?
    public var keywordOnly: [Parameter]
    /// Parallel to `keywordOnly`; nil where the parameter has no default.
    public var keywordDefaults: [Expr?]
    public var varKeywords: Parameter?
    /// Defaults of the last `defaults.count` parameters of `positionalOnly + positional`.
    public var defaults: [Expr]

    public init(positionalOnly: [Parameter] = [], positional: [Parameter] = [], varArgs: Parameter? = nil,
                keywordOnly: [Parameter] = [], keywordDefaults: [Expr?] = [], varKeywords: Parameter? = nil,
                defaults: [Expr] = []) {
        self.positionalOnly = positionalOnly
        self.positional = positional
        self.varArgs = varArgs
        self.keywordOnly = keywordOnly
        self.keywordDefaults = keywordDefaults
        self.varKeywords = varKeywords
        self.defaults = defaults
    }
}

public struct Parameter: Sendable {
    public var name: String
    public var annotation: Expr?
    public var location: SourceLocation
    public init(name: String, annotation: Expr?, location: SourceLocation) {
        self.name = name
        self.annotation = annotation
        self.location = location
    }
}

/// A keyword argument in a call or class definition; `name == nil` is `**mapping`.
public struct Keyword: Sendable {
    public var name: String?
    public var value: Expr
    public var location: SourceLocation
    public init(name: String?, value: Expr, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}

// MARK: - Expressions

public struct Expr: Sendable {
    public var kind: ExprKind
    public var location: SourceLocation
    public init(_ kind: ExprKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    /// An f-string: literal text and formatted values, in order.
    case joinedString([FStringPart])
    case binary(Expr, BinaryOperator, Expr)
    case unary(UnaryOperator, Expr)
    /// `a and b and c` is one node with three operands.
    case boolean(BooleanOperator, [Expr])
    /// `a < b <= c` is `compare(a, [(.less, b), (.lessEqual, c)])`.
    case compare(Expr, [ComparisonStep])
    case conditional(test: Expr, body: Expr, orElse: Expr)
    case lambda(Arguments, body: Expr)
    /// Positional arguments may contain `.starred`; keywords with a nil name are `**kwargs`.
    case call(function: Expr, arguments: [Expr], keywords: [Keyword])
    case attribute(Expr, String)
    case `subscript`(Expr, index: Expr)
    /// Only valid as a subscript index (possibly inside a tuple index).
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case starred(Expr)
    case list([Expr])
    case tuple([Expr])
    case set([Expr])
    /// `{k: v, **m}`: entries with a nil key are `**m` spreads.
    case dict([DictEntry])
    case listComprehension(element: Expr, generators: [Comprehension])
    case setComprehension(element: Expr, generators: [Comprehension])
    case dictComprehension(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExpression(element: Expr, generators: [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `name := value`
    case namedExpression(target: String, value: Expr)
}

public enum Constant: Sendable, Equatable {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer literal too large for `Int`, in decimal digits (no sign, no underscores).
    case bigInt(String)
    case float(Double)
    /// An imaginary literal such as `2j`; only its value is kept.
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    case ellipsis
}

public enum FStringPart: Sendable {
    case literal(String)
    /// `{expr!conversion:spec}`; `conversion` is "r", "s" or "a"; the spec may itself contain fields.
    case formatted(expr: Expr, conversion: Character?, spec: [FStringPart]?)
}

public struct DictEntry: Sendable {
    public var key: Expr?
    public var value: Expr
    public init(key: Expr?, value: Expr) {
        self.key = key
        self.value = value
    }
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var conditions: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, conditions: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.conditions = conditions
        self.isAsync = isAsync
    }
}

public struct ComparisonStep: Sendable {
    public var op: ComparisonOperator
    public var right: Expr
    public init(op: ComparisonOperator, right: Expr) {
        self.op = op
        self.right = right
    }
}

public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", matrixMultiply = "@", trueDivide = "/"
    case floorDivide = "//", modulo = "%", power = "**"
    case leftShift = "<<", rightShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&"
}

public enum UnaryOperator: String, Sendable {
    case not = "not", negate = "-", plus = "+", invert = "~"
}

public enum BooleanOperator: String, Sendable {
    case and, or
}

public enum ComparisonOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}
