import TutorSyntax

/// One line of a traceback: where a frame was when the exception passed through it.
public struct TracebackEntry: Sendable {
    public var filename: String
    public var line: Int
    public var function: String
}

/// An instance of BaseException or a subclass. It is also the Swift error that
/// carries a raised Python exception up the Swift stack.
public final class PyException: PyObject, Error {
    public var args: [Value]
    /// Innermost frame last, as printed.
    public var traceback: [TracebackEntry] = []
    public var cause: PyException?
    public var context: PyException?
    public var suppressContext = false
    /// Set by the VM when a frame records its line, so each frame adds one entry.
    var tracebackFrames: [ObjectIdentifier] = []
    /// Set for SyntaxError raised by the compiler, for CPython-style reporting.
    public var syntaxInfo: SyntaxErrorInfo?

    public init(type: PyType, args: [Value]) {
        self.args = args
        super.init(type: type)
    }

    public convenience init(_ type: PyType, _ message: String) {
        self.init(type: type, args: [.str(message)])
    }

    public func isInstance(of t: PyType) -> Bool { type.isSubtype(of: t) }

    /// The first argument, which StopIteration carries as its `value`.
    public var firstArg: Value { args.first ?? Value.none }

    // Factories for the errors the runtime raises most.
    public static func typeError(_ m: String) -> PyException { PyException(BuiltinTypes.typeError, m) }
    public static func valueError(_ m: String) -> PyException { PyException(BuiltinTypes.valueError, m) }
    public static func indexError(_ m: String) -> PyException { PyException(BuiltinTypes.indexError, m) }
    public static func attributeError(_ m: String) -> PyException { PyException(BuiltinTypes.attributeError, m) }
    public static func nameError(_ m: String) -> PyException { PyException(BuiltinTypes.nameError, m) }
    public static func runtimeError(_ m: String) -> PyException { PyException(BuiltinTypes.runtimeError, m) }
    public static func zeroDivision(_ m: String) -> PyException { PyException(BuiltinTypes.zeroDivisionError, m) }
    public static func overflowError(_ m: String) -> PyException { PyException(BuiltinTypes.overflowError, m) }
    public static func keyError(_ key: Value) -> PyException { PyException(type: BuiltinTypes.keyError, args: [key]) }
    public static func stopIteration(_ value: Value? = nil) -> PyException {
        PyException(type: BuiltinTypes.stopIteration, args: value.map { [$0] } ?? [])
    }
    public static func recursionError() -> PyException {
        PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
    }
}
