/// One element of a buffer in which each element is one code point: a byte of an ASCII
/// str (or of a bytes object), or a scalar of a non-ASCII str. The algorithms below are
/// generic over it, so indices are always Python indices.
protocol StrUnit: Equatable {
    var strCodePoint: UInt32 { get }
    static func strMake(_ units: Slice<UnsafeBufferPointer<Self>>) -> String
}

extension UInt8: StrUnit {
    var strCodePoint: UInt32 { UInt32(self) }
    static func strMake(_ units: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: units), as: UTF8.self)
    }
}

extension Unicode.Scalar: StrUnit {
    var strCodePoint: UInt32 { value }
    static func strMake(_ units: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: units)
        return String(view)
    }
}

extension PyStr {
    /// The UTF-8 bytes, without a copy for native strings.
    func withUTF8Buffer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let r = try value.utf8.withContiguousStorageIfAvailable(body) { return r }
        return try Array(value.utf8).withUnsafeBufferPointer(body)
    }

    /// Runs `ascii` on the UTF-8 bytes when the string is ASCII, else `unicode` on the
    /// cached scalar array; either way index i is code point i.
    func withUnits<R>(ascii: (UnsafeBufferPointer<UInt8>) throws -> R,
                      unicode: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        if isASCII { return try withUTF8Buffer(ascii) }
        return try scalars.withUnsafeBufferPointer(unicode)
    }

    /// Two strings as buffers of the same unit type (scalars unless both are ASCII).
    func withUnits<R>(_ other: PyStr,
                      ascii: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> R,
                      unicode: (UnsafeBufferPointer<Unicode.Scalar>, UnsafeBufferPointer<Unicode.Scalar>) throws -> R)
        rethrows -> R {
        if isASCII && other.isASCII {
            return try withUTF8Buffer { a in try other.withUTF8Buffer { b in try ascii(a, b) } }
        }
        return try scalars.withUnsafeBufferPointer { a in
            try other.scalars.withUnsafeBufferPointer { b in try unicode(a, b) }
        }
    }
}

/// Substring search in linear time: a plain scan while it is cheap, switching to
/// Knuth-Morris-Pratt once it has done more work than a few passes over the text, so an
/// adversarial needle ("aaa…ab" in "aaa…a") cannot make a search quadratic.
struct StrSearcher<T: Equatable> {
    let hay: UnsafeBufferPointer<T>
    let needle: UnsafeBufferPointer<T>
    private var budget: Int
    private var forwardTable: [Int] = []
    private var backwardTable: [Int] = []

    /// `budget` (comparisons before switching to KMP) is only set by tests.
    init(_ hay: UnsafeBufferPointer<T>, _ needle: UnsafeBufferPointer<T>, budget: Int? = nil) {
        self.hay = hay
        self.needle = needle
        self.budget = budget ?? StrArgs.product(hay.count, 4) &+ 64
    }

    /// Start of the first match lying within start..<end (needle non-empty, bounds valid).
    mutating func first(_ start: Int, _ end: Int) -> Int? {
        let m = needle.count
        guard m > 0, start >= 0, end <= hay.count, end - start >= m else { return nil }
        if budget < 0 { return kmpFirst(start, end) }
        let last = end - m
        let head = needle[0]
        var i = start
        while i <= last {
            if hay[i] == head {
                var k = 1
                while k < m && hay[i + k] == needle[k] { k += 1 }
                if k == m { return i }
                budget -= k
                if budget < 0 { return kmpFirst(i, end) }
            }
            i += 1
        }
        return nil
    }

    /// Start of the last match lying within start..<end.
    mutating func last(_ start: Int, _ end: Int) -> Int? {
        let m = needle.count
        guard m > 0, start >= 0, end <= hay.count, end - start >= m else { return nil }
        if budget < 0 { return kmpLast(start, end) }
        let tail = needle[m - 1]
        var i = end - m
        while i >= start {
            if hay[i + m - 1] == tail {
                var k = 1
                while k < m && hay[i + m - 1 - k] == needle[m - 1 - k] { k += 1 }
                if k == m { return i }
                budget -= k
                if budget < 0 { return kmpLast(start, i + m - 1) }
            }
            i -= 1
        }
        return nil
    }

    private mutating func kmpFirst(_ start: Int, _ end: Int) -> Int? {
        let m = needle.count
        if forwardTable.isEmpty { forwardTable = Self.prefixTable(m) { needle[$0] } }
        var k = 0
        var j = start
        while j < end {
            while k > 0 && hay[j] != needle[k] { k = forwardTable[k - 1] }
            if hay[j] == needle[k] { k += 1 }
            if k == m { return j - m + 1 }
            j += 1
        }
        return nil
    }

