extension ThreadState {
    /// Calling a class: `__new__` then `__init__`, as type.__call__ does.
    func instantiate(_ t: PyType, _ args: [Value], _ kwargs: KeywordArguments) throws -> Value {
        if t === BuiltinTypes.type && args.count == 1 && kwargs.isEmpty { return .object(typeOf(args[0])) }
        if t.isBuiltin, let ctor = t.constructor { return try ctor(self, args, kwargs) }
        let obj: Value
        if let newMethod = t.lookup("__new__"), !t.isBuiltinNew(newMethod) {
            let fn: Value
            if case .object(let s as PyStaticMethod) = newMethod { fn = s.function } else { fn = newMethod }
            obj = try call(fn, [.object(t)] + args, kwargs)
            guard typeOf(obj).isSubtype(of: t) else { return obj }
        } else {
            obj = try allocate(t, args)
        }
        if let initMethod = t.lookup("__init__"), !t.isDefaultInit(initMethod) {
            let r = try call(try bindIfNeeded(initMethod, obj), args, kwargs)
            if !r.isNone { throw PyException.typeError("__init__() should return None, not '\(typeOf(r).name)'") }
        } else if (!args.isEmpty || !kwargs.isEmpty) && t.solidBase.layout == .object && t.lookup("__new__").map({ t.isBuiltinNew($0) }) ?? true {
            throw PyException.typeError("\(t.name)() takes no arguments")
        }
        return obj
    }

    /// object.__new__ for a class: an instance with the layout of its builtin base.
    func allocate(_ t: PyType, _ args: [Value]) throws -> Value {
        switch t.solidBase.layout {
        case .exception: return .object(PyException(type: t, args: args))
        case .object:
            if t.solidBase === BuiltinTypes.property {
                return .object(PyProperty(getter: .none, setter: .none, deleter: .none, doc: .none, type: t))
            }
            return .object(PyInstance(type: t))
        case .sealed:
            throw PyException.typeError("cannot create '\(t.name)' instances")
        }
    }

    /// `__build_class__(body, name, *bases, **keywords)`: runs the class body and makes the class.
    func buildClass(_ args: [Value], _ kwargs: KeywordArguments) throws -> Value {
        guard args.count >= 2, case .object(let body as PyFunction) = args[0],
              case .object(let nameStr as PyStr) = args[1] else {
            throw PyException.typeError("__build_class__: not enough arguments")
        }
        let (bases, layout) = try Self.classBases(Array(args[2...]))
        for (k, v) in kwargs where k == "metaclass" {
            if case .object(let m as PyType) = v, m === BuiltinTypes.type { continue }
            throw PyException.typeError("custom metaclasses are not supported by the tutor")
        }
        let namespace = PyDict()
        let frame = Frame(code: body.code, globals: body.globals, builtins: interpreter.builtins,
                          locals: namespace, closure: body.closure)
        _ = try run(frame)
        let cls = try PyType(name: nameStr.value, bases: bases, metatype: BuiltinTypes.type, layout: layout,
                             isBuiltin: false)
        var classCell: PyCell?
        for (k, v) in namespace.entries {
            guard case .object(let ks as PyStr) = k else { continue }
            switch ks.value {
            case "__classcell__":
                if case .object(let c as PyCell) = v { classCell = c }
            case "__qualname__":
                if case .object(let q as PyStr) = v { cls.qualifiedName = q.value }
            case "__module__":
                if case .object(let m as PyStr) = v { cls.moduleName = m.value }
                cls.dict["__module__"] = v
            case "__new__":
                if case .object(let f as PyFunction) = v { cls.dict[ks.value] = .object(PyStaticMethod(.object(f))) } else {
                    cls.dict[ks.value] = v
                }
            case "__init_subclass__", "__class_getitem__":
                if case .object(let f as PyFunction) = v { cls.dict[ks.value] = .object(PyClassMethod(.object(f))) } else {
                    cls.dict[ks.value] = v
                }
            default:
                cls.dict[ks.value] = v
            }
        }
        if cls.dict["__eq__"] != nil && cls.dict["__hash__"] == nil { cls.dict["__hash__"] = Value.none }
        PyType.namespaceVersion &+= 1
        classCell?.contents = .object(cls)
        // __init_subclass__ of the nearest base that defines one.
        if let hook = bases.first?.lookup("__init_subclass__"), case .object(let c as PyClassMethod) = hook {
            _ = try call(c.function, [.object(cls)], kwargs.filter { $0.name != "metaclass" })
        }
        return .object(cls)
    }

