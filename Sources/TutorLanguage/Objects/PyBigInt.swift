import BigInt

/// An int too large for a machine word. Values that fit are always `Value.int`,
/// so a PyBigInt is never equal to a small int.
public final class PyBigInt: PyObject {
    public let value: BigInt
    public init(_ value: BigInt) {
        self.value = value
        super.init(type: BuiltinTypes.int)
    }
}
