import TutorSyntax

/// Checks on the syntax tree: which functions are called (imports resolved),
/// which are forbidden (anywhere, or inside `async def`), which constructs are
/// used, and whether every started thread is joined.
enum StructureCheck {
    /// `files`: the student's Python files (name, source), `files[0]` first. A
    /// required call or construct may appear in any of them; forbidden calls and
    /// unjoined threads count in every one.
    static func evaluate(_ spec: StructureSpec, files: [(name: String, source: String)]) -> CheckOutcome {
        var failures: [String] = []
        var calls: [(file: String, call: StructureFacts.Call)] = []
        var constructs: Set<StructureSpec.Construct> = []
        var joinProblems: [(file: String, problem: ThreadJoinAnalysis.Problem)] = []
        for file in files {
            let module: Module
            do {
                module = try Parser.parseModule(file.source, filename: file.name)
            } catch let error as SyntaxErrorInfo {
                return .failed("\(file.name) does not parse: line \(error.line): \(error.kind.rawValue): \(error.message)")
            } catch {
                return .failed("\(file.name) does not parse: \(error)")
            }
            let aliases = ImportAliases(module)
            let facts = StructureFacts(module, aliases: aliases)
            calls += facts.calls.map { (file.name, $0) }
            constructs.formUnion(facts.constructs)
            if spec.threadsJoined {
                joinProblems += ThreadJoinAnalysis.problems(in: module, aliases: aliases).map { (file.name, $0) }
            }
        }
        // Name the file only when there is more than one.
        func at(_ file: String, _ text: String) -> String { files.count > 1 ? "\(file): " + text : text }

        for wanted in spec.mustCall where !calls.contains(where: { ImportAliases.matches(pattern: wanted, callee: $0.call.callee) }) {
            failures.append("Your program never calls `\(display(wanted))`.")
        }
        for banned in spec.mustNotCall {
            for (file, call) in calls where ImportAliases.matches(pattern: banned, callee: call.callee) {
                failures.append(at(file, "Line \(call.line) calls `\(display(banned))`, which this exercise does not allow."))
            }
        }
        for banned in spec.mustNotCallInAsync {
            for (file, call) in calls where call.asyncFunction != nil && ImportAliases.matches(pattern: banned, callee: call.callee) {
                var message = "Line \(call.line) calls `\(display(banned))` inside `async def \(call.asyncFunction ?? "")`: "
                message += "a blocking call in a coroutine stops every other task on the event loop"
                if banned == "time.sleep" { message += "; `await asyncio.sleep(...)` waits without blocking" }
                failures.append(at(file, message + "."))
            }
        }
        for construct in spec.mustUse where !constructs.contains(construct) {
            failures.append("Your program does not use \(describe(construct)).")
        }
        for (file, p) in joinProblems {
            failures.append(at(file, p.message.prefix(1).uppercased() + p.message.dropFirst() + "."))
        }
        if failures.isEmpty { return .passed }
        return .failed(failures.joined(separator: "\n"))
    }

    private static func display(_ pattern: String) -> String {
        pattern.hasPrefix(".") ? "…" + pattern + "()" : pattern + "()"
    }

    static func describe(_ c: StructureSpec.Construct) -> String {
        switch c {
        case .with: return "a `with` statement"
        case .asyncWith: return "`async with`"
        case .asyncFor: return "`async for`"
        case .lockWith: return "`with` on a lock (`with lock:`)"
        case .await: return "`await`"
        case .global: return "a `global` declaration"
        case .nonlocal: return "a `nonlocal` declaration"
        case .asyncDef: return "`async def`"
        case .tryStatement: return "a `try` statement"
        }
    }
}

/// What a module calls and which constructs it uses.
struct StructureFacts {
    struct Call {
        var callee: String
        var line: Int
        /// The innermost enclosing function when it is an `async def`.
        var asyncFunction: String?
    }

    static let lockConstructors: Set<String> = [
        "threading.Lock", "threading.RLock", "threading.Semaphore", "threading.BoundedSemaphore", "threading.Condition",
        "asyncio.Lock", "asyncio.Semaphore", "asyncio.BoundedSemaphore", "asyncio.Condition",
        "multiprocessing.Lock", "multiprocessing.RLock", "multiprocessing.Semaphore",
    ]

    var calls: [Call] = []
    var constructs: Set<StructureSpec.Construct> = []

    init(_ module: Module, aliases: ImportAliases) {
        var calls: [Call] = []
        var constructs: Set<StructureSpec.Construct> = []
        var lockNames: Set<String> = []
        var withContexts: [Expr] = []
        SyntaxWalker.walk(module) { node, ctx in
            switch node {
            case .statement(let s):
                switch s.kind {
                case .with(let items, _, let isAsync):
                    constructs.insert(isAsync ? .asyncWith : .with)
                    withContexts += items.map(\.context)
                case .forStmt(_, _, _, _, true): constructs.insert(.asyncFor)
                case .global: constructs.insert(.global)
                case .nonlocal: constructs.insert(.nonlocal)
                case .tryStmt: constructs.insert(.tryStatement)
                case .functionDef(let f) where f.isAsync: constructs.insert(.asyncDef)
                case .assign(let targets, let value):
                    if case .call(let f, _, _) = value.kind, let name = aliases.dottedName(f), Self.lockConstructors.contains(name) {
                        for t in targets { if let n = ImportAliases.writtenName(t) { lockNames.insert(n) } }
                    }
                default: break
                }
            case .expression(let e):
                switch e.kind {
                case .call(let function, _, _):
                    if let callee = aliases.calleeName(function) {
                        calls.append(Call(callee: callee, line: e.location.line, asyncFunction: ctx.inAsyncFunction ? ctx.function : nil))
                    }
                case .await: constructs.insert(.await)
                case .listComprehension(_, let gens), .setComprehension(_, let gens), .generatorExpression(_, let gens),
                     .dictComprehension(_, _, let gens):
                    if gens.contains(where: \.isAsync) { constructs.insert(.asyncFor) }
                default: break
                }
            }
        }
        // A `with` is on a lock when its subject was made by a lock constructor,
        // is one (`with threading.Lock():`, legal though useless), or is named like one.
        for context in withContexts {
            if case .call(let f, _, _) = context.kind, let name = aliases.dottedName(f), Self.lockConstructors.contains(name) {
                constructs.insert(.lockWith)
            } else if let name = ImportAliases.writtenName(context) {
                let last = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
                if lockNames.contains(name) || last.contains("lock") || last.contains("mutex") || last.contains("sem") {
                    constructs.insert(.lockWith)
                }
            }
        }
        self.calls = calls
        self.constructs = constructs
    }
}
