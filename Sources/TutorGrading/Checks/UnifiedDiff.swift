/// A unified-style line diff ("-" expected, "+" actual) with a little context,
/// the way `diff -u` shows it, for output that should have matched exactly.
public enum UnifiedDiff {
    /// Longest inputs compared line by line; beyond that only a prefix is diffed.
    static let maximumLines = 2000

    public static func render(expected: [String], actual: [String], expectedLabel: String = "expected",
                              actualLabel: String = "your output", context: Int = 2) -> String {
        let a = Array(expected.prefix(maximumLines)), b = Array(actual.prefix(maximumLines))
        let ops = editScript(a, b)
        var out = "--- \(expectedLabel)\n+++ \(actualLabel)\n"
        // Group edits into hunks separated by more than 2*context unchanged lines.
        var i = 0
        while i < ops.count {
            guard let firstChange = ops[i...].firstIndex(where: { $0.kind != .same }) else { break }
            var end = firstChange
            var lastChange = firstChange
            while end < ops.count {
                if ops[end].kind != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            let start = max(i, firstChange - context)
            let stop = min(ops.count, lastChange + context + 1)
            let oldStart = (ops[start].oldIndex ?? 0) + 1, newStart = (ops[start].newIndex ?? 0) + 1
            let oldCount = ops[start..<stop].filter { $0.kind != .insert }.count
            let newCount = ops[start..<stop].filter { $0.kind != .delete }.count
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for op in ops[start..<stop] {
                switch op.kind {
                case .same: out += "  " + op.text + "\n"
                case .delete: out += "- " + op.text + "\n"
                case .insert: out += "+ " + op.text + "\n"
                }
            }
            i = stop
        }
        if expected.count > maximumLines || actual.count > maximumLines { out += "(diff of the first \(maximumLines) lines only)\n" }
        return out
    }

    struct Op {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        var oldIndex: Int?
        var newIndex: Int?
    }

    /// An edit script from the longest common subsequence of lines.
    static func editScript(_ a: [String], _ b: [String]) -> [Op] {
        let n = a.count, m = b.count
        var lcs = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
        }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                ops.append(Op(kind: .same, text: a[i], oldIndex: i, newIndex: j))
                i += 1; j += 1
            } else if j < m, i == n || lcs[i][j + 1] > lcs[i + 1][j] {
                ops.append(Op(kind: .insert, text: b[j], oldIndex: i, newIndex: j))
                j += 1
            } else {
                ops.append(Op(kind: .delete, text: a[i], oldIndex: i, newIndex: j))
                i += 1
            }
        }
        return ops
    }
}
