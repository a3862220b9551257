import BigInt

/// A Python value. Small ints, floats, bools and None live unboxed in the enum so
/// the evaluation loop does no reference counting for them; everything else is a
/// reference-counted `PyObject`. See docs/ARCHITECTURE.md, "Values".
public enum Value {
    case none
    case bool(Bool)
    /// An int that fits in a machine word. Larger ints are `PyBigInt` objects;
    /// arithmetic promotes on overflow and demotes results that fit again.
    case int(Int)
    case float(Double)
    case object(PyObject)
}

extension Value {
    @inline(__always) public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    @inline(__always) public static func str(_ s: String) -> Value { .object(PyStr(s)) }

    /// Builds an int value from a BigInt, demoting to a machine int when it fits.
    @inline(__always) public static func int(_ b: BigInt) -> Value {
        if let small = Int(exactly: b) { return .int(small) }
        return .object(PyBigInt(b))
    }

    public static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }
    public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }

    /// Identity, as Python's `is` sees it.
    @inline(__always) public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }

    public var isNone: Bool { if case .none = self { return true }; return false }
}
