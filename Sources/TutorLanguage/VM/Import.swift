extension ThreadState {
    /// `import name`: only modules the tutor provides exist; there is no file system import.
    func importModule(_ name: String, fromList: Value, level: Value, frame: Frame) throws -> Value {
        if case .int(let l) = level, l > 0 {
            throw PyException(BuiltinTypes.importError, "attempted relative import with no known parent package")
        }
        let parts = name.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { throw PyException.valueError("Empty module name") }
        var top: PyModule?
        var leaf: PyModule?
        for i in 0..<parts.count {
            let full = parts[0...i].joined(separator: ".")
            let m = try loadModule(full)
            if i == 0 { top = m }
            if i > 0, let parent = leaf { parent.dict.setString(parts[i], .object(m)) }
            leaf = m
        }
        if case .none = fromList { return .object(top!) }
        return .object(leaf!)
    }

    public func loadModule(_ name: String) throws -> PyModule {
        if let m = interpreter.modules[name] { return m }
        guard let factory = interpreter.moduleFactories[name] else {
            let e = PyException(BuiltinTypes.moduleNotFoundError, "No module named '\(name)'")
            let attrs = PyDict()
            attrs.setString("name", .str(name))
            e.attributes = attrs
            throw e
        }
        let m = try factory(self)
        interpreter.modules[name] = m
        return m
    }

    func importFrom(_ module: Value, _ name: String) throws -> Value {
        if case .object(let m as PyModule) = module {
            if let v = m.dict.getString(name) { return v }
            if let sub = try? loadModule(m.name + "." + name) {
                m.dict.setString(name, .object(sub))
                return .object(sub)
            }
            if let v = try findAttribute(module, PyStr(name)) { return v }
            var location = "unknown location"
            if case .object(let f as PyStr)? = m.dict.getString("__file__") { location = f.value }
            throw PyException(BuiltinTypes.importError, "cannot import name '\(name)' from '\(m.name)' (\(location))")
        }
        return try getAttribute(module, name)
    }

    func importStar(_ module: Value, into target: PyDict) throws {
        guard case .object(let m as PyModule) = module else { return }
        if let all = m.dict.getString("__all__") {
            for n in try iterateToArray(all) {
                guard case .object(let s as PyStr) = n else { continue }
                target.set(s, try importFrom(module, s.value))
            }
            return
        }
        for (k, v) in m.dict.entries {
            if case .object(let s as PyStr) = k, !s.value.hasPrefix("_") { target.set(s, v) }
        }
    }
}
