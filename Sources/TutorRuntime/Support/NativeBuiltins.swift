import TutorLanguage

/// Conveniences for the runtime's objects implemented in Swift (the language
/// target's own helpers are internal to it).
extension PyType {
    /// A type whose instances are Swift objects of the runtime. It is declared
    /// non-builtin only so that the interpreter honours the `__repr__` in its dict
    /// (it prints builtin types' instances itself); Python code cannot subclass it
    /// usefully and should not try.
    static func runtimeType(_ name: String, module: String) -> PyType {
        // The hierarchy (a single base, object) is always valid.
        // swiftlint:disable:next force_try
        let t = try! PyType(name: name, bases: [BuiltinTypes.object], metatype: BuiltinTypes.type, layout: .sealed,
                            isBuiltin: false, isSubclassable: false, moduleName: module)
        // Like builtin instances, these have no attribute dict.
        t.defineMethod("__setattr__") { _, args, _ in
            let attribute = args.count > 1 ? ((args[1].asObject as? PyStr)?.value ?? "?") : "?"
            throw PyException.attributeError("'\(module).\(name)' object has no attribute '\(attribute)'")
        }
        return t
    }

    /// Installs a method; `args[0]` is the receiver.
    func defineMethod(_ name: String, _ body: @escaping NativeFunction) {
        dict[name] = .object(PyBuiltinFunction(name: name, isMethod: true, ownerName: self.name, body))
    }
}

/// A module-level builtin function.
func builtinFunction(_ name: String, _ body: @escaping NativeFunction) -> Value {
    .object(PyBuiltinFunction(name: name, body))
}

extension PyModule {
    func define(_ name: String, _ body: @escaping NativeFunction) {
        dict.setString(name, builtinFunction(name, body))
    }
}

/// Binding arguments of Swift builtins to parameter names, with CPython's messages.
enum Arguments {
    /// Returns one slot per name: positional arguments first, then keywords.
    static func bind(_ function: String, _ args: ArraySlice<Value>, _ kwargs: KeywordArguments,
                     names: [String], required: Int = 0) throws -> [Value?] {
        if args.count > names.count {
            if names.isEmpty { throw PyException.typeError("\(function)() takes no arguments (\(args.count) given)") }
            throw PyException.typeError("\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(args.count) given)")
        }
        var slots = [Value?](repeating: nil, count: names.count)
        for (i, v) in args.enumerated() { slots[i] = v }
        for (name, value) in kwargs {
            guard let i = names.firstIndex(of: name) else {
                throw PyException.typeError("'\(name)' is an invalid keyword argument for \(function)()")
            }
            if slots[i] != nil {
                throw PyException.typeError("argument for \(function)() given by name ('\(name)') and position (\(i + 1))")
            }
            slots[i] = value
        }
        for i in 0..<required where slots[i] == nil {
            throw PyException.typeError("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return slots
    }

    /// For functions that take exactly `count` positional arguments and no keywords.
    static func exactly(_ count: Int, _ function: String, _ args: ArraySlice<Value>, _ kwargs: KeywordArguments) throws {
        if !kwargs.isEmpty { throw PyException.typeError("\(function)() takes no keyword arguments") }
        guard args.count != count else { return }
        switch count {
        case 0: throw PyException.typeError("\(function)() takes no arguments (\(args.count) given)")
        case 1: throw PyException.typeError("\(function)() takes exactly one argument (\(args.count) given)")
        default: throw PyException.typeError("\(function)() takes exactly \(count) arguments (\(args.count) given)")
        }
    }
}

/// Conversions of time values, with CPython's messages.
enum TimeValue {
    /// The largest timeout a blocking call accepts (`threading.TIMEOUT_MAX`).
    static let timeoutMax = 9223372036.0

    /// A number of seconds: int, bool or float, as `time.sleep` and `acquire` accept,
    /// limited (like CPython's nanosecond clock type) to about 292 years.
    static func seconds(_ v: Value) throws -> Double {
        switch v {
        case .int(let i):
            if i.magnitude > 9_223_372_036 { throw tooLarge }
            return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            if d.isNaN { throw PyException.valueError("Invalid value NaN (not a number)") }
            if !((d * 1e9).magnitude < 9.223372036854775807e18) {
                throw PyException.overflowError("timestamp out of range for platform time_t")
            }
            return d
        case .object(_ as PyBigInt): throw tooLarge
        default:
            throw PyException.typeError("'\(typeOf(v).name)' object cannot be interpreted as an integer")
        }
    }

    private static var tooLarge: PyException {
        PyException.overflowError("timestamp too large to convert to C _PyTime_t")
    }

    /// An integer flag such as `blocking`, as CPython's "p"/"i" converters read it.
    static func flag(_ ts: ThreadState, _ v: Value) throws -> Bool {
        if case .float = v { throw PyException.typeError("'float' object cannot be interpreted as an integer") }
        return try ts.index(v) != 0
    }
}

/// The receiver of a method implemented in Swift, checked like CPython's descriptors.
func receiver<T: PyObject>(_ args: [Value], _: T.Type, _ method: String, _ typeName: String) throws -> T {
    guard let first = args.first else {
        throw PyException.typeError("descriptor '\(method)' of '\(typeName)' object needs an argument")
    }
    if case .object(let o as T) = first { return o }
    throw PyException.typeError(
        "descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(typeOf(first).name)' object")
}

/// The address shown in default reprs, as `id()` reports it.
func objectAddress(_ o: PyObject) -> String {
    let digits = String(UInt(bitPattern: ThreadState.identity(of: o)), radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
}