    /// Checks a new class's bases (object when none) and picks the instance layout
    /// they share; class statements and three-argument type() both use it.
    static func classBases(_ values: [Value]) throws -> ([PyType], InstanceLayout) {
        var bases: [PyType] = []
        for b in values {
            guard case .object(let bt as PyType) = b else { throw PyException.typeError("bases must be types") }
            if bt.isBuiltin && !bt.isSubclassable {
                throw PyException.typeError("type '\(bt.name)' is not an acceptable base type")
            }
            bases.append(bt)
        }
        if bases.isEmpty { bases = [BuiltinTypes.object] }
        let layout: InstanceLayout = bases.contains { $0.solidBase.layout == .exception } ? .exception : .object
        if layout == .exception
            && bases.contains(where: { $0.solidBase.layout == .object && $0.solidBase !== BuiltinTypes.object }) {
            throw PyException.typeError("multiple bases have instance lay-out conflict")
        }
        return (bases, layout)
    }

    /// Zero-argument super(): the class from the `__class__` cell and the first argument.
    func makeSuper(_ args: [Value]) throws -> Value {
        let startAfter: PyType
        let receiver: Value
        if args.count == 2 {
            guard case .object(let t as PyType) = args[0] else {
                throw PyException.typeError("super() argument 1 must be a type, not \(typeOf(args[0]).name)")
            }
            startAfter = t
            receiver = args[1]
        } else if args.isEmpty {
            guard let f = currentFrame else { throw PyException.runtimeError("super(): no current frame") }
            let code = f.code
            guard let idx = code.freeNames.firstIndex(of: "__class__"),
                  case .object(let cls as PyType)? = f.cells[code.cellNames.count + idx].contents else {
                throw PyException.runtimeError("super(): __class__ cell not found")
            }
            guard code.argumentCount > 0 || code.flags.contains(.varArgs) else {
                throw PyException.runtimeError("super(): no arguments")
            }
            var first = f.fast[0]
            if let ci = code.cellNames.firstIndex(of: code.variableNames[0]) { first = f.cells[ci].contents }
            guard let r = first else { throw PyException.runtimeError("super(): arg[0] deleted") }
            startAfter = cls
            receiver = r
        } else {
            throw PyException.typeError("super() takes 0 or 2 arguments")
        }
        let receiverType: PyType
        if case .object(let t as PyType) = receiver, t.isSubtype(of: startAfter) { receiverType = t } else {
            receiverType = typeOf(receiver)
            guard receiverType.isSubtype(of: startAfter) else {
                throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type")
            }
        }
        return .object(PySuper(startAfter: startAfter, receiver: receiver, receiverType: receiverType))
    }

    func superAttribute(_ s: PySuper, _ name: String) throws -> Value? {
        let mro = s.receiverType.mro
        guard let start = mro.firstIndex(where: { $0 === s.startAfter }) else { return nil }
        for t in mro[(start + 1)...] {
            guard let attr = t.dict[name] else { continue }
            if case .object(let o) = attr {
                if let c = o as? PyClassMethod {
                    return .object(PyBoundMethod(function: c.function, receiver: .object(s.receiverType)))
                }
                if let st = o as? PyStaticMethod { return st.function }
                if case .object(let t as PyType) = s.receiver, t === s.receiverType, !(o is PyProperty) {
                    // super() inside a classmethod: functions stay unbound except __new__.
                    if name == "__new__" { return attr }
                    if o is PyFunction { return attr }
                }
            }
            return try bindIfNeeded(attr, s.receiver)
        }
        return nil
    }
}

extension PyType {
    /// Constructors of builtin types (int("3"), list(...), ...), keyed by type.
    nonisolated(unsafe) static var constructors: [ObjectIdentifier: NativeFunction] = [:]

    var constructor: NativeFunction? { PyType.constructors[ObjectIdentifier(self)] }

    func isBuiltinNew(_ v: Value) -> Bool {
        if case .object(let o) = v { return o is PyBuiltinFunction || (o as? PyStaticMethod)?.function.asObject is PyBuiltinFunction }
        return false
    }

    func isDefaultInit(_ v: Value) -> Bool {
        if case .object(let o as PyBuiltinFunction) = v { return o === BuiltinMethods.objectInit }
        return false
    }
}
