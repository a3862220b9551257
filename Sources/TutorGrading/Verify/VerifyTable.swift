/// `tutor verify`'s table: one row per exercise, its problems listed beneath it.
/// `header`, `row` and `footer` let a caller print rows as they are verified.
public struct VerifyTable: Sendable {
    public var idWidth: Int
    public var color: Bool

    /// `ids`: every id the table will show, to size the first column.
    public init(ids: [String], color: Bool = false) {
        idWidth = min(48, max(8, ids.map(\.count).max() ?? 8))
        self.color = color
    }

    private func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }

    public func header() -> String {
        pad("exercise", idWidth) + "  " + pad("kind", 7) + "  " + pad("checks", 6) + "  " + pad("time", 7) + "  result\n"
            + String(repeating: "-", count: idWidth + 2 + 7 + 2 + 6 + 2 + 7 + 2 + 6) + "\n"
    }

    public func row(_ row: VerifyRow) -> String {
        let style = TerminalStyle(color: color)
        let time = SecondsText.format((row.seconds * 10).rounded() / 10) + " s"
        var out = pad(row.id, idWidth) + "  " + pad(row.kind?.rawValue ?? "-", 7) + "  " + pad(String(row.checks), 6) + "  "
        out += pad(time, 7) + "  " + (row.ok ? style.green("ok") : style.red("FAIL")) + "\n"
        for p in row.problems { out += "    - " + p + "\n" }
        return out
    }

    public func footer(_ rows: [VerifyRow], totalSeconds: Double? = nil) -> String {
        let style = TerminalStyle(color: color)
        let bad = rows.filter { !$0.ok }.count
        var out = "\n\(rows.count) row\(rows.count == 1 ? "" : "s"), "
        out += bad == 0 ? style.green("no problems") : style.red("\(bad) with problems")
        if let t = totalSeconds { out += ", in \(SecondsText.format((t * 10).rounded() / 10)) s" }
        return out + "\n"
    }

    /// The whole table at once.
    public static func render(_ rows: [VerifyRow], totalSeconds: Double? = nil, color: Bool = false) -> String {
        let table = VerifyTable(ids: rows.map(\.id), color: color)
        return table.header() + rows.map(table.row).joined() + table.footer(rows, totalSeconds: totalSeconds)
    }
}
