/// Attributes of builtin objects that are computed from their Swift state
/// rather than stored in a `__dict__`.
enum BuiltinAttributes {
    static func attribute(of o: PyObject, _ name: String, ts: ThreadState) throws -> Value? {
        switch o {
        case let f as PyFunction:
            switch name {
            case "__name__": return .str(f.name)
            case "__qualname__": return .str(f.qualifiedName)
            case "__module__": return f.moduleName
            case "__doc__": return f.doc
            case "__defaults__": return f.defaults.isEmpty ? Value.none : .tuple(f.defaults)
            case "__kwdefaults__":
                if f.keywordDefaults.isEmpty { return Value.none }
                return .object(PyDict(f.keywordDefaults.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
            case "__globals__": return .object(f.globals)
            case "__closure__": return f.closure.isEmpty ? Value.none : .tuple(f.closure.map { .object($0) })
            case "__code__": return .object(f.code)
            case "__dict__":
                if f.attributes == nil { f.attributes = PyDict() }
                return .object(f.attributes!)
            default: return nil
            }
        case let b as PyBuiltinFunction:
            switch name {
            case "__name__", "__qualname__": return .str(b.name)
            case "__self__": return b.receiver ?? Value.none
            case "__doc__": return Value.none
            default: return nil
            }
        case let m as PyBoundMethod:
            switch name {
            case "__self__": return m.receiver
            case "__func__": return m.function
            case "__name__", "__qualname__", "__doc__", "__module__":
                return try ts.getAttribute(m.function, name)
            default: return nil
            }
        case let e as PyException:
            switch name {
            case "args": return .tuple(e.args)
            case "__cause__": return e.cause.map { .object($0) } ?? Value.none
            case "__context__": return e.context.map { .object($0) } ?? Value.none
            case "__suppress_context__": return .bool(e.suppressContext)
            case "__traceback__": return ts.tracebackObject(e)
            case "value" where e.isInstance(of: BuiltinTypes.stopIteration): return e.firstArg
            case "code" where e.isInstance(of: BuiltinTypes.systemExit):
                return e.args.count == 1 ? e.args[0] : e.args.isEmpty ? .none : .tuple(e.args)
            case "__dict__":
                if e.attributes == nil { e.attributes = PyDict() }
                return .object(e.attributes!)
            default: return nil
            }
        case let g as PyGenerator:
            switch name {
            case "__name__": return .str(g.name)
            case "__qualname__": return .str(g.qualifiedName)
            case "gi_running", "cr_running": return .bool(g.state == .running)
            case "gi_frame", "cr_frame": return g.state == .finished ? Value.none : .object(PyFrameObject(g.frame))
            case "gi_code", "cr_code": return .object(g.frame.code)
            case "gi_yieldfrom", "cr_await": return Value.none
            default: return nil
            }
        case let s as PySlice:
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: return nil
            }
        case let r as PyRange:
            switch name {
            case "start": return .int(r.start)
            case "stop": return .int(r.stop)
            case "step": return .int(r.step)
            default: return nil
            }
        case let p as PyProperty:
            switch name {
            case "fget": return p.getter
            case "fset": return p.setter
            case "fdel": return p.deleter
            case "__doc__": return p.doc
            default: return nil
            }
        case let s as PyStaticMethod:
            return name == "__func__" ? s.function : nil
        case let c as PyClassMethod:
            return name == "__func__" ? c.function : nil
        case let c as PyCell:
            if name == "cell_contents" {
                guard let v = c.contents else { throw PyException.valueError("Cell is empty") }
                return v
            }
            return nil
        case let code as CodeObject:
            switch name {
            case "co_name": return .str(code.name)
            case "co_filename": return .str(code.filename)
            case "co_firstlineno": return .int(code.firstLine)
            case "co_varnames": return .tuple(code.variableNames.map { .str($0) })
            case "co_argcount": return .int(code.argumentCount)
            default: return nil
            }
        case let b as PyBigInt:
            switch name {
            case "real", "numerator": return .object(b)
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: return nil
            }
        case let tb as PyTracebackObject:
            switch name {
            case "tb_lineno": return .int(tb.exception.traceback.last?.line ?? 0)
            case "tb_next": return Value.none
            default: return nil
            }
        case let f as PyFrameObject:
            switch name {
            case "f_lineno": return .int(f.frame.currentLine)
            case "f_code": return .object(f.frame.code)
            case "f_globals": return .object(f.frame.globals)
            case "f_locals": return .object(f.frame.localsDict ?? PyDict())
            default: return nil
            }
        default:
            if name == "__dict__", !o.type.isBuiltin {
                if o.attributes == nil { o.attributes = PyDict() }
                return .object(o.attributes!)
            }
            return nil
        }
    }

    /// Attributes of unboxed values (ints, floats, bools, None).
    static func scalarAttribute(_ v: Value, _ name: String) throws -> Value? {
        switch (v, name) {
        case (.int, "real"), (.int, "numerator"): return v
        case (.int, "imag"): return .int(0)
        case (.int, "denominator"): return .int(1)
        case (.bool(let b), "real"), (.bool(let b), "numerator"): return .int(b ? 1 : 0)
        case (.bool, "imag"): return .int(0)
        case (.bool, "denominator"): return .int(1)
        case (.float, "real"): return v
        case (.float, "imag"): return .float(0)
        default: return nil
        }
    }

    static func setExceptionAttribute(_ e: PyException, _ name: String, _ value: Value) throws -> Bool {
        switch name {
        case "args":
            guard case .object(let t as PyTuple) = value else {
                e.args = [value]
                return true
            }
            e.args = t.items
        case "__cause__":
            if case .object(let c as PyException) = value { e.cause = c } else if case .none = value { e.cause = nil } else {
                throw PyException.typeError("exception cause must be None or derive from BaseException")
            }
            e.suppressContext = true
        case "__context__":
            if case .object(let c as PyException) = value { e.context = c } else if case .none = value { e.context = nil } else {
                throw PyException.typeError("exception context must be None or derive from BaseException")
            }
        case "__suppress_context__":
            guard case .bool(let b) = value else { return false }
            e.suppressContext = b
        case "__traceback__":
            if case .none = value { e.traceback = []; e.tracebackFrames = [] }
        default:
            return false
        }
        return true
    }
}

/// A frame as a Python object (`generator.gi_frame`, `sys._getframe()`).
public final class PyFrameObject: PyObject {
    public let frame: Frame
    init(_ frame: Frame) {
        self.frame = frame
        super.init(type: BuiltinTypes.frame)
    }
}