    /// KMP over the reversed text and needle, scanning from `end` down to `start`.
    private mutating func kmpLast(_ start: Int, _ end: Int) -> Int? {
        let m = needle.count
        guard end - start >= m else { return nil }
        let needle = self.needle
        if backwardTable.isEmpty { backwardTable = Self.prefixTable(m) { needle[m - 1 - $0] } }
        var k = 0
        var j = end - 1
        while j >= start {
            while k > 0 && hay[j] != needle[m - 1 - k] { k = backwardTable[k - 1] }
            if hay[j] == needle[m - 1 - k] { k += 1 }
            if k == m { return j }
            j -= 1
        }
        return nil
    }

    /// The KMP failure function of the sequence `element(0..<m)`.
    private static func prefixTable(_ m: Int, _ element: (Int) -> T) -> [Int] {
        var table = [Int](repeating: 0, count: m)
        var k = 0
        var q = 1
        while q < m {
            while k > 0 && element(q) != element(k) { k = table[k - 1] }
            if element(q) == element(k) { k += 1 }
            table[q] = k
            q += 1
        }
        return table
    }
}

/// Python's search, split and replace semantics over code-point buffers (CPython's stringlib).
enum StrAlgorithms {
    /// ADJUST_INDICES: negative indices count from the end; the result is clamped to the
    /// string, though `start` may still exceed `end`.
    static func adjust(_ start: Int, _ end: Int, _ length: Int) -> (Int, Int) {
        var s = start, e = end
        if e > length { e = length } else if e < 0 {
            e += length
            if e < 0 { e = 0 }
        }
        if s < 0 {
            s += length
            if s < 0 { s = 0 }
        }
        return (s, e)
    }

    /// str.find / rfind: -1 when absent.
    static func find<T: Equatable>(_ hay: UnsafeBufferPointer<T>, _ needle: UnsafeBufferPointer<T>,
                                   _ start: Int, _ end: Int, reverse: Bool) -> Int {
        let (s, e) = adjust(start, end, hay.count)
        if e - s < needle.count { return -1 }
        if needle.isEmpty { return reverse ? e : s }
        var searcher = StrSearcher(hay, needle)
        return (reverse ? searcher.last(s, e) : searcher.first(s, e)) ?? -1
    }

    /// str.count: non-overlapping occurrences within the slice.
    static func count<T: Equatable>(_ hay: UnsafeBufferPointer<T>, _ needle: UnsafeBufferPointer<T>,
                                    _ start: Int, _ end: Int) -> Int {
        let (s, e) = adjust(start, end, hay.count)
        if e - s < needle.count { return 0 }
        if needle.isEmpty { return e - s + 1 }
        var searcher = StrSearcher(hay, needle)
        var n = 0
        var from = s
        while let i = searcher.first(from, e) {
            n += 1
            from = i + needle.count
        }
        return n
    }

    /// startswith / endswith for one candidate (CPython's tailmatch).
    static func tailMatch<T: Equatable>(_ hay: UnsafeBufferPointer<T>, _ sub: UnsafeBufferPointer<T>,
                                        _ start: Int, _ end: Int, suffix: Bool) -> Bool {
        var (s, e) = adjust(start, end, hay.count)
        e -= sub.count
        if e < s { return false }
        if sub.isEmpty { return true }
        let at = suffix ? e : s
        for k in 0..<sub.count where hay[at + k] != sub[k] { return false }
        return true
    }

    /// Ranges of `split(sep)`; sep non-empty; maxsplit < 0 means no limit.
    static func split<T: Equatable>(_ hay: UnsafeBufferPointer<T>, _ sep: UnsafeBufferPointer<T>,
                                    _ maxsplit: Int) -> [Range<Int>] {
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        var searcher = StrSearcher(hay, sep)
        var out: [Range<Int>] = []
        var i = 0
        while remaining > 0, let j = searcher.first(i, hay.count) {
            remaining -= 1
            out.append(i..<j)
            i = j + sep.count
        }
        out.append(i..<hay.count)
        return out
    }

    static func rsplit<T: Equatable>(_ hay: UnsafeBufferPointer<T>, _ sep: UnsafeBufferPointer<T>,
                                     _ maxsplit: Int) -> [Range<Int>] {
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        var searcher = StrSearcher(hay, sep)
        var out: [Range<Int>] = []
        var j = hay.count
        while remaining > 0, let i = searcher.last(0, j) {
            remaining -= 1
            out.append((i + sep.count)..<j)
            j = i
        }
        out.append(0..<j)
        out.reverse()
        return out
    }

