/// The hash table behind set and frozenset. It probes and grows the way CPython's
/// set does (linear probes, then perturbation), so iteration order, and therefore
/// what `print({3, 1, 2})` shows, matches CPython for ints.
public struct SetStorage {
    private enum Slot {
        case empty
        case dummy
        case used(hash: Int, key: Value)
    }
    private var table: [Slot] = Array(repeating: .empty, count: 8)
    private var fill = 0
    public private(set) var count = 0
    private static let linearProbes = 9

    public init() {}

    private var mask: Int { table.count - 1 }

    private func probeStart(_ hash: Int) -> Int { Int(UInt(bitPattern: hash) & UInt(mask)) }

    /// Returns the slot index holding `key`, or nil.
    private func find(_ key: Value, hash: Int) throws -> Int? {
        var i = probeStart(hash)
        var perturb = UInt(bitPattern: hash)
        while true {
            let probes = i + SetStorage.linearProbes <= mask ? SetStorage.linearProbes : 0
            for j in 0...probes {
                switch table[i + j] {
                case .empty: return nil
                case .dummy: break
                case .used(let h, let k):
                    if h == hash, try k.isIdentical(to: key) || Equality.equals(k, key) { return i + j }
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    public func contains(_ key: Value) throws -> Bool {
        try find(key, hash: Hashing.hash(key)) != nil
    }

    public func contains(_ key: Value, hash: Int) throws -> Bool { try find(key, hash: hash) != nil }

    /// Adds a key; returns false if it was already present.
    @discardableResult
    public mutating func insert(_ key: Value) throws -> Bool {
        try insert(key, hash: Hashing.hash(key))
    }

    @discardableResult
    public mutating func insert(_ key: Value, hash: Int) throws -> Bool {
        var i = probeStart(hash)
        var perturb = UInt(bitPattern: hash)
        var freeSlot: Int?
        outer: while true {
            let probes = i + SetStorage.linearProbes <= mask ? SetStorage.linearProbes : 0
            for j in 0...probes {
                switch table[i + j] {
                case .empty:
                    if let f = freeSlot {
                        table[f] = .used(hash: hash, key: key)
                        count += 1
                        return true
                    }
                    table[i + j] = .used(hash: hash, key: key)
                    fill += 1
                    count += 1
                    if fill * 5 >= mask * 3 { resize(minimumUsed: count > 50000 ? count * 2 : count * 4) }
                    return true
                case .dummy:
                    if freeSlot == nil { freeSlot = i + j }
                case .used(let h, let k):
                    if h == hash, try k.isIdentical(to: key) || Equality.equals(k, key) { return false }
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    private mutating func resize(minimumUsed: Int) {
        var size = 8
        while size <= minimumUsed { size <<= 1 }
        let old = table
        table = Array(repeating: .empty, count: size)
        fill = count
        for slot in old {
            if case .used(let h, let k) = slot { insertClean(k, hash: h) }
        }
    }

    private mutating func insertClean(_ key: Value, hash: Int) {
        var i = probeStart(hash)
        var perturb = UInt(bitPattern: hash)
        while true {
            if case .empty = table[i] { table[i] = .used(hash: hash, key: key); return }
            if i + SetStorage.linearProbes <= mask {
                for j in 1...SetStorage.linearProbes {
                    if case .empty = table[i + j] { table[i + j] = .used(hash: hash, key: key); return }
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// Adds every element of another set the way CPython's set_merge does, which
    /// decides the resulting table layout (and so the printed order): an empty
    /// target is sized first, then filled in the other table's order without
    /// equality checks, or takes the other table as is when the sizes agree.
    public mutating func merge(_ other: SetStorage) throws {
        if other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize(minimumUsed: (count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            fill = other.fill
            count = other.count
            return
        }
        if fill == 0 {
            for (k, h) in other.elementsWithHashes {
                insertClean(k, hash: h)
                fill += 1
                count += 1
            }
            return
        }
        for (k, h) in other.elementsWithHashes { try insert(k, hash: h) }
    }

    /// A copy laid out as CPython's set.copy() lays it out.
    public func copied() -> SetStorage {
        var r = SetStorage()
        try? r.merge(self)
        return r
    }

    @discardableResult
    public mutating func remove(_ key: Value) throws -> Bool {
        guard let i = try find(key, hash: Hashing.hash(key)) else { return false }
        table[i] = .dummy
        count -= 1
        return true
    }

    public mutating func removeAll() {
        table = Array(repeating: .empty, count: 8)
        fill = 0
        count = 0
    }

    /// Removes an arbitrary element (the first in table order), as set.pop does.
    public mutating func popFirst() -> Value? {
        for i in table.indices {
            if case .used(_, let k) = table[i] {
                table[i] = .dummy
                count -= 1
                return k
            }
        }
        return nil
    }

    /// Elements in table order, which is Python's iteration order.
    public var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for slot in table { if case .used(_, let k) = slot { out.append(k) } }
        return out
    }

    public var elementsWithHashes: [(Value, Int)] {
        var out: [(Value, Int)] = []
        out.reserveCapacity(count)
        for slot in table { if case .used(let h, let k) = slot { out.append((k, h)) } }
        return out
    }
}

public final class PySet: PyObject {
    public var storage: SetStorage
    /// Changes on every mutation, so iterators can detect "Set changed size during iteration".
    public var version = 0

    public init(frozen: Bool = false, storage: SetStorage = SetStorage()) {
        self.storage = storage
        super.init(type: frozen ? BuiltinTypes.frozenset : BuiltinTypes.set)
    }

    public var isFrozen: Bool { type === BuiltinTypes.frozenset }
}
