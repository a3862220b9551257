/// An insertion-ordered hash table keyed by Python values (a compact dict:
/// entries in an array, an open-addressing index of entry positions).
public final class PyDict: PyObject {
    public private(set) var keys: ContiguousArray<Value> = []
    public private(set) var values: ContiguousArray<Value> = []
    /// Hash of each entry; `deletedHash` marks a removed entry (Python hashes are never -1).
    private var hashes: ContiguousArray<Int> = []
    private var index: ContiguousArray<Int32> = []
    public private(set) var count = 0
    /// Changes on every insertion or removal, so iterators can detect mutation.
    public private(set) var version = 0

    private static let emptySlot: Int32 = -1
    private static let dummySlot: Int32 = -2
    static let deletedHash = -1

    public init() { super.init(type: BuiltinTypes.dict) }

    deinit {
        var k = Array(keys), v = Array(values)
        keys = []
        values = []
        Trashcan.dispose(&k)
        Trashcan.dispose(&v)
    }

    public convenience init(_ pairs: [(String, Value)]) {
        self.init()
        for (k, v) in pairs { setString(k, v) }
    }

    // MARK: lookup

    /// Finds the entry index of a key, or nil.
    private func find(_ key: Value, hash: Int) throws -> Int? {
        if index.isEmpty { return nil }
        let mask = index.count - 1
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var perturb = UInt(bitPattern: hash)
        while true {
            let slot = index[i]
            if slot == PyDict.emptySlot { return nil }
            if slot >= 0 {
                let e = Int(slot)
                if hashes[e] == hash {
                    let k = keys[e]
                    if k.isIdentical(to: key) { return e }
                    if try Equality.equals(k, key) {
                        // A user __eq__ may have mutated the dict; a stale index is not trusted.
                        if e < keys.count, hashes[e] == hash { return e }
                        return try find(key, hash: hash)
                    }
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    /// Fast path for string keys (names, attributes): equality of two strs cannot run user code.
    private func findString(_ key: PyStr) -> Int? {
        if index.isEmpty { return nil }
        let hash = key.hashValue64
        let mask = index.count - 1
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var perturb = UInt(bitPattern: hash)
        while true {
            let slot = index[i]
            if slot == PyDict.emptySlot { return nil }
            if slot >= 0 {
                let e = Int(slot)
                if hashes[e] == hash, case .object(let o) = keys[e] {
                    if o === key { return e }
                    if let s = o as? PyStr, s.isEqual(to: key) { return e }
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    public func get(_ key: Value) throws -> Value? {
        if case .object(let o) = key, let s = o as? PyStr { return get(s) }
        let h = try Hashing.hash(key)
        guard let e = try find(key, hash: h) else { return nil }
        return values[e]
    }

    public func get(_ key: PyStr) -> Value? {
        guard let e = findString(key) else { return nil }
        return values[e]
    }

    public func getString(_ key: String) -> Value? { get(PyStr(key)) }

    public func contains(_ key: Value) throws -> Bool { try get(key) != nil }

    // MARK: mutation

    public func set(_ key: Value, _ value: Value) throws {
        if case .object(let o) = key, let s = o as? PyStr { set(s, value); return }
        let h = try Hashing.hash(key)
        if let e = try find(key, hash: h) { values[e] = value; return }
        insertNew(key, value, hash: h)
    }

    public func set(_ key: PyStr, _ value: Value) {
        if let e = findString(key) { values[e] = value; return }
        insertNew(.object(key), value, hash: key.hashValue64)
    }

    public func setString(_ key: String, _ value: Value) { set(PyStr(key), value) }

    private func insertNew(_ key: Value, _ value: Value, hash: Int) {
        if (keys.count + 1) * 3 >= index.count * 2 { rebuildIndex(minimumEntries: count + 1) }
        let e = keys.count
        keys.append(key)
        values.append(value)
        hashes.append(hash)
        count += 1
        version &+= 1
        placeInIndex(entry: e, hash: hash)
    }

    private func placeInIndex(entry: Int, hash: Int) {
        let mask = index.count - 1
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var perturb = UInt(bitPattern: hash)
        while index[i] >= 0 {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        index[i] = Int32(truncatingIfNeeded: entry)
    }

    /// Drops deleted entries and sizes the index for `minimumEntries` live ones.
    private func rebuildIndex(minimumEntries: Int) {
        if count != keys.count {
            var k = ContiguousArray<Value>(), v = ContiguousArray<Value>(), h = ContiguousArray<Int>()
            k.reserveCapacity(count); v.reserveCapacity(count); h.reserveCapacity(count)
            for i in 0..<keys.count where hashes[i] != PyDict.deletedHash {
                k.append(keys[i]); v.append(values[i]); h.append(hashes[i])
            }
            keys = k; values = v; hashes = h
        }
        var size = 8
        while size * 2 < minimumEntries * 3 { size <<= 1 }
        index = ContiguousArray(repeating: PyDict.emptySlot, count: size)
        for e in 0..<keys.count { placeInIndex(entry: e, hash: hashes[e]) }
    }

    @discardableResult
    public func remove(_ key: Value) throws -> Value? {
        let h: Int
        let found: Int?
        if case .object(let o) = key, let s = o as? PyStr {
            h = s.hashValue64
            found = findString(s)
        } else {
            h = try Hashing.hash(key)
            found = try find(key, hash: h)
        }
        guard let e = found else { return nil }
        let old = values[e]
        // Leave a dummy in the index so probe chains through this slot stay intact.
        let mask = index.count - 1
        var i = Int(UInt(bitPattern: h) & UInt(mask))
        var perturb = UInt(bitPattern: h)
        while index[i] != Int32(truncatingIfNeeded: e) {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        index[i] = PyDict.dummySlot
        hashes[e] = PyDict.deletedHash
        keys[e] = .none
        values[e] = .none
        count -= 1
        version &+= 1
        if count == 0 { removeAll() } else if keys.count > 16 && count * 4 < keys.count {
            rebuildIndex(minimumEntries: count)
        }
        return old
    }

    public func removeAll() {
        keys = []; values = []; hashes = []; index = []
        count = 0
        version &+= 1
    }

    // MARK: iteration

    /// Live entries in insertion order.
    public var entries: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for i in 0..<keys.count where hashes[i] != PyDict.deletedHash { out.append((keys[i], values[i])) }
        return out
    }

    public var liveKeys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in 0..<keys.count where hashes[i] != PyDict.deletedHash { out.append(keys[i]) }
        return out
    }

    /// The entry at raw position `i` (which may be deleted), for iterators.
    func entry(at i: Int) -> (key: Value, value: Value)? {
        guard i < keys.count, hashes[i] != PyDict.deletedHash else { return nil }
        return (keys[i], values[i])
    }
    var rawCount: Int { keys.count }

    /// Removes and returns the last entry (dict.popitem).
    func popLast() -> (key: Value, value: Value)? {
        var i = keys.count - 1
        while i >= 0 && hashes[i] == PyDict.deletedHash { i -= 1 }
        guard i >= 0 else { return nil }
        let pair = (keys[i], values[i])
        _ = try? remove(pair.0)
        return pair
    }

    public func copy() -> PyDict {
        let d = PyDict()
        d.keys = keys; d.values = values; d.hashes = hashes; d.index = index; d.count = count
        return d
    }
}
