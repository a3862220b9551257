extension ThreadState {
    /// Stable merge sort with Python's `<` (which may call user code and raise).
    /// `reverse` keeps equal elements in their original order, as list.sort does.
    func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws {
        if items.count < 2 { return }
        var keys: [Value]
        if let k = key, !k.isNone {
            keys = try items.map { try call(k, [$0], []) }
        } else {
            keys = items
        }
        var order = Array(0..<items.count)
        if reverse { order.reverse() }
        let allInts = keys.allSatisfy { if case .int = $0 { return true }; return false }
        let allStrings = !allInts && keys.allSatisfy { if case .object(let o) = $0 { return o.type === BuiltinTypes.str }; return false }
        let less: (Int, Int) throws -> Bool
        if allInts {
            let ints = keys.map { if case .int(let i) = $0 { return i }; return 0 }
            less = { ints[$0] < ints[$1] }
        } else if allStrings {
            let strs = keys.map { v -> [UInt8] in
                if case .object(let s as PyStr) = v { return Array(s.value.utf8) }
                return []
            }
            less = { strs[$0].lexicographicallyPrecedes(strs[$1]) }
        } else {
            less = { try self.compareBool(keys[$0], keys[$1], .less) }
        }
        var buffer = order
        try mergeSort(&order, &buffer, 0, order.count, less)
        if reverse { order.reverse() }
        items = order.map { items[$0] }
    }

    private func mergeSort(_ a: inout [Int], _ tmp: inout [Int], _ lo: Int, _ hi: Int,
                           _ less: (Int, Int) throws -> Bool) throws {
        if hi - lo <= 16 {
            // Insertion sort for short runs: stable, few comparisons.
            var i = lo + 1
            while i < hi {
                let x = a[i]
                var j = i - 1
                while j >= lo, try less(x, a[j]) {
                    a[j + 1] = a[j]
                    j -= 1
                }
                a[j + 1] = x
                i += 1
            }
            return
        }
        let mid = (lo + hi) / 2
        try mergeSort(&a, &tmp, lo, mid, less)
        try mergeSort(&a, &tmp, mid, hi, less)
        if !(try less(a[mid], a[mid - 1])) { return }
        var i = lo, j = mid, k = lo
        while i < mid && j < hi {
            if try less(a[j], a[i]) { tmp[k] = a[j]; j += 1 } else { tmp[k] = a[i]; i += 1 }
            k += 1
        }
        while i < mid { tmp[k] = a[i]; i += 1; k += 1 }
        while j < hi { tmp[k] = a[j]; j += 1; k += 1 }
        for x in lo..<hi { a[x] = tmp[x] }
    }
}
