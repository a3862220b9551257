import BigInt
import Glibc
import TutorLanguage

/// How values cross between processes (Pool tasks and results, pipes): a small
/// tagged binary format for the builtin value types, exceptions (by type name and
/// args) and module-level functions (by module and qualified name, as pickle
/// sends them). Anything else cannot be sent, as with pickle.
enum Serializer {
    static func dumps(_ v: Value, _ ts: ThreadState) throws -> [UInt8] {
        var out: [UInt8] = []
        try encode(v, ts, into: &out, depth: 0)
        return out
    }

    static func loads(_ bytes: [UInt8], _ ts: ThreadState) throws -> Value {
        var reader = Reader(bytes: bytes)
        let v = try decode(&reader, ts)
        guard reader.offset == bytes.count else { throw corrupt() }
        return v
    }

    private static func corrupt() -> PyException { PyException(type: BuiltinTypes.valueError, args: [.str("corrupt message between processes")]) }

    private static func put(_ n: Int, _ out: inout [UInt8]) {
        withUnsafeBytes(of: Int64(n).littleEndian) { out.append(contentsOf: $0) }
    }
    private static func put(_ s: String, _ out: inout [UInt8]) {
        let u = Array(s.utf8)
        put(u.count, &out)
        out.append(contentsOf: u)
    }

    private static func encode(_ v: Value, _ ts: ThreadState, into out: inout [UInt8], depth: Int) throws {
        if depth > 500 { throw PyException(type: BuiltinTypes.recursionError, args: [.str("maximum recursion depth exceeded while pickling an object")]) }
        switch v {
        case .none: out.append(UInt8(ascii: "N"))
        case .bool(let b): out.append(UInt8(ascii: b ? "T" : "F"))
        case .int(let i): out.append(UInt8(ascii: "i")); put(i, &out)
        case .float(let d): out.append(UInt8(ascii: "f")); put(Int(Int64(bitPattern: d.bitPattern)), &out)
        case .object(let o):
            switch o {
            case let s as PyStr where s.type === BuiltinTypes.str:
                out.append(UInt8(ascii: "s")); put(s.value, &out)
            case let b as PyBigInt:
                out.append(UInt8(ascii: "I")); put(String(b.value), &out)
            case let b as PyBytes where b.type === BuiltinTypes.bytes:
                out.append(UInt8(ascii: "b")); put(b.value.count, &out); out.append(contentsOf: b.value)
            case let t as PyTuple where t.type === BuiltinTypes.tuple:
                out.append(UInt8(ascii: "t")); put(t.items.count, &out)
                for x in t.items { try encode(x, ts, into: &out, depth: depth + 1) }
            case let l as PyList where l.type === BuiltinTypes.list:
                out.append(UInt8(ascii: "l")); put(l.items.count, &out)
                for x in l.items { try encode(x, ts, into: &out, depth: depth + 1) }
            case let d as PyDict where d.type === BuiltinTypes.dict:
                let entries = d.entries
                out.append(UInt8(ascii: "d")); put(entries.count, &out)
                for (k, x) in entries {
                    try encode(k, ts, into: &out, depth: depth + 1)
                    try encode(x, ts, into: &out, depth: depth + 1)
                }
            case let s as PySet where s.type === BuiltinTypes.set || s.type === BuiltinTypes.frozenset:
                let items = s.storage.elements
                out.append(UInt8(ascii: s.isFrozen ? "Z" : "S")); put(items.count, &out)
                for x in items { try encode(x, ts, into: &out, depth: depth + 1) }
            case let e as PyException:
                out.append(UInt8(ascii: "E")); put(e.type.name, &out)
                try encode(.tuple(e.args), ts, into: &out, depth: depth + 1)
            case let f as PyFunction:
                let module: String
                if case .object(let m as PyStr) = f.moduleName { module = m.value } else { module = "__main__" }
                if f.qualifiedName.contains("<locals>") {
                    throw PyException(type: BuiltinTypes.attributeError, args: [.str("Can't pickle local object '\(f.qualifiedName)'")])
                }
                guard let found = lookup(module, f.qualifiedName, ts), case .object(let g) = found, g === f else {
                    throw try picklingError(ts, "Can't pickle \(try ts.repr(v)): attribute lookup \(f.qualifiedName) on \(module) failed")
                }
                out.append(UInt8(ascii: "G")); put(module, &out); put(f.qualifiedName, &out)
            case let f as PyBuiltinFunction where f.receiver == nil:
                guard let found = lookup("builtins", f.name, ts), case .object(let g) = found, g === f else {
                    throw try picklingError(ts, "Can't pickle \(try ts.repr(v)): it's not found as builtins.\(f.name)")
                }
                out.append(UInt8(ascii: "G")); put("builtins", &out); put(f.name, &out)
            default:
                throw PyException.typeError("cannot pickle '\(o.type.name)' object")
            }
        }
    }

