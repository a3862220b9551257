extension ThreadState {
    public func getAttribute(_ obj: Value, _ name: PyStr) throws -> Value {
        if let v = try findAttribute(obj, name) { return v }
        throw attributeMissing(obj, name.value)
    }

    public func getAttribute(_ obj: Value, _ name: String) throws -> Value {
        try getAttribute(obj, PyStr(name))
    }

    func attributeMissing(_ obj: Value, _ name: String) -> PyException {
        let e: PyException
        switch obj {
        case .object(let t as PyType):
            e = .attributeError("type object '\(t.name)' has no attribute '\(name)'")
        case .object(let m as PyModule):
            e = .attributeError("module '\(m.name)' has no attribute '\(name)'")
        default:
            e = .attributeError("'\(typeOf(obj).name)' object has no attribute '\(name)'")
        }
        let attrs = PyDict()
        attrs.setString("name", .str(name))
        attrs.setString("obj", obj)
        e.attributes = attrs
        return e
    }

    /// A module's attribute; a missing one is asked of the module's own
    /// `__getattr__` when it has one (PEP 562).
    private func moduleAttribute(_ m: PyModule, _ name: PyStr) throws -> Value? {
        if let v = m.dict.get(name) { return v }
        if name.value == "__dict__" { return .object(m.dict) }
        guard let hook = m.dict.get(SpecialNames.getattr) else { return nil }
        do {
            return try call(hook, [.object(name)])
        } catch let e as PyException where e.isInstance(of: BuiltinTypes.attributeError) {
            return nil
        }
    }

    /// getattr without raising AttributeError for a missing name (other errors propagate).
    public func findAttribute(_ obj: Value, _ name: PyStr) throws -> Value? {
        let t = typeOf(obj)
        if case .object(let o) = obj, t.isBuiltin || t.solidBase !== BuiltinTypes.object {
            // Classes, modules and super objects resolve attributes their own way.
            if let cls = o as? PyType { return try classAttribute(cls, name) }
            if let m = o as? PyModule { return try moduleAttribute(m, name) }
            if let s = o as? PySuper, let v = try superAttribute(s, name.value) { return v }
        }
        let attr = t.lookup(name)
        if let a = attr, case .object(let d) = a, d.type === BuiltinTypes.property || d is PyProperty {
            return try bindIfNeeded(a, obj)
        }
        if case .object(let o) = obj {
            if let dict = o.attributes, let v = dict.get(name) { return v }
            if t.isBuiltin || t.solidBase !== BuiltinTypes.object,
               let v = try BuiltinAttributes.attribute(of: o, name.value, ts: self) { return v }
        } else if let v = try BuiltinAttributes.scalarAttribute(obj, name.value) {
            return v
        }
        if let a = attr { return try bindIfNeeded(a, obj) }
        if name.value == "__class__" { return .object(t) }
        if name.value == "__dict__", case .object(let o) = obj, !t.isBuiltin {
            if o.attributes == nil { o.attributes = PyDict() }
            return .object(o.attributes!)
        }
        if !t.isBuiltin, let getattr = t.lookup(SpecialNames.getattr) {
            do {
                return try callDescriptor(getattr, obj, [.object(name)])
            } catch let e as PyException where e.isInstance(of: BuiltinTypes.attributeError) {
                throw e
            }
        }
        return nil
    }

    private func classAttribute(_ cls: PyType, _ name: PyStr) throws -> Value? {
        if let attr = cls.lookup(name) {
            if case .object(let o) = attr {
                if let c = o as? PyClassMethod { return .object(PyBoundMethod(function: c.function, receiver: .object(cls))) }
                if let s = o as? PyStaticMethod { return s.function }
            }
            return attr
        }
        switch name.value {
        case "__name__": return .str(cls.name)
        case "__qualname__": return .str(cls.qualifiedName)
        case "__module__": return .str(cls.moduleName)
        case "__mro__": return .tuple(cls.mro.map { .object($0) })
        case "__bases__": return .tuple(cls.bases.map { .object($0) })
        case "__base__": return cls.bases.first.map { .object($0) } ?? Value.none
        case "__class__": return .object(cls.type)
        case "__doc__": return Value.none
        case "__dict__":
            let d = PyDict()
            for (k, v) in cls.dict.sorted(by: { $0.key < $1.key }) { d.setString(k, v) }
            return .object(d)
        default: break
        }
        // Methods of the metatype, e.g. C.mro().
        if let m = cls.type.lookup(name) { return try bindIfNeeded(m, .object(cls)) }
        return nil
    }

    public func setAttribute(_ obj: Value, _ name: PyStr, _ value: Value) throws {
        guard case .object(let o) = obj else {
            throw PyException.attributeError("'\(typeOf(obj).name)' object has no attribute '\(name.value)'")
        }
        let t = o.type!
        if !t.isBuiltin && t.solidBase === BuiltinTypes.object {
            // The common case: an instance of a plain Python class.
            if let attr = t.lookup(name), case .object(let o) = attr, let p = o as? PyProperty {
                try setProperty(p, obj, name, value, t)
                return
            }
            if let setattr = t.lookup(SpecialNames.setattr), setattr.asObject !== BuiltinMethods.objectSetattr {
                _ = try callDescriptor(setattr, obj, [.object(name), value])
                return
            }
            if o.attributes == nil { o.attributes = PyDict() }
            o.attributes!.set(name, value)
            return
        }
        if let cls = o as? PyType {
            if cls.isBuiltin {
                throw PyException.typeError("cannot set '\(name.value)' attribute of immutable type '\(cls.name)'")
            }
            cls.setAttribute(name.value, value)
            return
        }
        if let m = o as? PyModule {
            m.dict.set(name, value)
            return
        }
        if let attr = t.lookup(name), case .object(let p as PyProperty) = attr {
            try setProperty(p, obj, name, value, t)
            return
        }
        if !t.isBuiltin, let setattr = t.lookup(SpecialNames.setattr), setattr.asObject !== BuiltinMethods.objectSetattr {
            _ = try callDescriptor(setattr, obj, [.object(name), value])
            return
        }
        try storeInstanceAttribute(o, name, value)
    }

    private func setProperty(_ p: PyProperty, _ obj: Value, _ name: PyStr, _ value: Value, _ t: PyType) throws {
        if case .none = p.setter {
            throw PyException.attributeError("property '\(name.value)' of '\(t.name)' object has no setter")
        }
        _ = try call(p.setter, [obj, value], [])
    }

    /// object.__setattr__: store in the instance dict, if the object has one.
    func storeInstanceAttribute(_ o: PyObject, _ name: PyStr, _ value: Value) throws {
        let t = o.type!
        if t.isBuiltin && !(o is PyFunction) && !(o is PyException) && t !== BuiltinTypes.object {
            if try BuiltinAttributes.attribute(of: o, name.value, ts: self) != nil || t.lookup(name) != nil {
                throw PyException.attributeError(
                    "'\(t.name)' object attribute '\(name.value)' is read-only")
            }
            throw PyException.attributeError("'\(t.name)' object has no attribute '\(name.value)'")
        }
        if let e = o as? PyException, try BuiltinAttributes.setExceptionAttribute(e, name.value, value) { return }
        if o.attributes == nil { o.attributes = PyDict() }
        o.attributes?.set(name, value)
    }

    public func deleteAttribute(_ obj: Value, _ name: PyStr) throws {
        guard case .object(let o) = obj else {
            throw PyException.attributeError("'\(typeOf(obj).name)' object has no attribute '\(name.value)'")
        }
        if let cls = o as? PyType {
            if cls.isBuiltin || !cls.removeAttribute(name.value) {
                throw PyException.attributeError("type object '\(cls.name)' has no attribute '\(name.value)'")
            }
            return
        }
        if let m = o as? PyModule {
            if try m.dict.remove(.object(name)) == nil { throw attributeMissing(obj, name.value) }
            return
        }
        let t = o.type!
        if let attr = t.lookup(name), case .object(let p as PyProperty) = attr {
            if case .none = p.deleter {
                throw PyException.attributeError("property '\(name.value)' of '\(t.name)' object has no deleter")
            }
            _ = try call(p.deleter, [obj], [])
            return
        }
        if !t.isBuiltin, let delattr = t.lookup(SpecialNames.delattr), delattr.asObject !== BuiltinMethods.objectDelattr {
            _ = try callDescriptor(delattr, obj, [.object(name)])
            return
        }
        guard let d = o.attributes, try d.remove(.object(name)) != nil else {
            throw attributeMissing(obj, name.value)
        }
    }

    /// For LOAD_METHOD: the plain function `name` on the object's type, when the
    /// instance does not shadow it, so the call needs no bound-method object.
    func lookupMethod(_ obj: Value, _ name: PyStr) throws -> Value? {
        let t = typeOf(obj)
        if case .object(let o) = obj {
            if t.isBuiltin && (o is PyType || o is PyModule || o is PySuper) { return nil }
            guard let attr = t.lookup(name) else { return nil }
            guard case .object(let m) = attr else { return nil }
            if m.type === BuiltinTypes.function
                || (m.type === BuiltinTypes.methodDescriptor && (m as? PyBuiltinFunction)?.receiver == nil) {
                if let d = o.attributes, d.get(name) != nil { return nil }
                return attr
            }
            return nil
        }
        guard let attr = t.lookup(name), case .object(let m as PyBuiltinFunction) = attr,
              m.isMethod, m.receiver == nil else { return nil }
        return attr
    }
}

/// Special-method names looked up on hot paths, interned once.
enum SpecialNames {
    static let setattr = PyStr.interned("__setattr__")
    static let delattr = PyStr.interned("__delattr__")
    static let getattr = PyStr.interned("__getattr__")
}
