/// What reading one line of input gave.
public enum InputEvent: Equatable {
    case line(String)
    /// Ctrl-C at the prompt: the line is dropped.
    case interrupt
    /// Ctrl-D on an empty line, or the end of piped input.
    case end
}

/// A source of command lines: libedit on a terminal, plain lines otherwise.
protocol LineInput: AnyObject {
    func read(prompt: String) -> InputEvent
    func addHistory(_ line: String)
    /// Tab completion: text before the cursor -> what to insert or list.
    var completer: ((String) -> Completion)? { get set }
}

/// Piped or redirected input: plain lines, no prompt and no escape codes, so the
/// shell can be scripted. Reads through stdio, as `input()` in programs does, so
/// the two share one buffer.
final class PlainInput: LineInput {
    var completer: ((String) -> Completion)?
    /// On a terminal where libedit could not start, prompts are still shown.
    let showsPrompt: Bool

    init(showsPrompt: Bool = false) { self.showsPrompt = showsPrompt }

    func read(prompt: String) -> InputEvent {
        if showsPrompt { Out.write(prompt.filter { $0 != "\u{1}" }) }
        guard let line = readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    func addHistory(_ line: String) {}
}
