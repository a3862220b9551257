/// A function defined in Python.
public final class PyFunction: PyObject {
    public let code: CodeObject
    public let globals: PyDict
    public var name: String
    public var qualifiedName: String
    public var defaults: [Value]
    public var keywordDefaults: [String: Value]
    public let closure: [PyCell]
    public var doc: Value = .none
    public var moduleName: Value

    init(code: CodeObject, globals: PyDict, qualifiedName: String, defaults: [Value],
         keywordDefaults: [String: Value], closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.name = code.name
        self.qualifiedName = qualifiedName
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.moduleName = globals.getString("__name__") ?? Value.none
        super.init(type: BuiltinTypes.function)
    }

    /// A plain function: positional parameters only, no defaults needed, not a generator,
    /// so a call can copy its arguments straight into the new frame.
    lazy var isSimple: Bool = {
        code.keywordOnlyCount == 0 && !code.flags.contains(.varArgs) && !code.flags.contains(.varKeywords)
            && !code.isGenerator && !code.isCoroutine && !code.isAsyncGenerator
    }()
}

public typealias KeywordArguments = [(name: String, value: Value)]

/// The Swift signature of every builtin: the calling thread, positional and keyword arguments.
public typealias NativeFunction = (_ ts: ThreadState, _ args: [Value], _ kwargs: KeywordArguments) throws -> Value

/// A function implemented in Swift. When stored in a class it acts as a method:
/// attribute access binds the instance as the first argument.
public final class PyBuiltinFunction: PyObject {
    public let name: String
    public let body: NativeFunction
    /// Bound builtins (e.g. `[].append`) carry their receiver.
    public let receiver: Value?
    public let isMethod: Bool
    /// For `__repr__`: "built-in method append of list object".
    public let ownerName: String?

    public init(name: String, isMethod: Bool = false, ownerName: String? = nil, receiver: Value? = nil,
                _ body: @escaping NativeFunction) {
        self.name = name
        self.body = body
        self.receiver = receiver
        self.isMethod = isMethod
        self.ownerName = ownerName
        super.init(type: isMethod && receiver == nil ? BuiltinTypes.methodDescriptor : BuiltinTypes.builtinFunction)
    }

    func bound(to obj: Value) -> PyBuiltinFunction {
        PyBuiltinFunction(name: name, isMethod: true, ownerName: ownerName, receiver: obj, body)
    }
}

/// A function bound to an instance (`obj.method`).
public final class PyBoundMethod: PyObject {
    public let function: Value
    public let receiver: Value
    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: BuiltinTypes.method)
    }
}

public final class PyStaticMethod: PyObject {
    public let function: Value
    public init(_ function: Value) {
        self.function = function
        super.init(type: BuiltinTypes.staticmethod)
    }
}

public final class PyClassMethod: PyObject {
    public let function: Value
    public init(_ function: Value) {
        self.function = function
        super.init(type: BuiltinTypes.classmethod)
    }
}

public final class PyProperty: PyObject {
    public var getter: Value
    public var setter: Value
    public var deleter: Value
    public var doc: Value
    public init(getter: Value, setter: Value, deleter: Value, doc: Value, type: PyType = BuiltinTypes.property) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(type: type)
    }
}

public final class PySuper: PyObject {
    public let startAfter: PyType
    public let receiver: Value
    /// The type the lookup walks: the receiver's class, or the receiver itself for classmethods.
    public let receiverType: PyType
    public init(startAfter: PyType, receiver: Value, receiverType: PyType) {
        self.startAfter = startAfter
        self.receiver = receiver
        self.receiverType = receiverType
        super.init(type: BuiltinTypes.superType)
    }
}
