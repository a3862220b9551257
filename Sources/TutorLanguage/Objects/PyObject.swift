/// Base of every heap-allocated Python object.
///
/// Objects are shared between interpreter threads; the GIL serialises every
/// access to their mutable state (see docs/ARCHITECTURE.md, "Threads and objects").
open class PyObject {
    /// The object's class. Implicitly unwrapped only because `type` is its own class.
    public final var type: PyType!
    /// Instance attributes (`__dict__`), created on first store.
    public final var attributes: PyDict?

    public init(type: PyType) {
        self.type = type
    }

    /// Only for bootstrapping the metatype.
    init(bootstrap: ()) {}

    public final var typeName: String { type.name }
}

/// An instance of a user-defined class whose only builtin base is `object`.
public final class PyInstance: PyObject {}

/// What Swift class the instances of a type are; user classes inherit it from
/// their builtin base, which decides what they can subclass.
public enum InstanceLayout {
    case object
    case exception
    /// A builtin type that Python code cannot subclass.
    case sealed
}

public final class PyType: PyObject {
    public let name: String
    public var qualifiedName: String
    public var moduleName: String
    public private(set) var bases: [PyType]
    public private(set) var mro: [PyType] = []
    /// The type's own namespace (`__dict__`).
    public var dict: [String: Value] = [:]
    public let layout: InstanceLayout
    public let isBuiltin: Bool
    /// Subclasses that Python code can create from this builtin type.
    public let isSubclassable: Bool

    /// A small direct-mapped cache of MRO lookups keyed by name, valid while
    /// `namespaceVersion` is unchanged. Names come from code objects as PyStr with
    /// a precomputed hash, so a hit costs no string hashing.
    private var cacheNames = [PyStr?](repeating: nil, count: 64)
    private var cacheValues = [Value?](repeating: nil, count: 64)
    private var cacheVersion = -1
    private var cachedSolidBase: PyType?

    /// Bumped whenever any class namespace changes, invalidating every lookup cache.
    nonisolated(unsafe) static var namespaceVersion = 0

    /// Creates the metatype `type`, whose class is itself.
    init(metatypeNamed name: String, base: PyType) {
        self.name = name
        self.qualifiedName = name
        self.moduleName = "builtins"
        self.bases = [base]
        self.layout = .sealed
        self.isBuiltin = true
        self.isSubclassable = true
        super.init(bootstrap: ())
        self.type = self
        self.mro = [self, base]
    }

    /// Creates `object`, the root, before `type` exists.
    init(rootNamed name: String) {
        self.name = name
        self.qualifiedName = name
        self.moduleName = "builtins"
        self.bases = []
        self.layout = .object
        self.isBuiltin = true
        self.isSubclassable = true
        super.init(bootstrap: ())
        self.mro = [self]
    }

    public init(name: String, bases: [PyType], metatype: PyType, layout: InstanceLayout,
                isBuiltin: Bool, isSubclassable: Bool = true, moduleName: String = "builtins") throws {
        self.name = name
        self.qualifiedName = name
        self.moduleName = moduleName
        self.bases = bases
        self.layout = layout
        self.isBuiltin = isBuiltin
        self.isSubclassable = isSubclassable
        super.init(type: metatype)
        self.mro = try PyType.linearize(self, bases: bases)
    }

    /// Builtin types are created from fixed, valid hierarchies; no error is possible.
    static func builtin(_ name: String, base: PyType, layout: InstanceLayout = .sealed,
                        subclassable: Bool = false, module: String = "builtins") -> PyType {
        // swiftlint:disable:next force_try
        let t = try! PyType(name: name, bases: [base], metatype: BuiltinTypes.type, layout: layout,
                            isBuiltin: true, isSubclassable: subclassable, moduleName: module)
        return t
    }

    /// C3 linearisation (the method resolution order).
    static func linearize(_ type: PyType, bases: [PyType]) throws -> [PyType] {
        var sequences = bases.map { $0.mro } + [bases]
        var result: [PyType] = [type]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyType?
            for seq in sequences {
                let head = seq[0]
                let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
                if !inTail { candidate = head; break }
            }
            guard let next = candidate else {
                let names = bases.map { $0.name }.joined(separator: ", ")
                throw PyException.typeError(
                    "Cannot create a consistent method resolution order (MRO) for bases \(names)")
            }
            result.append(next)
            sequences = sequences.map { seq in seq.first === next ? Array(seq.dropFirst()) : seq }
        }
    }

    /// Looks a name up along the MRO, as `type.__getattribute__` does for class attributes.
    public func lookup(_ name: PyStr) -> Value? {
        if cacheVersion != PyType.namespaceVersion {
            for i in 0..<cacheNames.count { cacheNames[i] = nil }
            cacheVersion = PyType.namespaceVersion
        }
        let slot = name.hashValue64 & 63
        if let cached = cacheNames[slot], cached.isEqual(to: name) {
            return cacheValues[slot]
        }
        let found = lookupUncached(name.value)
        cacheNames[slot] = name
        cacheValues[slot] = found
        return found
    }

    public func lookup(_ name: String) -> Value? { lookup(PyStr.interned(name)) }

    func lookupUncached(_ name: String) -> Value? {
        for t in mro {
            if let v = t.dict[name] { return v }
        }
        return nil
    }

    public func setAttribute(_ name: String, _ value: Value) {
        dict[name] = value
        PyType.namespaceVersion &+= 1
    }

    public func removeAttribute(_ name: String) -> Bool {
        guard dict.removeValue(forKey: name) != nil else { return false }
        PyType.namespaceVersion &+= 1
        return true
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in mro where t === other { return true }
        return false
    }

    /// The builtin ancestor whose Swift layout instances use (the MRO is fixed at creation).
    public var solidBase: PyType {
        if let s = cachedSolidBase { return s }
        var found = BuiltinTypes.object
        for t in mro where t.isBuiltin {
            found = t
            break
        }
        cachedSolidBase = found
        return found
    }
}
