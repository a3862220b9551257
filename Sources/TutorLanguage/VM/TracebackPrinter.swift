import TutorSyntax

/// Formats uncaught exceptions exactly as CPython prints them.
public enum TracebackPrinter {
    public static func format(_ e: PyException, ts: ThreadState) -> String {
        var seen = Set<ObjectIdentifier>()
        return formatChain(e, ts: ts, seen: &seen)
    }

    private static func formatChain(_ e: PyException, ts: ThreadState, seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(e))
        var out = ""
        if let cause = e.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += formatChain(cause, ts: ts, seen: &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let context = e.context, !e.suppressContext, !seen.contains(ObjectIdentifier(context)) {
            out += formatChain(context, ts: ts, seen: &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !e.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            // Like CPython, print a line repeated more than three times in a row once
            // per repeat up to three, then a count (deep recursion stays readable).
            var previous: TracebackEntry?
            var repeats = 0
            func flushRepeats() {
                if repeats > 3 {
                    let n = repeats - 3
                    out += "  [Previous line repeated \(n) more time\(n == 1 ? "" : "s")]\n"
                }
            }
            for entry in e.traceback.reversed() {
                if let p = previous, p.filename == entry.filename, p.line == entry.line, p.function == entry.function {
                    repeats += 1
                    if repeats > 3 { continue }
                } else {
                    flushRepeats()
                    repeats = 1
                    previous = entry
                }
                out += "  File \"\(entry.filename)\", line \(entry.line), in \(entry.function)\n"
                if let line = ts.interpreter.sourceLine(filename: entry.filename, line: entry.line) {
                    let trimmed = line.drop { $0 == " " || $0 == "\t" }
                    if !trimmed.isEmpty { out += "    \(trimmed)\n" }
                }
            }
            flushRepeats()
        }
        out += formatExceptionOnly(e, ts: ts)
        return out
    }

    /// The final lines: the SyntaxError context if any, then `Type: message`.
    public static func formatExceptionOnly(_ e: PyException, ts: ThreadState) -> String {
        var out = ""
        if let info = e.syntaxInfo {
            out += "  File \"\(info.filename)\", line \(info.line)\n"
            let text = info.text
            let stripped = text.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
            let removed = text.count - stripped.count
            let body = stripped.hasSuffix("\n") ? String(stripped.dropLast()) : String(stripped)
            if !body.isEmpty {
                out += "    \(body)\n"
                let caret = max(0, min(info.column - 1 - removed, body.count))
                out += "    " + String(repeating: " ", count: caret) + "^\n"
            }
        }
        let t = e.type!
        let name = (t.moduleName == "builtins" || t.moduleName == "__main__") ? t.qualifiedName
            : "\(t.moduleName).\(t.qualifiedName)"
        var message: String
        if let info = e.syntaxInfo {
            message = info.message
        } else {
            message = (try? ts.str(.object(e))) ?? "<exception str() failed>"
        }
        out += message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
        if case .object(let notes as PyList)? = e.attributes?.getString("__notes__") {
            for n in notes.items { out += ((try? ts.str(n)) ?? "") + "\n" }
        }
        return out
    }
}
