internal import TOMLKit

/// Collects problems while reading one manifest.
final class ManifestDiagnostics {
    let file: String
    let locator: TOMLKeyLocator
    private(set) var problems: [ManifestProblem] = []

    init(file: String, text: String) {
        self.file = file
        self.locator = TOMLKeyLocator(text: text)
    }

    func report(_ path: [String], _ message: String) {
        problems.append(ManifestProblem(file: file, line: locator.line(of: path), message: message))
    }
}

/// Reads one TOML table strictly: every key read is remembered, values of the
/// wrong type are reported (with the key's line) instead of trapping, and
/// `finish()` reports every key nobody asked for.
final class StrictTable {
    let table: TOMLTable
    /// Location path of this table, e.g. ["checks[2]"].
    let path: [String]
    let diagnostics: ManifestDiagnostics
    private var known: Set<String> = []

    init(_ table: TOMLTable, path: [String], diagnostics: ManifestDiagnostics) {
        self.table = table
        self.path = path
        self.diagnostics = diagnostics
    }

    /// Dotted name for messages: `checks[2].match`.
    func name(_ key: String) -> String { (path + [key]).joined(separator: ".") }

    func has(_ key: String) -> Bool {
        known.insert(key)
        return table.contains(key: key)
    }

    func report(_ key: String, _ message: String) {
        diagnostics.report(path + [key], message)
    }

    private func value(_ key: String) -> TOMLValueConvertible? {
        known.insert(key)
        return table[key]
    }

    private func wrongType(_ key: String, _ value: TOMLValueConvertible, expected: String) {
        report(key, "`\(name(key))` must be \(expected), not \(Self.article(value.type))")
    }

    static func article(_ type: TOMLType) -> String {
        switch type {
        case .int: return "an integer"
        case .array: return "an array"
        default: return "a \(type.description)"
        }
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let v = value(key) else {
            if required { report(key, "missing required key `\(name(key))`") }
            return nil
        }
        guard let s = v.string else {
            wrongType(key, v, expected: "a string")
            return nil
        }
        return s
    }

    /// A number: TOML integers and floats are both accepted.
    func number(_ key: String) -> Double? {
        guard let v = value(key) else { return nil }
        if let d = v.double { return d }
        if let i = v.int { return Double(i) }
        wrongType(key, v, expected: "a number")
        return nil
    }

    func integer(_ key: String) -> Int? {
        guard let v = value(key) else { return nil }
        guard let i = v.int else {
            wrongType(key, v, expected: "an integer")
            return nil
        }
        return i
    }

    func bool(_ key: String) -> Bool? {
        guard let v = value(key) else { return nil }
        guard let b = v.bool else {
            wrongType(key, v, expected: "true or false")
            return nil
        }
        return b
    }

    func stringArray(_ key: String, required: Bool = false) -> [String]? {
        guard let v = value(key) else {
            if required { report(key, "missing required key `\(name(key))`") }
            return nil
        }
        guard let array = v.array else {
            wrongType(key, v, expected: "an array of strings")
            return nil
        }
        var out: [String] = []
        for (i, element) in array.enumerated() {
            guard let s = element.string else {
                report(key, "`\(name(key))[\(i)]` must be a string, not \(Self.article(element.type))")
                return nil
            }
            out.append(s)
        }
        return out
    }

    /// A string or an array of strings (`expected` accepts both).
    func stringOrLines(_ key: String) -> ExpectedOutput? {
        guard let v = value(key) else { return nil }
        if let s = v.string { return .text(s) }
        if v.array != nil { return stringArray(key).map { .lines($0) } }
        wrongType(key, v, expected: "a string or an array of strings")
        return nil
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let e = E(rawValue: text) else {
            let choices = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            report(key, "`\(name(key))` must be one of \(choices), not \"\(text)\"")
            return nil
        }
        return e
    }

    func subtable(_ key: String) -> StrictTable? {
        guard let v = value(key) else { return nil }
        guard let t = v.table else {
            wrongType(key, v, expected: "a table")
            return nil
        }
        return StrictTable(t, path: path + [key], diagnostics: diagnostics)
    }

    /// `[[key]]` tables, in document order.
    func tableArray(_ key: String) -> [StrictTable]? {
        guard let v = value(key) else { return nil }
        guard let array = v.array else {
            wrongType(key, v, expected: "an array of tables (`[[\(name(key))]]`)")
            return nil
        }
        var out: [StrictTable] = []
        for (i, element) in array.enumerated() {
            guard let t = element.table else {
                report(key, "`\(name(key))[\(i)]` must be a table, not \(Self.article(element.type))")
                continue
            }
            out.append(StrictTable(t, path: path + ["\(key)[\(i)]"], diagnostics: diagnostics))
        }
        return out
    }

    /// Reports the keys no reader asked for.
    func finish() {
        let allowed = known.sorted().joined(separator: ", ")
        for key in table.keys.sorted() where !known.contains(key) {
            report(key, "unknown key `\(name(key))` (allowed here: \(allowed))")
        }
    }
}
