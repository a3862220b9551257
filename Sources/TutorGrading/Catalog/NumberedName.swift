/// A curriculum folder name, `NN-name`: the number orders it, the name is its id part.
struct NumberedName: Comparable {
    var number: Int
    var name: String
    var folder: String

    /// nil unless `folder` is digits, a dash, then a non-empty name.
    init?(_ folder: String) {
        let digits = folder.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let n = Int(digits) else { return nil }
        let rest = folder.dropFirst(digits.count)
        guard rest.first == "-", rest.count > 1 else { return nil }
        number = n
        name = String(rest.dropFirst())
        self.folder = folder
    }

    static func < (a: NumberedName, b: NumberedName) -> Bool {
        (a.number, a.name) < (b.number, b.name)
    }

    /// Strips a numeric prefix if present (`01-three-sleeps` -> `three-sleeps`).
    static func stripped(_ component: String) -> String {
        NumberedName(component)?.name ?? component
    }
}