    private static func lookup(_ module: String, _ qualname: String, _ ts: ThreadState) -> Value? {
        let m: PyModule?
        if module == "builtins" { m = ts.interpreter.builtinsModule } else { m = ts.interpreter.modules[module] }
        guard let mod = m else { return nil }
        var parts = qualname.split(separator: ".").map(String.init)
        guard !parts.isEmpty, var current = mod.dict.getString(parts.removeFirst()) else { return nil }
        for p in parts {
            guard let next = try? ts.getAttribute(current, p) else { return nil }
            current = next
        }
        return current
    }

    private static func picklingError(_ ts: ThreadState, _ message: String) throws -> PyException {
        if let mp = ts.interpreter.modules["multiprocessing"], case .object(let t as PyType)? = mp.dict.getString("PicklingError") {
            return PyException(type: t, args: [.str(message)])
        }
        return PyException.typeError(message)
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0
        mutating func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw corrupt() }
            offset += 1
            return bytes[offset - 1]
        }
        mutating func int() throws -> Int {
            guard offset + 8 <= bytes.count else { throw corrupt() }
            var n: UInt64 = 0
            for i in 0..<8 { n |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
            offset += 8
            return Int(Int64(bitPattern: n))
        }
        mutating func raw() throws -> ArraySlice<UInt8> {
            let n = try int()
            guard n >= 0, offset + n <= bytes.count else { throw corrupt() }
            offset += n
            return bytes[(offset - n)..<offset]
        }
        mutating func string() throws -> String { String(decoding: try raw(), as: UTF8.self) }
    }

    private static func decode(_ r: inout Reader, _ ts: ThreadState) throws -> Value {
        let tag = try r.byte()
        switch tag {
        case UInt8(ascii: "N"): return .none
        case UInt8(ascii: "T"): return .bool(true)
        case UInt8(ascii: "F"): return .bool(false)
        case UInt8(ascii: "i"): return .int(try r.int())
        case UInt8(ascii: "f"): return .float(Double(bitPattern: UInt64(bitPattern: Int64(try r.int()))))
        case UInt8(ascii: "s"): return .str(try r.string())
        case UInt8(ascii: "I"):
            guard let b = BigInt(try r.string()) else { throw corrupt() }
            return .object(PyBigInt(b))
        case UInt8(ascii: "b"): return .object(PyBytes(Array(try r.raw())))
        case UInt8(ascii: "t"), UInt8(ascii: "l"), UInt8(ascii: "S"), UInt8(ascii: "Z"):
            let n = try r.int()
            guard n >= 0 else { throw corrupt() }
            var items: [Value] = []
            for _ in 0..<n { items.append(try decode(&r, ts)) }
            switch tag {
            case UInt8(ascii: "t"): return .tuple(items)
            case UInt8(ascii: "l"): return .list(items)
            default:
                var storage = SetStorage()
                for x in items { _ = try storage.insert(x) }
                return .object(PySet(frozen: tag == UInt8(ascii: "Z"), storage: storage))
            }
        case UInt8(ascii: "d"):
            let n = try r.int()
            guard n >= 0 else { throw corrupt() }
            let d = PyDict()
            for _ in 0..<n {
                let k = try decode(&r, ts)
                try d.set(k, try decode(&r, ts))
            }
            return .object(d)
        case UInt8(ascii: "E"):
            let name = try r.string()
            let args = try decode(&r, ts)
            guard case .object(let t as PyTuple) = args else { throw corrupt() }
            let type = exceptionType(name, ts)
            return try ts.call(.object(type), t.items)
        case UInt8(ascii: "G"):
            let module = try r.string(), qualname = try r.string()
            guard let v = lookup(module, qualname, ts) else {
                throw PyException(type: BuiltinTypes.attributeError,
                                  args: [.str("Can't get attribute '\(qualname)' on <module '\(module)'>")])
            }
            return v
        default:
            throw corrupt()
        }
    }

    /// An exception type by name: a builtin, else one defined in `__main__`, else Exception.
    private static func exceptionType(_ name: String, _ ts: ThreadState) -> PyType {
        for m in [ts.interpreter.builtinsModule, ts.interpreter.modules["__main__"], ts.interpreter.modules["multiprocessing"]] {
            if case .object(let t as PyType)? = m?.dict.getString(name), t.isSubtype(of: BuiltinTypes.baseException) { return t }
        }
        return BuiltinTypes.exception
    }
}
