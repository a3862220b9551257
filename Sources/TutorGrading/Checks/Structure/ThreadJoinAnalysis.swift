import TutorSyntax

/// Finds threads that are started but not joined, statically: `t.start()` needs a
/// `t.join()`; threads started in a loop through a rebound name need joining in
/// that loop or through a list they were appended to (joining `t` after the loop
/// joins only the last one); `for t in threads: t.start()` needs a
/// `for t in threads: t.join()`. Names are merged across functions: this is a
/// teaching aid for small programs, not a full data-flow analysis.
struct ThreadJoinAnalysis {
    struct Problem: Equatable {
        var line: Int
        var message: String
    }

    static let threadConstructors: Set<String> = ["threading.Thread", "threading.Timer", "multiprocessing.Process"]

    private struct Event {
        var key: String          // "t" or "threads[]"
        var line: Int
        var loops: [Int]
    }

    static func problems(in module: Module, aliases: ImportAliases) -> [Problem] {
        // Classes deriving from a thread class make threads too.
        var constructors = threadConstructors
        var classes: [(name: String, bases: [Expr])] = []
        SyntaxWalker.walk(module) { node, _ in
            if case .statement(let s) = node, case .classDef(let c) = s.kind { classes.append((c.name, c.bases)) }
        }
        var changed = true
        while changed {
            changed = false
            for c in classes where !constructors.contains(c.name) {
                if c.bases.contains(where: { aliases.dottedName($0).map(constructors.contains) ?? false }) {
                    constructors.insert(c.name)
                    changed = true
                }
            }
        }
        func isThreadCall(_ e: Expr) -> Bool {
            guard case .call(let f, _, _) = e.kind, let name = aliases.dottedName(f) else { return false }
            return constructors.contains(name)
        }
        func isThreadList(_ e: Expr) -> Bool {
            switch e.kind {
            case .listComprehension(let element, _), .generatorExpression(let element, _): return isThreadCall(element)
            case .list(let xs), .tuple(let xs): return !xs.isEmpty && xs.allSatisfy(isThreadCall)
            default: return false
            }
        }

        var threadVars: [String: [[Int]]] = [:]       // name -> loops around each binding
        var appended: [(variable: String, collection: String, loops: [Int])] = []
        var starts: [Event] = []
        var joins: [Event] = []
        var problems: [Problem] = []

        /// What a receiver refers to: loop variables over a collection become `C[]`.
        func keys(_ receiver: Expr, _ ctx: SyntaxContext) -> [String] {
            guard let name = ImportAliases.writtenName(receiver) else { return [] }
            if let binding = ctx.loopVariables.last(where: { $0.name == name }) {
                switch binding.iter.kind {
                case .list(let xs), .tuple(let xs):
                    let names = xs.compactMap(ImportAliases.writtenName)
                    if !names.isEmpty { return names }
                default:
                    if let c = ImportAliases.writtenName(binding.iter) { return [c + "[]"] }
                }
                return []
            }
            return [name]
        }

        SyntaxWalker.walk(module) { node, ctx in
            switch node {
            case .statement(let s):
                if case .assign(let targets, let value) = s.kind {
                    for t in targets {
                        guard let name = ImportAliases.writtenName(t) else { continue }
                        if isThreadCall(value) { threadVars[name, default: []].append(ctx.loops) }
                        if isThreadList(value) { threadVars[name + "[]", default: []].append(ctx.loops) }
                    }
                }
            case .expression(let e):
                guard case .call(let f, let args, _) = e.kind, case .attribute(let receiver, let method) = f.kind else { return }
                switch method {
                case "start":
                    if isThreadCall(receiver) {
                        problems.append(Problem(line: e.location.line,
                            message: "line \(e.location.line) starts a thread without keeping a reference to it, so it can never be joined"))
                    }
                    for k in keys(receiver, ctx) { starts.append(Event(key: k, line: e.location.line, loops: ctx.loops)) }
                case "join":
                    for k in keys(receiver, ctx) { joins.append(Event(key: k, line: e.location.line, loops: ctx.loops)) }
                case "append", "add", "put":
                    guard let collection = ImportAliases.writtenName(receiver), let arg = args.first else { return }
                    if ImportAliases.writtenName(arg) != nil {
                        for k in keys(arg, ctx) { appended.append((k, collection, ctx.loops)) }
                    } else if isThreadCall(arg) {
                        threadVars[collection + "[]", default: []].append(ctx.loops)
                    }
                default:
                    break
                }
            }
        }

        for start in starts {
            let isCollection = start.key.hasSuffix("[]")
            // Only names known to hold threads (or collections of them) are judged.
            let known = threadVars[start.key] != nil || isCollection
                || appended.contains { $0.variable == start.key }
            guard known else { continue }
            if isCollection {
                if !joins.contains(where: { $0.key == start.key }) {
                    let c = String(start.key.dropLast(2))
                    problems.append(Problem(line: start.line, message: "the threads in `\(c)` are started (line \(start.line)) but never joined"))
                }
                continue
            }
            let name = start.key
            // The innermost loop that both rebinds `name` and runs this start.
            let bindingLoops = threadVars[name] ?? []
            let rebindingLoop = start.loops.reversed().first { loop in bindingLoops.contains { $0.contains(loop) } }
            let collectionsJoined: (([Int]) -> Bool) = { within in
                appended.contains { a in
                    a.variable == name && within.allSatisfy(a.loops.contains)
                        && joins.contains { $0.key == a.collection + "[]" }
                }
            }
            if let loop = rebindingLoop {
                let joinedInLoop = joins.contains { $0.key == name && $0.loops.contains(loop) }
                if joinedInLoop || collectionsJoined([loop]) { continue }
                if let late = joins.first(where: { $0.key == name }) {
                    problems.append(Problem(line: late.line, message:
                        "`\(name).join()` on line \(late.line) joins only the last thread started in the loop (line \(start.line)): keep every thread, e.g. in a list, and join each one"))
                } else {
                    problems.append(Problem(line: start.line, message: "the threads started as `\(name)` in a loop (line \(start.line)) are never joined"))
                }
            } else {
                if joins.contains(where: { $0.key == name }) || collectionsJoined([]) { continue }
                problems.append(Problem(line: start.line, message: "thread `\(name)` is started on line \(start.line) but never joined"))
            }
        }
        var seen = Set<String>()
        return problems.filter { seen.insert($0.message).inserted }.sorted { $0.line < $1.line }
    }
}
