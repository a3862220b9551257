import Glibc

/// A Python str. Indexing is by Unicode scalar (code point), as in Python; for
/// ASCII strings the UTF-8 bytes are the scalars, so indexing is O(1) without a copy.
public final class PyStr: PyObject {
    public let value: String
    private var cachedHash: Int?
    private var cachedScalars: [Unicode.Scalar]?
    private var cachedCount = -1
    private var cachedIsASCII: Bool?

    public init(_ value: String) {
        self.value = value
        super.init(type: BuiltinTypes.str)
    }

    /// Shared str objects for names the runtime looks up by Swift string
    /// (special methods), so their hash is computed once.
    public static func interned(_ s: String) -> PyStr {
        internLock.lock()
        defer { internLock.unlock() }
        if let p = internTable[s] { return p }
        let p = PyStr(s)
        internTable[s] = p
        return p
    }
    nonisolated(unsafe) private static var internTable: [String: PyStr] = [:]
    private static let internLock = Lock()

    public var isASCII: Bool {
        if let a = cachedIsASCII { return a }
        let a = value.utf8.allSatisfy { $0 < 0x80 }
        cachedIsASCII = a
        return a
    }

    /// Length in code points.
    public var count: Int {
        if cachedCount >= 0 { return cachedCount }
        let n = isASCII ? value.utf8.count : value.unicodeScalars.count
        cachedCount = n
        return n
    }

    public var scalars: [Unicode.Scalar] {
        if let s = cachedScalars { return s }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }

    /// The code point at `index` (already normalised to 0..<count).
    public func scalar(at index: Int) -> Unicode.Scalar {
        if isASCII {
            return value.utf8.withContiguousStorageIfAvailable { Unicode.Scalar($0[index]) }
                ?? scalars[index]
        }
        return scalars[index]
    }

    /// Python string equality: code points, never Swift's canonical equivalence.
    /// Identity and hashes answer most calls; otherwise the UTF-8 bytes are compared.
    @inline(__always)
    public func isEqual(to other: PyStr) -> Bool {
        if self === other { return true }
        if let a = cachedHash, let b = other.cachedHash, a != b { return false }
        return PyStr.bytesEqual(value, other.value)
    }

    static func bytesEqual(_ a: String, _ b: String) -> Bool {
        let ua = a.utf8, ub = b.utf8
        guard ua.count == ub.count else { return false }
        if let r = ua.withContiguousStorageIfAvailable({ pa in
            ub.withContiguousStorageIfAvailable { pb in
                memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0
            }
        }), let result = r {
            return result
        }
        return ua.elementsEqual(ub)
    }

    public var hashValue64: Int {
        if let h = cachedHash { return h }
        let h = StringHashing.hash(value)
        cachedHash = h
        return h
    }

    /// Substring by code-point range (clamped by the caller).
    public func substring(_ range: Range<Int>) -> String {
        if isASCII {
            let u = value.utf8
            let start = u.index(u.startIndex, offsetBy: range.lowerBound)
            let end = u.index(start, offsetBy: range.count)
            return String(value[start..<end])
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }
}

/// A deterministic string hash (FNV-1a over UTF-8). Python randomises str hashes
/// per process; the tutor fixes them so set order, and every run, is reproducible.
enum StringHashing {
    static func hash(_ s: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let r = Int(bitPattern: UInt(h))
        return r == -1 ? -2 : r
    }
}

public final class PyBytes: PyObject {
    public let value: [UInt8]
    public init(_ value: [UInt8]) {
        self.value = value
        super.init(type: BuiltinTypes.bytes)
    }
}
