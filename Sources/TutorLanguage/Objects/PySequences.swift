import BigInt

public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value] = []) {
        self.items = items
        super.init(type: BuiltinTypes.list)
    }
    deinit { Trashcan.dispose(&items) }
}

public final class PyTuple: PyObject {
    public private(set) var items: [Value]
    public init(_ items: [Value]) {
        self.items = items
        super.init(type: BuiltinTypes.tuple)
    }
    deinit { Trashcan.dispose(&items) }
    public static let empty = PyTuple([])
}

public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int
    /// Bounds beyond a machine word (`range(10**20)`); nil for ordinary ranges,
    /// which keep the fast Int fields.
    public let big: (start: BigInt, stop: BigInt, step: BigInt)?

    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        self.big = nil
        super.init(type: BuiltinTypes.range)
    }

    public init(bigStart: BigInt, stop: BigInt, step: BigInt) {
        self.start = 0
        self.stop = 0
        self.step = 1
        self.big = (bigStart, stop, step)
        super.init(type: BuiltinTypes.range)
    }

    /// Element count for big ranges.
    public var bigCount: BigInt {
        guard let b = big else { return BigInt(count) }
        let (lo, hi) = b.step.sign == .plus ? (b.start, b.stop) : (b.stop, b.start)
        guard lo < hi else { return 0 }
        return (hi - lo - 1) / abs(b.step) + 1
    }

    public func bigElement(at i: BigInt) -> BigInt {
        guard let b = big else { return BigInt(element(at: Int(i))) }
        return b.start + i * b.step
    }

    /// Number of elements; computed without overflow for any bounds.
    public var count: Int {
        let lo = step > 0 ? start : stop
        let hi = step > 0 ? stop : start
        guard lo < hi else { return 0 }
        let span = hi.subtractingReportingOverflow(lo)
        let stride = step.magnitude
        if span.overflow {
            let s = UInt(bitPattern: hi) &- UInt(bitPattern: lo)
            return Int(clamping: (s - 1) / stride + 1)
        }
        return Int((UInt(span.partialValue) - 1) / stride + 1)
    }

    public func element(at i: Int) -> Int { start &+ i &* step }
}

public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.slice)
    }
}

/// A cell holding a variable captured by a closure.
public final class PyCell: PyObject {
    public var contents: Value?
    public init(_ contents: Value? = nil) {
        self.contents = contents
        super.init(type: BuiltinTypes.cell)
    }
}

public final class PyModule: PyObject {
    public let name: String
    public let dict: PyDict
    public init(name: String, dict: PyDict = PyDict()) {
        self.name = name
        self.dict = dict
        super.init(type: BuiltinTypes.module)
        dict.setString("__name__", .str(name))
    }
}
