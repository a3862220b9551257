import Atomics
import BigInt
import Glibc

extension ThreadState {
    // MARK: str and repr

    public func str(_ v: Value) throws -> String {
        switch v {
        case .object(let o):
            switch o {
            case let s as PyStr: return s.value
            case let e as PyException where o.type.isBuiltin || o.type.lookup("__str__") == nil:
                return try exceptionString(e)
            default:
                let t = o.type!
                if !t.isBuiltin, let m = t.lookup("__str__") {
                    let r = try callDescriptor(m, v, [])
                    guard case .object(let s as PyStr) = r else {
                        throw PyException.typeError("__str__ returned non-string (type \(typeOf(r).name))")
                    }
                    return s.value
                }
                return try repr(v)
            }
        case .float(let d): return pythonFloatStr(d)
        default: return try repr(v)
        }
    }

    func exceptionString(_ e: PyException) throws -> String {
        if e.isInstance(of: BuiltinTypes.keyError) && e.args.count == 1 { return try repr(e.args[0]) }
        switch e.args.count {
        case 0: return ""
        case 1: return try str(e.args[0])
        default: return try repr(.tuple(e.args))
        }
    }

    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pythonFloatRepr(d)
        case .object(let o): return try reprObject(o, v)
        }
    }

    private func reprObject(_ o: PyObject, _ v: Value) throws -> String {
        let t = o.type!
        if !t.isBuiltin || t === BuiltinTypes.property, let m = t.lookup("__repr__") {
            let r = try callDescriptor(m, v, [])
            guard case .object(let s as PyStr) = r else {
                throw PyException.typeError("__repr__ returned non-string (type \(typeOf(r).name))")
            }
            return s.value
        }
        switch o {
        case let s as PyStr: return Self.quote(s.value)
        case let b as PyBigInt: return b.value.description
        case let l as PyList: return try guarded(o, "[...]") { "[" + (try l.items.map(repr).joined(separator: ", ")) + "]" }
        case let t as PyTuple:
            if t.items.count == 1 { return try guarded(o, "(...)") { "(" + (try repr(t.items[0])) + ",)" } }
            return try guarded(o, "(...)") { "(" + (try t.items.map(repr).joined(separator: ", ")) + ")" }
        case let d as PyDict:
            return try guarded(o, "{...}") {
                "{" + (try d.entries.map { try repr($0.key) + ": " + repr($0.value) }.joined(separator: ", ")) + "}"
            }
        case let s as PySet:
            if s.storage.count == 0 { return s.isFrozen ? "frozenset()" : "set()" }
            let body = try guarded(o, "...") { "{" + (try s.storage.elements.map(repr).joined(separator: ", ")) + "}" }
            return s.isFrozen ? "frozenset(\(body))" : body
        case let r as PyRange:
            if let b = r.big {
                return b.step == 1 ? "range(\(b.start), \(b.stop))" : "range(\(b.start), \(b.stop), \(b.step))"
            }
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice:
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let b as PyBytes: return Self.bytesRepr(b.value)
        case let f as PyFunction: return "<function \(f.qualifiedName) at \(Self.address(o))>"
        case let b as PyBuiltinFunction:
            if let r = b.receiver {
                return "<built-in method \(b.name) of \(typeOf(r).name) object at \(r.asObject.map(Self.address) ?? "0x0")>"
            }
            if b.isMethod { return "<method '\(b.name)' of '\(b.ownerName ?? "object")' objects>" }
            return "<built-in function \(b.name)>"
        case let m as PyBoundMethod:
            let fname = (try? str(try getAttribute(m.function, "__qualname__"))) ?? "?"
            return "<bound method \(fname) of \(try repr(m.receiver))>"
        case let c as PyType:
            return c.moduleName == "builtins" ? "<class '\(c.qualifiedName)'>" : "<class '\(c.moduleName).\(c.qualifiedName)'>"
        case let m as PyModule:
            return "<module '\(m.name)' (built-in)>"
        case let e as PyException:
            if e.args.count == 1 { return "\(t.name)(\(try repr(e.args[0])))" }
            return t.name + (try repr(.tuple(e.args)))
        case let g as PyGenerator:
            let kind = g.kind == .generator ? "generator" : g.kind == .coroutine ? "coroutine" : "async_generator"
            return "<\(kind) object \(g.qualifiedName) at \(Self.address(o))>"
        case let view as PyDictView:
            let items: [Value]
            switch view.kind {
            case .keys: items = view.dict.liveKeys
            case .values: items = Array(view.dict.entries.map { $0.value })
            case .items: items = view.dict.entries.map { .tuple([$0.key, $0.value]) }
            }
            return "\(t.name)(\(try repr(.list(items))))"
        case let c as PyCell:
            if let v = c.contents { return "<cell at \(Self.address(o)): \(typeOf(v).name) object at ...>" }
            return "<cell at \(Self.address(o)): empty>"
        default:
            if o === Singletons.notImplemented { return "NotImplemented" }
            if o === Singletons.ellipsis { return "Ellipsis" }
            let prefix = t.moduleName == "builtins" ? t.qualifiedName : "\(t.moduleName).\(t.qualifiedName)"
            return "<\(prefix) object at \(Self.address(o))>"
        }
    }

    /// Guards container reprs against self-reference (`[[...]]`).
    private func guarded(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        if nativeStackIsLow() {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        return try body()
    }

    static func address(_ o: PyObject) -> String {
        "0x" + String(UInt(bitPattern: identity(of: o)), radix: 16).leftPadded(to: 12)
    }

    /// `id(o)`: the object's address, or in a run with replayable identities
    /// (a scheduled run) a number given in order of first use, so printed ids
    /// and default reprs replay with the seed.
    public static func identity(of o: PyObject) -> Int {
        if let ts = ThreadState.current, let table = ts.interpreter.replayableIdentities { return table.identity(of: o) }
        return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))
    }

    /// Python's repr of a str: single quotes unless only double quotes avoid escaping.
    public static func quote(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let q: Character = useDouble ? "\"" : "'"
        var out = String(q)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(u) == q { out += "\\" + String(q) } else if Self.isPrintable(u) {
                    out.unicodeScalars.append(u)
                } else if u.value < 0x100 {
                    out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2)
                } else if u.value < 0x10000 {
                    out += "\\u" + String(u.value, radix: 16).leftPadded(to: 4)
                } else {
                    out += "\\U" + String(u.value, radix: 16).leftPadded(to: 8)
                }
            }
        }
        out.append(q)
        return out
    }

    /// str.isprintable for one code point.
    static func isPrintable(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x7f { return u.value >= 0x20 }
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func bytesRepr(_ b: [UInt8]) -> String {
        let useDouble = b.contains(0x27) && !b.contains(0x22)
        let q: UInt8 = useDouble ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(q))
        for c in b {
            switch c {
            case 0x5c: out += "\\\\"
            case 0x0a: out += "\\n"
            case 0x0d: out += "\\r"
            case 0x09: out += "\\t"
            case q: out += "\\" + String(UnicodeScalar(q))
            case 0x20..<0x7f: out.unicodeScalars.append(UnicodeScalar(c))
            default: out += "\\x" + String(c, radix: 16).leftPadded(to: 2)
            }
        }
        out.unicodeScalars.append(UnicodeScalar(q))
        return out
    }

    // MARK: format()

    public func format(_ v: Value, _ spec: String) throws -> String {
        do {
            switch v {
            case .int(let i): return try formatInteger(i, spec: spec)
            case .bool(let b):
                return spec.isEmpty ? (b ? "True" : "False") : try formatInteger(b ? 1 : 0, spec: spec, typeName: "bool")
            case .float(let d): return try formatFloat(d, spec: spec)
            case .none where spec.isEmpty: return "None"
            case .object(let o):
                let t = o.type!
                if !t.isBuiltin, let m = t.lookup("__format__") {
                    let r = try callDescriptor(m, v, [.str(spec)])
                    guard case .object(let s as PyStr) = r else {
                        throw PyException.typeError("__format__ must return a str, not \(typeOf(r).name)")
                    }
                    return s.value
                }
                switch o {
                case let s as PyStr: return try formatString(s.value, spec: spec)
                case let b as PyBigInt: return try formatInteger(b.value, spec: spec)
                default: break
                }
            default: break
            }
        } catch let e as FormatError {
            throw Self.pythonError(e)
        }
        if spec.isEmpty { return try str(v) }
        throw PyException.typeError("unsupported format string passed to \(typeOf(v).name).__format__")
    }

    static func pythonError(_ e: FormatError) -> PyException {
        switch e.kind {
        case .valueError: return PyException.valueError(e.message)
        case .overflowError: return PyException.overflowError(e.message)
        case .memoryError: return PyException(BuiltinTypes.memoryError, e.message)
        }
    }

    // MARK: printf-style formatting

    func percentFormat(_ template: String, _ argument: Value) throws -> String {
        var positional: [Value]
        var mapping: Value?
        if case .object(let t as PyTuple) = argument {
            positional = t.items
        } else {
            positional = [argument]
            let at = typeOf(argument)
            if !(argument.asObject is PyStr), at.lookup("__getitem__") != nil || argument.asObject is PyDict {
                mapping = argument
            }
        }
        var next = 0
        var usedMapping = false
        func fetch() throws -> Value {
            guard next < positional.count else {
                throw PyException.typeError("not enough arguments for format string")
            }
            defer { next += 1 }
            return positional[next]
        }
        var out = ""
        do {
            for part in parsePercentFormat(template) {
                switch part {
                case .literal(let s):
                    out += s
                case .conversion(var c):
                    // CPython's order: mapping check and key lookup, `*` arguments,
                    // template errors, the value, then the conversion type.
                    var mapped: Value?
                    if c.requiresMapping || c.mappingKey != nil {
                        guard let m = mapping else { throw PyException.typeError("format requires a mapping") }
                        usedMapping = true
                        if let key = c.mappingKey { mapped = try getItem(m, .str(key)) }
                    }
                    var starWidth: Int?
                    var starPrecision: Int?
                    if c.width == .star { starWidth = try index(try fetch(), "* wants int") }
                    if c.precision == .star { starPrecision = try index(try fetch(), "* wants int") }
                    c = c.withStarArguments(width: starWidth, precision: starPrecision)
                    if let e = c.parseError { throw e }
                    let arg = try mapped ?? fetch()
                    if let e = c.unsupportedTypeError { throw e }
                    out += try percentConvert(arg, c)
                }
            }
        } catch let e as FormatError {
            throw Self.pythonError(e)
        }
        if next < positional.count && !usedMapping && mapping == nil {
            throw PyException.typeError("not all arguments converted during string formatting")
        }
        return out
    }

    private func percentConvert(_ arg: Value, _ c: PercentConversion) throws -> String {
        switch c.type {
        case "s": return try formatPercentText(try str(arg), conversion: c)
        case "r": return try formatPercentText(try repr(arg), conversion: c)
        case "a": return try formatPercentText(asciiEscaped(try repr(arg)), conversion: c)
        case "d", "i", "u":
            switch arg {
            case .int(let i): return try formatPercentInteger(i, conversion: c)
            case .bool(let b): return try formatPercentInteger(b ? 1 : 0, conversion: c)
            case .float(let d):
                guard d.isFinite else {
                    throw PyException.overflowError(d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
                }
                return try formatPercentInteger(BigInt(d.rounded(.towardZero)), conversion: c)
            case .object(let b as PyBigInt): return try formatPercentInteger(b.value, conversion: c)
            default:
                throw PyException.typeError("%\(Character(c.type)) format: a real number is required, not \(typeOf(arg).name)")
            }
        case "x", "X", "o":
            switch arg {
            case .int(let i): return try formatPercentInteger(i, conversion: c)
            case .bool(let b): return try formatPercentInteger(b ? 1 : 0, conversion: c)
            case .object(let b as PyBigInt): return try formatPercentInteger(b.value, conversion: c)
            default:
                throw PyException.typeError("%\(Character(c.type)) format: an integer is required, not \(typeOf(arg).name)")
            }
        case "c":
            switch arg {
            case .int(let i): return try formatPercentCharacter(codePoint: i, conversion: c)
            case .object(let s as PyStr) where s.count == 1: return try formatPercentText(s.value, conversion: c)
            default: throw PyException.typeError("%c requires int or char")
            }
        default:
            let d: Double
            do { d = try toDouble(arg) } catch {
                throw PyException.typeError("must be real number, not \(typeOf(arg).name)")
            }
            return try formatPercentFloat(d, conversion: c)
        }
    }
}

/// Identities handed out in order of first use. Entries hold the object weakly,
/// so asking for an identity (or hashing by it) never keeps an object alive (a
/// task must still be freed to report "Task exception was never retrieved"); a
/// new object at a dead one's address gets a new number.
public final class ReplayableIdentities {
    /// How many exist: while none does, hashing objects by identity pays one
    /// relaxed load and nothing else.
    static let live = ManagedAtomic<Int>(0)
    private struct Entry {
        weak var object: PyObject?
        let number: Int
    }
    private let lock = Lock()
    private var entries: [ObjectIdentifier: Entry] = [:]
    private var issued = 0

    public init() { Self.live.wrappingIncrement(ordering: .relaxed) }
    deinit { Self.live.wrappingDecrement(ordering: .relaxed) }

    func identity(of o: PyObject) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let key = ObjectIdentifier(o)
        if let e = entries[key], e.object === o { return e.number }
        // Forget the dead now and then, so the table tracks the live objects.
        if entries.count >= 1024 && entries.count.nonzeroBitCount == 1 {
            entries = entries.filter { $0.value.object != nil }
        }
        let n = 0x7F3A_2C00_0000 + issued * 0x40
        issued += 1
        entries[key] = Entry(object: o, number: n)
        return n
    }
}
