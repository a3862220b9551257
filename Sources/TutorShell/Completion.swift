/// Tab completion as data: what to insert at the cursor and, when the choice is
/// ambiguous, the candidates to list. Kept free of libedit so it can be tested.
struct Completion: Equatable {
    /// Text to insert at the cursor (may be empty).
    var insert: String
    /// Shown under the line when more than one candidate remains.
    var candidates: [String]

    /// Completes `word` (the text after the last separator before the cursor)
    /// against `options`. A unique match is completed with `suffix` appended.
    static func complete(word: String, options: [String], suffix: String = " ") -> Completion {
        let matches = Array(Set(options.filter { $0.hasPrefix(word) })).sorted()
        if matches.isEmpty { return Completion(insert: "", candidates: []) }
        if matches.count == 1 {
            return Completion(insert: String(matches[0].dropFirst(word.count)) + suffix, candidates: [])
        }
        let common = longestCommonPrefix(matches)
        let insert = String(common.dropFirst(word.count))
        return Completion(insert: insert, candidates: insert.isEmpty ? matches : [])
    }

    static func longestCommonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for w in words.dropFirst() {
            let chars = Array(w)
            var n = 0
            while n < prefix.count && n < chars.count && prefix[n] == chars[n] { n += 1 }
            prefix = Array(prefix[0..<n])
        }
        return String(prefix)
    }

    /// The word before the cursor: the text after the last character in `separators`.
    static func currentWord(_ text: String, separators: Set<Character> = [" ", "\t"]) -> String {
        guard let i = text.lastIndex(where: { separators.contains($0) }) else { return text }
        return String(text[text.index(after: i)...])
    }
}

/// Completion for the tutor's prompt: command names first, then each command's
/// argument (exercise ids and their suffixes, or command names for `help`).
struct ShellCompleter {
    var commands: [String]
    var exerciseIDs: [String]
    /// Commands whose argument is an exercise.
    var exerciseCommands: Set<String>

    func complete(_ text: String) -> Completion {
        let word = Completion.currentWord(text)
        let before = text.dropLast(word.count).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if before.isEmpty {
            return Completion.complete(word: word, options: commands)
        }
        guard before.count == 1 else { return Completion(insert: "", candidates: []) }
        if before[0] == "help" {
            return Completion.complete(word: word, options: commands)
        }
        if exerciseCommands.contains(before[0]) {
            // Complete full ids and the exercise's own name (the suffix students type).
            var options = exerciseIDs
            for id in exerciseIDs { if let slash = id.lastIndex(of: "/") { options.append(String(id[id.index(after: slash)...])) } }
            return Completion.complete(word: word, options: options)
        }
        return Completion(insert: "", candidates: [])
    }
}
