/// Two texts in columns (the student's file and the reference solution), lines
/// cut to fit the terminal, differing lines marked in the gutter.
enum SideBySide {
    static func render(left: String, right: String, leftTitle: String, rightTitle: String, width: Int, style: Style) -> String {
        let column = max(20, (width - 3) / 2)
        let l = left.trimmingNewlines.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let r = right.trimmingNewlines.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = [style.bold(fit(leftTitle, column)) + " │ " + style.bold(rightTitle),
                   String(repeating: "─", count: column) + "─┼─" + String(repeating: "─", count: column)]
        for i in 0..<max(l.count, r.count) {
            let a = i < l.count ? l[i] : "", b = i < r.count ? r[i] : ""
            let gutter = a == b ? " │ " : style.yellow(" ≠ ")
            out.append(fit(a, column) + gutter + cut(b, column))
        }
        return out.joined(separator: "\n")
    }

    static func cut(_ s: String, _ width: Int) -> String {
        let expanded = s.replacingTabs
        return expanded.count <= width ? expanded : String(expanded.prefix(width - 1)) + "…"
    }

    static func fit(_ s: String, _ width: Int) -> String { cut(s, width).padding(to: width) }
}

extension String {
    var replacingTabs: String { String(flatMap { $0 == "\t" ? Array("    ") : [$0] }) }
}
