/// ANSI styling that disappears when colour is off, so the same renderer
/// serves terminals, pipes and tests.
struct TerminalStyle {
    let color: Bool

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    func bold(_ t: String) -> String { paint(t, "1") }
    func green(_ t: String) -> String { paint(t, "32") }
    func red(_ t: String) -> String { paint(t, "31") }
    func yellow(_ t: String) -> String { paint(t, "33") }
    func dim(_ t: String) -> String { paint(t, "2") }

    /// A diff with removed lines red and added lines green.
    func diff(_ text: String) -> String {
        guard color else { return text }
        return OutputText.lines(text).map { line -> String in
            if line.hasPrefix("---") || line.hasPrefix("+++") || line.hasPrefix("@@") { return dim(line) }
            if line.hasPrefix("-") { return red(line) }
            if line.hasPrefix("+") { return green(line) }
            return line
        }.map { $0 + "\n" }.joined()
    }
}
