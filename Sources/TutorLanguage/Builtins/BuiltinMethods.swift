/// Installs the methods of builtin types once per process (the types are shared).
enum BuiltinMethods {
    private static let once: Void = {
        installObjectMethods()
        installTypeMethods()
        installExceptionMethods()
        installGeneratorMethods()
        installPropertyMethods()
        StrMethods.install()
        ListMethods.install()
        TupleMethods.install()
        DictMethods.install()
        SetMethods.install()
        NumberMethods.install()
        BytesMethods.install()
        RangeMethods.install()
        PyType.namespaceVersion &+= 1
    }()

    static func installOnce() { _ = once }

    static let objectInit = PyBuiltinFunction(name: "__init__", isMethod: true, ownerName: "object") { _, args, kw in
        if args.count > 1 || !kw.isEmpty {
            let t = args.first.map(typeOf)
            if let t = t, t.lookup("__new__").map({ t.isBuiltinNew($0) }) ?? true {
                throw PyException.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
            }
        }
        return .none
    }

    private static func installObjectMethods() {
        let o = BuiltinTypes.object
        o.dict["__init__"] = .object(objectInit)
        o.staticMethod("__new__") { ts, args, _ in
            guard case .object(let t as PyType)? = args.first else {
                throw PyException.typeError("object.__new__(X): X is not a type object")
            }
            return try ts.allocate(t, [])
        }
        o.method("__eq__") { _, args, _ in
            args.count == 2 && args[0].isIdentical(to: args[1]) ? .bool(true) : .object(Singletons.notImplemented)
        }
        o.method("__ne__") { ts, args, _ in
            guard args.count == 2 else { return .object(Singletons.notImplemented) }
            let eq = try ts.richCompare(args[0], args[1], .equal)
            if ts.isNotImplemented(eq) { return eq }
            return .bool(!(try ts.isTrue(eq)))
        }
        o.method("__hash__") { _, args, _ in
            guard case .object(let obj)? = args.first else { return .int(try Hashing.hash(args[0])) }
            return .int(Hashing.identityHash(obj))
        }
        o.method("__repr__") { _, args, _ in
            guard case .object(let obj)? = args.first else { return .str("") }
            let t = obj.type!
            let prefix = t.moduleName == "builtins" ? t.qualifiedName : "\(t.moduleName).\(t.qualifiedName)"
            return .str("<\(prefix) object at \(ThreadState.address(obj))>")
        }
        o.method("__str__") { ts, args, _ in .str(try ts.repr(args[0])) }
        o.method("__format__") { ts, args, _ in
            try ArgCheck.method("__format__", args, [], min: 1, max: 1)
            if case .object(let s as PyStr) = args[1], s.value.isEmpty { return .str(try ts.str(args[0])) }
            throw PyException.typeError("unsupported format string passed to \(typeOf(args[0]).name).__format__")
        }
        o.method("__setattr__") { ts, args, _ in
            try ArgCheck.method("__setattr__", args, [], min: 2, max: 2)
            guard case .object(let obj) = args[0], case .object(let n as PyStr) = args[1] else {
                throw PyException.typeError("attribute name must be string")
            }
            try ts.storeInstanceAttribute(obj, n, args[2])
            return .none
        }
        o.method("__getattribute__") { ts, args, _ in
            try ArgCheck.method("__getattribute__", args, [], min: 1, max: 1)
            guard case .object(let n as PyStr) = args[1] else { throw PyException.typeError("attribute name must be string") }
            return try ts.getAttribute(args[0], n)
        }
        o.method("__delattr__") { ts, args, _ in
            try ArgCheck.method("__delattr__", args, [], min: 1, max: 1)
            guard case .object(let obj) = args[0], case .object(let n as PyStr) = args[1] else {
                throw PyException.typeError("attribute name must be string")
            }
            guard let d = obj.attributes, try d.remove(.object(n)) != nil else {
                throw ts.attributeMissing(args[0], n.value)
            }
            return .none
        }
        o.classMethod("__init_subclass__") { _, _, _ in .none }
        objectSetattr = o.dict["__setattr__"]?.asObject
        objectDelattr = o.dict["__delattr__"]?.asObject
    }

    nonisolated(unsafe) static var objectSetattr: PyObject?
    nonisolated(unsafe) static var objectDelattr: PyObject?

    private static func installTypeMethods() {
        let t = BuiltinTypes.type
        t.method("mro") { _, args, _ in
            guard case .object(let c as PyType)? = args.first else { throw PyException.typeError("mro() needs a type") }
            return .list(c.mro.map { .object($0) })
        }
        t.method("__subclasses__") { _, _, _ in .list([]) }
    }

