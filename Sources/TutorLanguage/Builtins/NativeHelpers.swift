/// Conveniences for writing builtins in Swift.
extension PyBuiltinFunction {
    /// A builtin function for a module or builtins namespace.
    static func function(_ name: String, _ body: @escaping NativeFunction) -> Value {
        .object(PyBuiltinFunction(name: name, body))
    }
}

extension PyType {
    /// Installs a method implemented in Swift; `args[0]` is the receiver.
    func method(_ name: String, _ body: @escaping NativeFunction) {
        dict[name] = .object(PyBuiltinFunction(name: name, isMethod: true, ownerName: self.name, body))
    }

    func staticMethod(_ name: String, _ body: @escaping NativeFunction) {
        dict[name] = .object(PyStaticMethod(.object(PyBuiltinFunction(name: name, body))))
    }

    func classMethod(_ name: String, _ body: @escaping NativeFunction) {
        dict[name] = .object(PyClassMethod(.object(PyBuiltinFunction(name: name, body))))
    }

    /// Registers the Swift function that `TypeName(...)` calls.
    func setConstructor(_ body: @escaping NativeFunction) {
        PyType.constructors[ObjectIdentifier(self)] = body
    }
}

/// Argument checking with CPython's messages.
enum ArgCheck {
    static func count(_ name: String, _ args: [Value], _ kwargs: KeywordArguments, min: Int, max: Int,
                      keywords allowed: [String] = []) throws {
        if let bad = kwargs.first(where: { !allowed.contains($0.name) }) {
            if allowed.isEmpty { throw PyException.typeError("\(name)() takes no keyword arguments") }
            throw PyException.typeError("'\(bad.name)' is an invalid keyword argument for \(name)()")
        }
        if args.count < min || args.count > max {
            if min == max {
                if min == 0 { throw PyException.typeError("\(name)() takes no arguments (\(args.count) given)") }
                if min == 1 {
                    throw PyException.typeError("\(name)() takes exactly one argument (\(args.count) given)")
                }
                throw PyException.typeError("\(name) expected \(min) arguments, got \(args.count)")
            }
            if args.count < min {
                throw PyException.typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(args.count)")
            }
            throw PyException.typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(args.count)")
        }
    }

    /// For methods: the receiver is args[0] and is not counted in messages.
    static func method(_ name: String, _ args: [Value], _ kwargs: KeywordArguments, min: Int, max: Int,
                       keywords: [String] = []) throws {
        try count(name, Array(args.dropFirst()), kwargs, min: min, max: max, keywords: keywords)
    }

    static func keyword(_ kwargs: KeywordArguments, _ name: String) -> Value? {
        kwargs.first { $0.name == name }?.value
    }

    static func string(_ v: Value, _ context: @autoclosure () -> String) throws -> String {
        if case .object(let s as PyStr) = v { return s.value }
        throw PyException.typeError(context())
    }
}

extension Value {
    /// The receiver of a builtin method, checked to be of the expected Swift class.
    func receiver<T: PyObject>(_: T.Type, _ method: String, _ typeName: String) throws -> T {
        if case .object(let o as T) = self { return o }
        throw PyException.typeError(
            "descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(typeOf(self).name)' object")
    }
}
