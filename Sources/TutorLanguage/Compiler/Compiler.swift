import TutorSyntax

/// Translates a syntax tree into code objects (one per scope).
public final class Compiler {
    public enum Mode {
        /// A program or module: statements, result discarded.
        case module
        /// `eval()`: one expression whose value is returned.
        case expression
        /// The REPL: expression statements echo their value.
        case interactive
    }

    let filename: String
    let source: String
    var unit: CodeUnit
    let mode: Mode

    private init(filename: String, source: String, unit: CodeUnit, mode: Mode) {
        self.filename = filename
        self.source = source
        self.unit = unit
        self.mode = mode
    }

    /// Compiles a parsed module. Throws `SyntaxErrorInfo` for errors only the
    /// compiler can see ('return' outside function, misplaced break, ...).
    public static func compile(_ module: Module, filename: String, source: String,
                               mode: Mode = .module) throws -> CodeObject {
        let analysis = ScopeAnalysis.analyzeModule(body: module.body)
        let unit = CodeUnit(kind: .module, analysis: analysis, name: "<module>", qualifiedName: "<module>",
                            parent: nil, firstLine: 1)
        unit.flags.insert(.usesLocalsDict)
        let c = Compiler(filename: filename, source: source, unit: unit, mode: mode)
        if let err = analysis.errors.first { throw c.syntaxError(err.message, err.location) }
        try c.compileBody(module.body)
        if mode == .module || mode == .interactive {
            c.unit.emit(.loadConst, c.unit.constantSlot(.none))
            c.unit.emit(.returnValue)
        }
        return try c.finish(c.unit)
    }

    public static func compileExpression(_ expr: Expr, filename: String, source: String) throws -> CodeObject {
        let unit = CodeUnit(kind: .module, analysis: ScopeAnalysis.analyzeModule(body: [Stmt(.expression(expr), expr.location)]),
                            name: "<module>", qualifiedName: "<module>", parent: nil, firstLine: 1)
        unit.flags.insert(.usesLocalsDict)
        let c = Compiler(filename: filename, source: source, unit: unit, mode: .expression)
        c.unit.currentLine = expr.location.line
        try c.compile(expr)
        c.unit.emit(.returnValue)
        return try c.finish(c.unit)
    }

    func finish(_ u: CodeUnit) throws -> CodeObject {
        do {
            return try u.makeCode(filename: filename)
        } catch {
            throw syntaxError("internal compiler error: inconsistent stack depth in \(u.name)",
                              SourceLocation(line: u.firstLine, column: 0))
        }
    }

    func syntaxError(_ message: String, _ loc: SourceLocation) -> SyntaxErrorInfo {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let text = loc.line >= 1 && loc.line <= lines.count ? String(lines[loc.line - 1]) : ""
        return SyntaxErrorInfo(message: message, filename: filename, line: loc.line, column: loc.column + 1,
                               text: text)
    }

    // MARK: nested scopes

    /// Compiles `body` as a new code unit and returns its code object.
    func withUnit(_ kind: ScopeAnalysis.Kind, analysis: ScopeAnalysis, name: String, line: Int,
                  _ build: () throws -> Void) throws -> (CodeObject, CodeUnit) {
        let qual: String
        switch unit.kind {
        case .module: qual = name
        case .function, .comprehension: qual = unit.qualifiedName + ".<locals>." + name
        case .classBody: qual = unit.qualifiedName + "." + name
        }
        let child = CodeUnit(kind: kind, analysis: analysis, name: name, qualifiedName: qual, parent: unit,
                             firstLine: line)
        if let err = analysis.errors.first { throw syntaxError(err.message, err.location) }
        for n in analysis.declaredNonlocal where child.derefSlot(n) == nil {
            throw syntaxError("no binding for nonlocal '\(n)' found", SourceLocation(line: line, column: 0))
        }
        let saved = unit
        unit = child
        defer { unit = saved }
        try build()
        return (try finish(child), child)
    }

    /// Emits the closure tuple (if any) and MAKE_FUNCTION for a compiled child.
    func emitMakeFunction(_ code: CodeObject, child: CodeUnit, flags: MakeFunctionFlags) {
        var f = flags
        if !child.freeNames.isEmpty {
            for n in child.freeNames {
                guard let slot = unit.derefSlot(n) else { continue }
                unit.emit(.loadClosure, slot)
            }
            unit.emit(.buildTuple, child.freeNames.count)
            f.insert(.closure)
        }
        unit.emit(.loadConst, unit.constantSlot(.object(code)))
        unit.emit(.loadConst, unit.constantSlot(.str(code.qualifiedName)))
        unit.emit(.makeFunction, Int(f.rawValue))
    }

    // MARK: names

    func load(_ n: String) {
        switch unit.access(for: n) {
        case .fast(let i): unit.emit(.loadFast, i)
        case .deref(let i): unit.emit(.loadDeref, i)
        case .classDeref(let i): unit.emit(.loadClassDeref, i)
        case .global: unit.emit(.loadGlobal, unit.nameSlot(n))
        case .name: unit.emit(.loadName, unit.nameSlot(n))
        }
    }

    func store(_ n: String) {
        switch unit.access(for: n) {
        case .fast(let i): unit.emit(.storeFast, i)
        case .deref(let i): unit.emit(.storeDeref, i)
        case .classDeref: unit.emit(.storeName, unit.nameSlot(n))
        case .global: unit.emit(.storeGlobal, unit.nameSlot(n))
        case .name: unit.emit(.storeName, unit.nameSlot(n))
        }
    }

    func delete(_ n: String) {
        switch unit.access(for: n) {
        case .fast(let i): unit.emit(.deleteFast, i)
        case .deref(let i): unit.emit(.deleteDeref, i)
        case .classDeref: unit.emit(.deleteName, unit.nameSlot(n))
        case .global: unit.emit(.deleteGlobal, unit.nameSlot(n))
        case .name: unit.emit(.deleteName, unit.nameSlot(n))
        }
    }

    func loadConst(_ v: Value) { unit.emit(.loadConst, unit.constantSlot(v)) }

    func setLine(_ loc: SourceLocation) {
        if loc.line > 0 { unit.currentLine = loc.line }
    }

    var isAsyncContext: Bool { unit.flags.contains(.coroutine) || unit.flags.contains(.asyncGenerator) }
}