    private static func installExceptionMethods() {
        let e = BuiltinTypes.baseException
        e.method("__init__") { _, args, _ in
            if case .object(let exc as PyException)? = args.first { exc.args = Array(args.dropFirst()) }
            return .none
        }
        e.method("__str__") { ts, args, _ in
            guard case .object(let exc as PyException)? = args.first else { return .str("") }
            return .str(try ts.exceptionString(exc))
        }
        e.method("__repr__") { ts, args, _ in
            guard case .object(let exc as PyException)? = args.first else { return .str("") }
            let name = exc.type.name
            if exc.args.count == 1 { return .str("\(name)(\(try ts.repr(exc.args[0])))") }
            return .str(name + (try ts.repr(.tuple(exc.args))))
        }
        e.method("with_traceback") { _, args, _ in args[0] }
        e.method("add_note") { _, args, _ in
            try ArgCheck.method("add_note", args, [], min: 1, max: 1)
            guard case .object(let exc as PyException) = args[0] else { return .none }
            if exc.attributes == nil { exc.attributes = PyDict() }
            let notes: PyList
            if case .object(let l as PyList)? = exc.attributes?.getString("__notes__") { notes = l } else {
                notes = PyList()
                exc.attributes?.setString("__notes__", .object(notes))
            }
            notes.items.append(args[1])
            return .none
        }
    }

    private static func installGeneratorMethods() {
        for t in [BuiltinTypes.generator, BuiltinTypes.coroutine] {
            t.method("send") { ts, args, _ in
                try ArgCheck.method("send", args, [], min: 1, max: 1)
                let g = try args[0].receiver(PyGenerator.self, "send", t.name)
                switch try ts.resume(g, sending: args[1]) {
                case .yielded(let v): return v
                case .returned(let r): throw PyException.stopIteration(r.isNone ? nil : r)
                }
            }
            t.method("throw") { ts, args, _ in
                try ArgCheck.method("throw", args, [], min: 1, max: 3)
                let g = try args[0].receiver(PyGenerator.self, "throw", t.name)
                var exc = try ts.makeException(args[1], forCause: false)
                if args.count > 2, !args[2].isNone, case .object(let pt as PyType) = args[1] {
                    exc = try ts.makeException(try ts.call(.object(pt), [args[2]], []), forCause: false)
                }
                switch try ts.resume(g, sending: .none, throwing: exc) {
                case .yielded(let v): return v
                case .returned(let r): throw PyException.stopIteration(r.isNone ? nil : r)
                }
            }
            t.method("close") { ts, args, _ in
                let g = try args[0].receiver(PyGenerator.self, "close", t.name)
                try ts.close(g)
                return .none
            }
        }
        let g = BuiltinTypes.generator
        g.method("__next__") { ts, args, _ in
            let gen = try args[0].receiver(PyGenerator.self, "__next__", "generator")
            switch try ts.resume(gen, sending: .none) {
            case .yielded(let v): return v
            case .returned(let r): throw PyException.stopIteration(r.isNone ? nil : r)
            }
        }
        g.method("__iter__") { _, args, _ in args[0] }
        BuiltinTypes.coroutine.method("__await__") { _, args, _ in args[0] }
        for it in [BuiltinTypes.listIterator, BuiltinTypes.tupleIterator, BuiltinTypes.rangeIterator,
                   BuiltinTypes.strIterator, BuiltinTypes.dictKeyIterator, BuiltinTypes.dictValueIterator,
                   BuiltinTypes.dictItemIterator, BuiltinTypes.setIterator, BuiltinTypes.callableIterator,
                   BuiltinTypes.iterator, BuiltinTypes.enumerate, BuiltinTypes.zip, BuiltinTypes.map,
                   BuiltinTypes.filter, BuiltinTypes.reversed] {
            it.method("__next__") { ts, args, _ in
                if let v = try ts.iterateNext(args[0]) { return v }
                throw PyException.stopIteration()
            }
            it.method("__iter__") { _, args, _ in args[0] }
        }
    }

    private static func installPropertyMethods() {
        let p = BuiltinTypes.property
        func copy(_ args: [Value], _ change: (PyProperty) -> Void) throws -> Value {
            let old = try args[0].receiver(PyProperty.self, "property", "property")
            let n = PyProperty(getter: old.getter, setter: old.setter, deleter: old.deleter, doc: old.doc, type: old.type)
            change(n)
            return .object(n)
        }
        p.method("getter") { _, args, _ in try copy(args) { $0.getter = args[1] } }
        p.method("setter") { _, args, _ in try copy(args) { $0.setter = args[1] } }
        p.method("deleter") { _, args, _ in try copy(args) { $0.deleter = args[1] } }
        p.method("__get__") { ts, args, _ in
            let prop = try args[0].receiver(PyProperty.self, "__get__", "property")
            guard args.count > 1, !args[1].isNone else { return args[0] }
            return try ts.call(prop.getter, [args[1]], [])
        }
    }
}
