import TutorSyntax

/// The code being emitted for one scope, with its name tables.
final class CodeUnit {
    enum FrameBlock {
        case whileLoop(start: Int, breaks: [Int])
        case forLoop(start: Int, breaks: [Int])
        case tryFinally(body: [Stmt])
        case finallyEnd
        case with(isAsync: Bool)
        case handlerCleanup(name: String?)
        case exceptBody
        case asyncComprehensionGenerator
    }

    let kind: ScopeAnalysis.Kind
    let analysis: ScopeAnalysis
    let name: String
    let qualifiedName: String
    let parent: CodeUnit?
    let firstLine: Int
    var flags: CodeObject.Flags = []

    var instructions: [Instruction] = []
    var lines: [Int32] = []
    var constants: [Value] = []
    var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    var variableNames: [String] = []
    private var variableIndex: [String: Int] = [:]
    var cellNames: [String] = []
    var freeNames: [String] = []
    private var derefIndex: [String: Int] = [:]
    var frameBlocks: [FrameBlock] = []
    var currentLine = 1
    var argumentCount = 0
    var positionalOnlyCount = 0
    var keywordOnlyCount = 0
    /// The class body provides a `__class__` cell for zero-argument super().
    var providesClassCell = false

    init(kind: ScopeAnalysis.Kind, analysis: ScopeAnalysis, name: String, qualifiedName: String,
         parent: CodeUnit?, firstLine: Int) {
        self.kind = kind
        self.analysis = analysis
        self.name = name
        self.qualifiedName = qualifiedName
        self.parent = parent
        self.firstLine = firstLine
        self.currentLine = firstLine
        if kind == .function || kind == .comprehension {
            for local in analysis.locals where !analysis.declaredNonlocal.contains(local) {
                if analysis.declaredGlobal.contains(local) { continue }
                _ = variableSlot(local)
                if analysis.childFree.contains(local) { cellNames.append(local) }
            }
        }
        if kind == .classBody && analysis.childNeedsClassCell {
            cellNames.append("__class__")
            providesClassCell = true
        }
        if kind != .module {
            let candidates = analysis.free.sorted()
            for n in candidates where parent?.providesBinding(for: n) == true {
                if !cellNames.contains(n) { freeNames.append(n) }
            }
            if analysis.usesClassCell && kind != .classBody && !freeNames.contains("__class__")
                && parent?.providesBinding(for: "__class__") == true {
                freeNames.append("__class__")
            }
        }
        for (i, n) in (cellNames + freeNames).enumerated() { derefIndex[n] = i }
    }

    /// True if a nested scope's free name `n` resolves to a variable of this scope
    /// or one enclosing it (not to a global).
    func providesBinding(for n: String) -> Bool {
        switch kind {
        case .module:
            return false
        case .classBody:
            if n == "__class__" && providesClassCell { return true }
            return parent?.providesBinding(for: n) ?? false
        case .function, .comprehension:
            if analysis.declaredGlobal.contains(n) { return false }
            if derefIndex[n] != nil { return true }
            if analysis.locals.contains(n) { return true }
            return parent?.providesBinding(for: n) ?? false
        }
    }

    // MARK: tables

    func variableSlot(_ n: String) -> Int {
        if let i = variableIndex[n] { return i }
        variableIndex[n] = variableNames.count
        variableNames.append(n)
        return variableNames.count - 1
    }

    func nameSlot(_ n: String) -> Int {
        if let i = nameIndex[n] { return i }
        nameIndex[n] = names.count
        names.append(n)
        return names.count - 1
    }

    func constantSlot(_ v: Value) -> Int {
        // Reuse identical immutable scalars and strings; the tables stay small either way.
        for (i, c) in constants.enumerated() {
            switch (c, v) {
            case (.none, .none): return i
            case (.bool(let a), .bool(let b)) where a == b: return i
            case (.int(let a), .int(let b)) where a == b: return i
            case (.object(let a as PyStr), .object(let b as PyStr)) where a.value.utf8.elementsEqual(b.value.utf8): return i
            default: continue
            }
        }
        constants.append(v)
        return constants.count - 1
    }

    func derefSlot(_ n: String) -> Int? { derefIndex[n] }

    // MARK: name resolution

    enum Access { case fast(Int), deref(Int), global, name, classDeref(Int) }

    func access(for n: String) -> Access {
        switch kind {
        case .module:
            return .name
        case .classBody:
            if analysis.declaredGlobal.contains(n) { return .global }
            if let d = derefIndex[n], !analysis.locals.contains(n) { return .classDeref(d) }
            return .name
        case .function, .comprehension:
            if analysis.declaredGlobal.contains(n) { return .global }
            if let d = derefIndex[n] { return .deref(d) }
            if let v = variableIndex[n] { return .fast(v) }
            return .global
        }
    }

    // MARK: emission

    @discardableResult
    func emit(_ op: Opcode, _ arg: Int = 0) -> Int {
        instructions.append(Instruction(op, Int32(truncatingIfNeeded: arg)))
        lines.append(Int32(truncatingIfNeeded: currentLine))
        return instructions.count - 1
    }

    var nextIndex: Int { instructions.count }

    func patch(_ at: Int, to target: Int) {
        instructions[at].arg = Int32(truncatingIfNeeded: target)
    }

    func patchHere(_ at: Int) { patch(at, to: nextIndex) }

    /// A jump to an earlier instruction is a loop back edge.
    func emitJump(to target: Int) {
        emit(target <= nextIndex ? .jumpBackward : .jump, target)
    }

    func makeCode(filename: String) throws -> CodeObject {
        let depth = try StackDepth.compute(instructions)
        let cellArgs = cellNames.map { n -> Int in
            let params = argumentCount + keywordOnlyCount
                + (flags.contains(.varArgs) ? 1 : 0) + (flags.contains(.varKeywords) ? 1 : 0)
            if let v = variableIndex[n], v < params { return v }
            return -1
        }
        return CodeObject(
            name: name, qualifiedName: qualifiedName, filename: filename, firstLine: firstLine,
            instructions: instructions, lines: lines, constants: constants, names: names,
            variableNames: variableNames, cellNames: cellNames, freeNames: freeNames,
            cellArguments: cellArgs, argumentCount: argumentCount, positionalOnlyCount: positionalOnlyCount,
            keywordOnlyCount: keywordOnlyCount, flags: flags, stackSize: depth)
    }
}
