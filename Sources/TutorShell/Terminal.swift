#if canImport(Glibc)
import TutorGrading
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the shell may assume about its terminal: whether to edit lines and
/// whether to colour, decided once at start-up.
public struct TerminalMode: Sendable {
    /// Standard input and output are terminals: use libedit, prompts and Ctrl-C handling.
    public var interactive: Bool
    /// ANSI colour: stdout is a terminal, `NO_COLOR` is unset and TERM is not "dumb".
    public var color: Bool

    public init(interactive: Bool, color: Bool) {
        self.interactive = interactive
        self.color = color
    }

    public static func detect() -> TerminalMode {
        let tty = isatty(0) != 0 && isatty(1) != 0
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        let dumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? false
        return TerminalMode(interactive: tty, color: isatty(1) != 0 && !noColor && !dumb)
    }

    public var width: Int {
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        if let c = getenv("COLUMNS"), let n = Int(String(cString: c)), n > 0 { return n }
        return 80
    }
}

/// ANSI styles, reduced to plain text when colour is off.
struct Style {
    let color: Bool

    func wrap(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func red(_ s: String) -> String { wrap(s, "31") }
    func green(_ s: String) -> String { wrap(s, "32") }
    func yellow(_ s: String) -> String { wrap(s, "33") }
    func blue(_ s: String) -> String { wrap(s, "34") }
    func magenta(_ s: String) -> String { wrap(s, "35") }
    func cyan(_ s: String) -> String { wrap(s, "36") }
}

/// The shell's own output, unbuffered so it interleaves correctly with a program's.
enum Out {
    static func write(_ text: String) {
        _ = FileSystem.writeAll(1, Array(text.utf8))
    }

    static func line(_ text: String = "") { write(text + "\n") }

    static func error(_ text: String) {
        _ = FileSystem.writeAll(2, Array((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
