import Glibc

/// Substring search on UTF-8 bytes. Python compares code points, not Swift's
/// grapheme clusters, so "e\u{301}" contains "e" here as it does in Python.
enum StringSearch {
    /// Byte offset of the first occurrence of `needle` at or after `from`.
    static func firstIndex(of needle: String, in haystack: String, from: Int = 0) -> Int? {
        var h = haystack
        var n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb -> Int? in
                if nb.isEmpty { return from <= hb.count ? from : nil }
                guard from >= 0, hb.count - from >= nb.count else { return nil }
                let first = nb[0]
                var i = from
                let last = hb.count - nb.count
                while i <= last {
                    if hb[i] == first {
                        var j = 1
                        while j < nb.count && hb[i + j] == nb[j] { j += 1 }
                        if j == nb.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Byte offset of the last occurrence of `needle` starting before `end`.
    static func lastIndex(of needle: String, in haystack: String, end: Int? = nil) -> Int? {
        let hb = Array(haystack.utf8)
        let nb = Array(needle.utf8)
        let limit = min(end ?? hb.count, hb.count)
        if nb.isEmpty { return limit }
        guard limit >= nb.count else { return nil }
        var i = limit - nb.count
        while i >= 0 {
            if hb[i] == nb[0] && Array(hb[i..<(i + nb.count)]) == nb { return i }
            i -= 1
        }
        return nil
    }

    /// Counts non-overlapping occurrences.
    static func count(of needle: String, in haystack: String) -> Int {
        if needle.isEmpty { return haystack.unicodeScalars.count + 1 }
        var n = 0
        var from = 0
        let step = needle.utf8.count
        while let i = firstIndex(of: needle, in: haystack, from: from) {
            n += 1
            from = i + step
        }
        return n
    }

    /// Converts a UTF-8 byte offset to a code-point index.
    static func scalarIndex(ofByteOffset offset: Int, in s: String) -> Int {
        var count = 0
        var bytes = 0
        for u in s.unicodeScalars {
            if bytes >= offset { break }
            bytes += UTF8.width(u)
            count += 1
        }
        return count
    }

    /// Converts a code-point index to a UTF-8 byte offset.
    static func byteOffset(ofScalarIndex index: Int, in s: String) -> Int {
        var bytes = 0
        var i = 0
        for u in s.unicodeScalars {
            if i >= index { break }
            bytes += UTF8.width(u)
            i += 1
        }
        return bytes
    }
}
