/// A student's progress in one workspace: where they are, what they passed, the
/// predictions they made and how many hints they saw.
///
/// Stored as plain text, one fact a line, so a corrupt file can be reported by line:
///
///     # Concurrency Tutor progress
///     version 1
///     current coroutines/three-sleeps
///     done coroutines/three-sleeps
///     answer coroutines/three-sleeps 3
///     hints coroutines/gather 2
public struct Progress: Equatable {
    public var current: String?
    public var done: [String] = []
    /// Predict answers given, by exercise id (the last one given).
    public var answers: [String: String] = [:]
    public var hintsUsed: [String: Int] = [:]

    public init() {}

    public func isDone(_ id: String) -> Bool { done.contains(id) }

    public mutating func markDone(_ id: String) {
        if !done.contains(id) { done.append(id) }
    }

    public struct ParseError: Error, Equatable {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    public static func parse(_ text: String) throws -> Progress {
        var p = Progress()
        var sawVersion = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let number = index + 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            let key = String(fields[0])
            func argument(_ i: Int) throws -> String {
                guard i < fields.count, !fields[i].isEmpty else {
                    throw ParseError(line: number, message: "'\(key)' needs a value")
                }
                return String(fields[i])
            }
            switch key {
            case "version":
                guard try argument(1) == "1", fields.count == 2 else {
                    throw ParseError(line: number, message: "unknown version '\(fields.dropFirst().joined(separator: " "))'")
                }
                sawVersion = true
            case "current":
                guard fields.count == 2 else { throw ParseError(line: number, message: "'current' takes one exercise id") }
                p.current = try argument(1)
            case "done":
                guard fields.count == 2 else { throw ParseError(line: number, message: "'done' takes one exercise id") }
                p.markDone(try argument(1))
            case "answer":
                let id = try argument(1)
                p.answers[id] = unescape(fields.count > 2 ? String(fields[2]) : "")
            case "hints":
                let id = try argument(1)
                guard let n = Int(try argument(2)), n >= 0 else {
                    throw ParseError(line: number, message: "'hints' needs a count, got '\(fields.count > 2 ? fields[2] : "")'")
                }
                p.hintsUsed[id] = n
            default:
                throw ParseError(line: number, message: "unknown entry '\(key)'")
            }
        }
        if !sawVersion && !text.isEmpty {
            throw ParseError(line: 1, message: "missing 'version 1'")
        }
        return p
    }

    public func serialized() -> String {
        var out = "# Concurrency Tutor progress (saved by the tutor after every change)\nversion 1\n"
        if let c = current { out += "current \(c)\n" }
        for id in done { out += "done \(id)\n" }
        for id in answers.keys.sorted() { out += "answer \(id) \(Progress.escape(answers[id] ?? ""))\n" }
        for id in hintsUsed.keys.sorted() { out += "hints \(id) \(hintsUsed[id] ?? 0)\n" }
        return out
    }

    /// Answers are one line: backslashes and newlines are escaped.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.append(c)
            }
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        var out = ""
        var escaped = false
        for c in s {
            if escaped {
                switch c {
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}

/// Loads and saves a workspace's progress file.
public final class ProgressStore {
    public let path: String
    public private(set) var progress: Progress

    /// A message for the student when the file could not be read as progress.
    public private(set) var warning: String?

    public init(path: String) {
        self.path = path
        progress = Progress()
        guard let text = FileSystem.readText(path) else { return }
        do {
            progress = try Progress.parse(text)
        } catch let e as Progress.ParseError {
            let backup = ProgressStore.backupPath(for: path)
            let saved = FileSystem.copy(path, to: backup)
            warning = "\(path):\(e.line): \(e.message)\n"
                + (saved ? "The progress file is corrupt; it was kept as \(backup) and progress starts afresh."
                         : "The progress file is corrupt and could not be backed up; progress starts afresh.")
            save()
        } catch {
            warning = "\(path): unreadable progress file; progress starts afresh."
        }
    }

    /// `progress.bak`, or `progress.bak2`... if earlier backups exist.
    static func backupPath(for path: String) -> String {
        var candidate = path + ".bak"
        var n = 2
        while FileSystem.exists(candidate) {
            candidate = path + ".bak\(n)"
            n += 1
        }
        return candidate
    }

    /// Applies a change and saves at once (atomically).
    @discardableResult
    public func update(_ change: (inout Progress) -> Void) -> Bool {
        change(&progress)
        return save()
    }

    @discardableResult
    public func save() -> Bool {
        FileSystem.writeAtomically(progress.serialized(), to: path)
    }
}
