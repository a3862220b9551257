import Glibc

extension ThreadState {
    /// `import name`: only modules the tutor provides exist, plus `.py` files beside
    /// the main program (`Interpreter.moduleSearchDirectory`).
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
            if let m = try loadSiblingModule(name) { return m }
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

extension ThreadState {
    /// `import helper` finds `helper.py` in the main program's folder, as CPython
    /// does through `sys.path[0]`. Only a plain name is looked up, so no path can
    /// leave that folder, and only Python source is read.
    func loadSiblingModule(_ name: String) throws -> PyModule? {
        guard let directory = interpreter.moduleSearchDirectory, !name.isEmpty,
              name.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 95 }),
              let first = name.utf8.first, !(first >= 48 && first <= 57) else { return nil }
        let path = directory.isEmpty ? name + ".py" : directory + "/" + name + ".py"
        guard let source = SourceFile.read(path) else { return nil }
        let module = PyModule(name: name)
        module.dict.setString("__file__", .str(path))
        module.dict.setString("__builtins__", .object(interpreter.builtinsModule))
        interpreter.modules[name] = module
        do {
            let code = try interpreter.compile(source, filename: path)
            _ = try run(Frame(code: code, globals: module.dict, builtins: interpreter.builtins, locals: module.dict, closure: []))
        } catch {
            interpreter.modules[name] = nil
            throw error
        }
        return module
    }
}

/// Reads a whole text file (UTF-8), or nil when it cannot be opened.
public enum SourceFile {
    public static func read(_ path: String) -> String? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count {
                if ferror(f) != 0 { return nil }
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