    /// Ranges of `split()` with runs of whitespace as separators.
    static func splitWhitespace<T: StrUnit>(_ s: UnsafeBufferPointer<T>, _ maxsplit: Int,
                                            _ isSpace: (UInt32) -> Bool) -> [Range<Int>] {
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        let n = s.count
        var out: [Range<Int>] = []
        var i = 0
        while remaining > 0 {
            remaining -= 1
            while i < n && isSpace(s[i].strCodePoint) { i += 1 }
            if i == n { break }
            let j = i
            i += 1
            while i < n && !isSpace(s[i].strCodePoint) { i += 1 }
            out.append(j..<i)
        }
        if i < n {
            while i < n && isSpace(s[i].strCodePoint) { i += 1 }
            if i != n { out.append(i..<n) }
        }
        return out
    }

    static func rsplitWhitespace<T: StrUnit>(_ s: UnsafeBufferPointer<T>, _ maxsplit: Int,
                                             _ isSpace: (UInt32) -> Bool) -> [Range<Int>] {
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        var out: [Range<Int>] = []
        var i = s.count - 1
        while remaining > 0 {
            remaining -= 1
            while i >= 0 && isSpace(s[i].strCodePoint) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !isSpace(s[i].strCodePoint) { i -= 1 }
            out.append((i + 1)..<(j + 1))
        }
        if i >= 0 {
            while i >= 0 && isSpace(s[i].strCodePoint) { i -= 1 }
            if i >= 0 { out.append(0..<(i + 1)) }
        }
        out.reverse()
        return out
    }

    /// Ranges of `splitlines(keepends)`; "\r\n" is one boundary.
    static func splitLines<T: StrUnit>(_ s: UnsafeBufferPointer<T>, keepends: Bool,
                                       _ isLineBreak: (UInt32) -> Bool) -> [Range<Int>] {
        let n = s.count
        var out: [Range<Int>] = []
        var i = 0
        while i < n {
            let j = i
            while i < n && !isLineBreak(s[i].strCodePoint) { i += 1 }
            var eol = i
            if i < n {
                if s[i].strCodePoint == 0x0D && i + 1 < n && s[i + 1].strCodePoint == 0x0A { i += 2 } else { i += 1 }
                if keepends { eol = i }
            }
            out.append(j..<eol)
        }
        return out
    }

    /// The bounds left after stripping units for which `strip` holds.
    static func stripBounds<T: StrUnit>(_ s: UnsafeBufferPointer<T>, left: Bool, right: Bool,
                                        _ strip: (UInt32) -> Bool) -> Range<Int> {
        var i = 0, j = s.count
        if left { while i < j && strip(s[i].strCodePoint) { i += 1 } }
        if right { while j > i && strip(s[j - 1].strCodePoint) { j -= 1 } }
        return i..<j
    }

    /// Where `replace` substitutes: match starts (or insertion points when `old` is empty).
    static func replacePositions<T: Equatable>(_ hay: UnsafeBufferPointer<T>, _ old: UnsafeBufferPointer<T>,
                                               _ count: Int) -> [Int] {
        let limit = count < 0 ? Int.max : count
        if limit == 0 { return [] }
        if old.isEmpty {
            // Before every code point and at the end.
            let n = min(limit, hay.count + 1)
            return Array(0..<n)
        }
        var searcher = StrSearcher(hay, old)
        var out: [Int] = []
        var from = 0
        while out.count < limit, let i = searcher.first(from, hay.count) {
            out.append(i)
            from = i + old.count
        }
        return out
    }

    /// Calls `piece` for the kept slices and `insert` for each replacement, in order.
    static func replace(_ length: Int, _ oldCount: Int, _ positions: [Int],
                        piece: (Range<Int>) -> Void, insert: () -> Void) {
        var previous = 0
        for p in positions {
            if p > previous { piece(previous..<p) }
            insert()
            previous = p + oldCount
        }
        if previous < length { piece(previous..<length) }
    }
}

extension StrAlgorithms {
    /// `sub in s` in linear time. Matching UTF-8 bytes is matching code points (UTF-8 is
    /// self-synchronising), so no index conversion is needed.
    static func contains(_ s: PyStr, _ sub: PyStr) -> Bool {
        s.withUTF8Buffer { hay in
            sub.withUTF8Buffer { needle in
                if needle.isEmpty { return true }
                var searcher = StrSearcher(hay, needle)
                return searcher.first(0, hay.count) != nil
            }
        }
    }
}
