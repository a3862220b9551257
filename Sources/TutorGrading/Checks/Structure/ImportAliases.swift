import TutorSyntax

/// What each imported name stands for, so `from time import sleep as nap`
/// followed by `nap(1)` counts as a call of `time.sleep`. Imports anywhere in the
/// file count (a function-level import binds the same way for our purposes).
struct ImportAliases {
    private var names: [String: String] = [:]

    init(_ module: Module) {
        var found: [String: String] = [:]
        SyntaxWalker.walk(module) { node, _ in
            guard case .statement(let s) = node else { return }
            switch s.kind {
            case .importModules(let aliases):
                for a in aliases {
                    if let alias = a.asName {
                        found[alias] = a.name
                    } else if let head = a.name.split(separator: ".").first {
                        found[String(head)] = String(head)
                    }
                }
            case .importFrom(let module?, let aliases, 0):
                for a in aliases where a.name != "*" {
                    found[a.asName ?? a.name] = module + "." + a.name
                }
            default:
                break
            }
        }
        names = found
    }

    /// `a.b.c` for a chain of names and attributes, with the first name resolved
    /// through the imports; nil for anything else (a call's result, a subscript).
    func dottedName(_ e: Expr) -> String? {
        switch e.kind {
        case .name(let n): return names[n] ?? n
        case .attribute(let base, let attr): return dottedName(base).map { $0 + "." + attr }
        default: return nil
        }
    }

    /// The name of what a call calls: its dotted name, or `?.method` when the
    /// receiver is not a plain name (`Thread(...).start()` -> `?.start`).
    func calleeName(_ function: Expr) -> String? {
        if let d = dottedName(function) { return d }
        if case .attribute(_, let attr) = function.kind { return "?." + attr }
        return nil
    }

    /// The text as written, without resolving imports (for receivers like `t` in `t.join()`).
    static func writtenName(_ e: Expr) -> String? {
        switch e.kind {
        case .name(let n): return n
        case .attribute(let base, let attr): return writtenName(base).map { $0 + "." + attr }
        default: return nil
        }
    }

    /// Whether a check's name pattern matches a resolved callee: `asyncio.gather`
    /// exactly, or `.join` for any method of that name.
    static func matches(pattern: String, callee: String) -> Bool {
        if pattern.hasPrefix(".") { return callee.hasSuffix(pattern) }
        return callee == pattern
    }
}
