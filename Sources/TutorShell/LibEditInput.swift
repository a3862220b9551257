#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibEdit

/// Line editing on a terminal with libedit: emacs keys, history kept in a file,
/// Tab completion, and Ctrl-C that clears the line.
///
/// libedit reads keys through `readKey`, which polls stdin beside the interrupt
/// pipe, so Ctrl-C ends `el_gets` however the signal was delivered and to
/// whichever thread (a student's background thread may be running).
final class LibEditInput: LineInput {
    var completer: ((String) -> Completion)?
    private let editLine: OpaquePointer
    private let history: OpaquePointer?
    private let historyPath: String?
    /// The prompt as a C string libedit reads through `promptFunction` (malloc'd, owned here).
    private var promptText: UnsafeMutablePointer<CChar>? = strdup("")
    private var interrupted = false

    /// Marks the start and end of invisible prompt text (colour codes) for libedit.
    static let promptIgnore: CChar = 1

    init?(name: String, historyPath: String?) {
        LibEditInput.setUpLocale()
        guard let el = el_init(name, stdin, stdout, stderr) else { return nil }
        editLine = el
        self.historyPath = historyPath
        history = tutor_history_new(1000)
        tutor_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        tutor_el_set_editor(el, "emacs")
        tutor_el_set_prompt_esc(el, { el in
            guard let el = el, let me = LibEditInput.instance(el) else { return nil }
            return me.promptText
        }, LibEditInput.promptIgnore)
        tutor_el_set_getcfn(el, { el, out in
            guard let el = el, let out = out, let me = LibEditInput.instance(el) else { return -1 }
            return me.readKey(into: out)
        })
        if let h = history {
            tutor_el_set_history(el, h)
            if let path = historyPath { _ = tutor_history_load(h, path) }
        }
        tutor_el_addfn(el, "tutor-complete", "Complete the word before the cursor", { el, _ in
            guard let el = el, let me = LibEditInput.instance(el) else { return UInt8(CC_ERROR) }
            return me.completeAtCursor()
        })
        tutor_el_bind(el, "^I", "tutor-complete")
        // The user's ~/.editrc may rebind keys, as in other libedit programs.
        el_source(el, nil)
    }

    deinit {
        el_end(editLine)
        if let h = history { history_end(h) }
        free(promptText)
    }

    private static func instance(_ el: OpaquePointer) -> LibEditInput? {
        guard let raw = tutor_el_get_clientdata(el) else { return nil }
        return Unmanaged<LibEditInput>.fromOpaque(raw).takeUnretainedValue()
    }

    /// libedit works in wide characters; without a UTF-8 locale it cannot show
    /// or return non-ASCII text.
    private static func setUpLocale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset != "UTF-8" { _ = setlocale(LC_CTYPE, "C.UTF-8") }
    }

    func read(prompt: String) -> InputEvent {
        free(promptText)
        promptText = strdup(prompt)
        interrupted = false
        _ = Interrupts.shared.drainPromptEvents()
        var count: Int32 = 0
        guard let line = el_gets(editLine, &count) else {
            if interrupted {
                Out.write("^C\n")
                return .interrupt
            }
            Out.write("\n")
            return .end
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    func addHistory(_ line: String) {
        guard let h = history, !line.allSatisfy({ $0 == " " }) else { return }
        _ = tutor_history_enter(h, line)
        if let path = historyPath { _ = tutor_history_save(h, path) }
    }

    /// One character for libedit: 1 when read, 0 at end of input, -1 on Ctrl-C.
    private func readKey(into out: UnsafeMutablePointer<wchar_t>) -> Int32 {
        let promptFD = Interrupts.shared.promptFD
        while true {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: promptFD, events: Int16(POLLIN), revents: 0)]
            let n = poll(&fds, promptFD >= 0 ? 2 : 1, -1)
            if n < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if promptFD >= 0 && fds[1].revents != 0 {
                let events = Interrupts.shared.drainPromptEvents()
                if events.resize { el_resize(editLine) }
                if events.interrupt {
                    interrupted = true
                    return -1
                }
                if fds[0].revents == 0 { continue }
            }
            var first: UInt8 = 0
            let r = Glibc.read(0, &first, 1)
            if r < 0 && errno == EINTR { continue }
            if r <= 0 { return 0 }
            // With ISIG off libedit would see Ctrl-C as a byte.
            if first == 3 {
                interrupted = true
                return -1
            }
            out.pointee = wchar_t(decodeUTF8(first))
            return 1
        }
    }

    /// Reads the continuation bytes of a UTF-8 sequence starting with `first`.
    private func decodeUTF8(_ first: UInt8) -> UInt32 {
        let length: Int
        switch first {
        case 0..<0x80: return UInt32(first)
        case 0xC0..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF8: length = 4
        default: return 0xFFFD
        }
        var bytes = [first]
        while bytes.count < length {
            var b: UInt8 = 0
            let r = Glibc.read(0, &b, 1)
            if r < 0 && errno == EINTR { continue }
            guard r == 1, b & 0xC0 == 0x80 else { return 0xFFFD }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value ?? 0xFFFD
    }

    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editLine), let completer = completer else { return UInt8(CC_ERROR) }
        let start = info.pointee.buffer!, cursor = info.pointee.cursor!
        let length = cursor - start
        let before = String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: max(length, 0)), as: UTF8.self)
        let result = completer(before)
        if !result.insert.isEmpty {
            _ = el_insertstr(editLine, result.insert)
            return UInt8(CC_REFRESH)
        }
        if result.candidates.isEmpty {
            el_beep(editLine)
            return UInt8(CC_NORM)
        }
        Out.write("\n" + LibEditInput.columns(result.candidates) + "\n")
        return UInt8(CC_REDISPLAY)
    }

    /// Candidates laid out in columns across an 80-column screen.
    static func columns(_ items: [String]) -> String {
        let width = (items.map { $0.count }.max() ?? 0) + 2
        let perLine = max(1, 80 / max(width, 1))
        var lines: [String] = []
        var line = ""
        for (i, item) in items.enumerated() {
            line += item.padding(to: width)
            if (i + 1) % perLine == 0 {
                lines.append(line)
                line = ""
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
