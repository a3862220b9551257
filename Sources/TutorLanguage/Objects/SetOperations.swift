/// Set algebra, following the order in which CPython builds results so printed
/// sets of ints come out as CPython prints them.
enum SetOperations {
    static func union(_ a: SetStorage, _ b: SetStorage) throws -> SetStorage {
        var r = a.copied()
        try r.merge(b)
        return r
    }

    static func intersection(_ a: SetStorage, _ b: SetStorage) throws -> SetStorage {
        var (small, large) = (a, b)
        if small.count > large.count { swap(&small, &large) }
        var r = SetStorage()
        for (k, h) in small.elementsWithHashes where try large.contains(k, hash: h) { try r.insert(k, hash: h) }
        return r
    }

    static func difference(_ a: SetStorage, _ b: SetStorage) throws -> SetStorage {
        if (a.count >> 2) > b.count {
            var r = a
            for k in b.elements { try r.remove(k) }
            return r
        }
        var r = SetStorage()
        for (k, h) in a.elementsWithHashes where !(try b.contains(k, hash: h)) { try r.insert(k, hash: h) }
        return r
    }

    /// As CPython: a copy of `b`, then each element of `a` toggled in it.
    static func symmetricDifference(_ a: SetStorage, _ b: SetStorage) throws -> SetStorage {
        var r = b.copied()
        for (k, h) in a.elementsWithHashes {
            if try r.contains(k, hash: h) { try r.remove(k) } else { try r.insert(k, hash: h) }
        }
        return r
    }

    static func isSubset(_ a: SetStorage, _ b: SetStorage) throws -> Bool {
        if a.count > b.count { return false }
        for (k, h) in a.elementsWithHashes where !(try b.contains(k, hash: h)) { return false }
        return true
    }

    static func compare(_ a: SetStorage, _ b: SetStorage, _ op: RichComparison) throws -> Bool {
        switch op {
        case .equal: return try a.count == b.count && isSubset(a, b)
        case .notEqual: return try !(a.count == b.count && isSubset(a, b))
        case .lessEqual: return try isSubset(a, b)
        case .less: return try a.count < b.count && isSubset(a, b)
        case .greaterEqual: return try isSubset(b, a)
        case .greater: return try b.count < a.count && isSubset(b, a)
        }
    }
}
