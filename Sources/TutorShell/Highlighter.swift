/// Python syntax highlighting for `show` and `solution`: keywords, builtins,
/// strings, numbers, comments and decorators. A small scanner of its own (not the
/// parser) so that broken student code still highlights line by line.
struct Highlighter {
    let style: Style

    static let keywords: Set<String> = Set(PythonREPL.keywords)
    static let builtins: Set<String> = ["print", "range", "len", "list", "dict", "set", "tuple", "int", "str",
                                        "float", "bool", "sum", "min", "max", "sorted", "enumerate", "zip",
                                        "map", "filter", "isinstance", "super", "input", "abs", "any", "all",
                                        "repr", "type", "object", "Exception", "self"]

    /// Highlights a whole file; the result has the same lines as `source`.
    func highlight(_ source: String) -> String {
        guard style.color else { return source }
        var out = ""
        var openString: String? // the delimiter of a triple-quoted string spanning lines
        for (i, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { out += "\n" }
            out += highlightLine(Array(line), openString: &openString)
        }
        return out
    }

    private func highlightLine(_ chars: [Character], openString: inout String?) -> String {
        var out = ""
        var i = 0
        if let delimiter = openString {
            let end = find(delimiter, in: chars, from: 0)
            let stop = end.map { $0 + delimiter.count } ?? chars.count
            out += style.green(String(chars[0..<stop]))
            i = stop
            if end != nil { openString = nil }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "#" {
                out += style.dim(String(chars[i...]))
                break
            }
            if c == "\"" || c == "'" || ((c == "f" || c == "r" || c == "b") && i + 1 < chars.count && (chars[i + 1] == "\"" || chars[i + 1] == "'")
                                          && (i == 0 || !isNameCharacter(chars[i - 1]))) {
                let quoteStart = c == "\"" || c == "'" ? i : i + 1
                let q = chars[quoteStart]
                let triple = quoteStart + 2 < chars.count && chars[quoteStart + 1] == q && chars[quoteStart + 2] == q
                let delimiter = triple ? String(repeating: q, count: 3) : String(q)
                var j = quoteStart + delimiter.count
                var closed = false
                while j < chars.count {
                    if chars[j] == "\\" { j += 2; continue }
                    if find(delimiter, in: chars, from: j) == j {
                        j += delimiter.count
                        closed = true
                        break
                    }
                    j += 1
                }
                j = min(j, chars.count)
                out += style.green(String(chars[i..<j]))
                if !closed && triple { openString = delimiter }
                i = j
                continue
            }
            if c == "@" && chars[0..<i].allSatisfy({ $0 == " " }) {
                var j = i + 1
                while j < chars.count && (isNameCharacter(chars[j]) || chars[j] == ".") { j += 1 }
                out += style.magenta(String(chars[i..<j]))
                i = j
                continue
            }
            if isNameCharacter(c) {
                var j = i
                while j < chars.count && isNameCharacter(chars[j]) { j += 1 }
                let word = String(chars[i..<j])
                if c.isNumber {
                    out += style.yellow(word)
                } else if Highlighter.keywords.contains(word) {
                    out += style.blue(style.bold(word))
                } else if Highlighter.builtins.contains(word) {
                    out += style.cyan(word)
                } else {
                    out += word
                }
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    private func isNameCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    private func find(_ needle: String, in chars: [Character], from start: Int) -> Int? {
        let n = Array(needle)
        guard start <= chars.count - n.count else { return nil }
        var i = start
        while i <= chars.count - n.count {
            if chars[i] == "\\" { i += 2; continue }
            if Array(chars[i..<i + n.count]) == n { return i }
            i += 1
        }
        return nil
    }
}
