import Glibc
import TutorSyntax

/// Which instructions may hand the GIL to another thread.
public enum SwitchPointMode: Sendable {
    /// Between any two instructions, so `x += 1` can be split between its load and
    /// its store: the race the lectures describe happens for real.
    case everyInstruction
    /// Only at calls and loop back edges, as CPython 3.10+ does.
    case callsAndBackwardJumps
}

/// What the runtime layer plugs into the interpreter: the GIL, the scheduler,
/// time limits. The interpreter calls it when a thread's eval breaker is set.
public protocol ExecutionController: AnyObject {
    /// Runs at a switch point whose eval breaker was set; may block to hand over the
    /// GIL or throw (KeyboardInterrupt, a time limit).
    func evalBreakerTripped(_ ts: ThreadState) throws
    /// The thread is about to block outside Python code (sleep, I/O, a lock): let others run.
    func releaseForBlocking(_ ts: ThreadState)
    /// The blocking operation is over: wait for the GIL again.
    func reacquireAfterBlocking(_ ts: ThreadState)
}

/// A provider of a module implemented in Swift (or in bundled Python source).
public typealias ModuleFactory = (_ ts: ThreadState) throws -> PyModule

/// State shared by every interpreter thread of one program run: builtins,
/// modules, settings and standard streams.
public final class Interpreter {
    public struct Options {
        public var argv: [String] = [""]
        public var recursionLimit = 1000
        public var switchPoints: SwitchPointMode = .everyInstruction
        public init() {}
    }

    public let builtins: PyDict
    /// The `builtins` module, whose dict is `builtins`.
    public let builtinsModule: PyModule
    public var modules: [String: PyModule] = [:]
    public var moduleFactories: [String: ModuleFactory] = [:]
    /// Run after the main module finishes (join non-daemon threads, ...).
    public var atExitHooks: [(ThreadState) throws -> Void] = []
    public var recursionLimit: Int
    public var switchPoints: SwitchPointMode
    public var stdout: TextSink
    public var stderr: TextSink
    public var stdin: LineSource
    public var argv: [String]
    public weak var controller: ExecutionController?
    /// The folder `import name` searches for `name.py` after the provided modules
    /// (the main program's folder, as CPython's `sys.path[0]`); nil: none.
    public var moduleSearchDirectory: String?
    /// Set in a scheduled run: `id()` and default reprs then replay with the seed.
    public var replayableIdentities: ReplayableIdentities?
    /// The runtime layer's state for this interpreter (kept alive by it).
    public var runtimeState: AnyObject?
    /// Cleared when the run is over, so late-freed coroutines stay quiet.
    public var reportsUnawaitedCoroutines = true
    /// The type names of exceptions no code caught, in the main thread or in other
    /// threads (SystemExit excluded), so a grader can tell a clean run from one
    /// whose thread died with a traceback.
    public var uncaughtExceptionTypes: [String] { uncaughtLock.withLock { uncaught } }
    private var uncaught: [String] = []
    private let uncaughtLock = Lock()
    public func noteUncaught(_ e: PyException) {
        if e.isInstance(of: BuiltinTypes.systemExit) { return }
        uncaughtLock.withLock {
            if uncaught.count < 100 { uncaught.append(e.type.name) }
        }
    }
    /// Source text by filename, for tracebacks.
    private var sources: [String: [Substring]] = [:]
    private let sourcesLock = Lock()
    /// Called for every thread the interpreter creates or adopts.
    public var mainThread: ThreadState!

    public init(options: Options = Options(), stdout: TextSink = FileDescriptorSink(fd: 1),
                stderr: TextSink = FileDescriptorSink(fd: 2, lineBuffered: true),
                stdin: LineSource = FileDescriptorLineSource()) {
        BuiltinMethods.installOnce()
        self.builtins = PyDict()
        self.builtinsModule = PyModule(name: "builtins", dict: builtins)
        self.recursionLimit = options.recursionLimit
        self.switchPoints = options.switchPoints
        self.stdout = stdout
        self.stderr = stderr
        self.stdin = stdin
        self.argv = options.argv
        BuiltinFunctions.install(into: builtins)
        StandardModules.register(in: self)
        mainThread = ThreadState(interpreter: self, name: "MainThread")
    }

    public func registerSource(_ text: String, filename: String) {
        sourcesLock.lock()
        sources[filename] = text.split(separator: "\n", omittingEmptySubsequences: false)
        sourcesLock.unlock()
    }

    public func sourceLine(filename: String, line: Int) -> String? {
        sourcesLock.lock()
        defer { sourcesLock.unlock() }
        guard let lines = sources[filename], line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
    }

    /// Compiles source into a code object, raising SyntaxError as a Python exception.
    public func compile(_ source: String, filename: String, mode: Compiler.Mode = .module) throws -> CodeObject {
        registerSource(source, filename: filename)
        do {
            switch mode {
            case .expression:
                let expr = try Parser.parseExpression(source, filename: filename)
                return try Compiler.compileExpression(expr, filename: filename, source: source)
            case .interactive:
                let module = try Parser.parseInteractive(source, filename: filename)
                return try Compiler.compile(module, filename: filename, source: source, mode: .interactive)
            case .module:
                let module = try Parser.parseModule(source, filename: filename)
                return try Compiler.compile(module, filename: filename, source: source, mode: .module)
            }
        } catch let e as SyntaxErrorInfo {
            throw PyException.fromSyntaxError(e)
        }
    }
}

extension PyException {
    /// A SyntaxError exception object with CPython's attributes.
    public static func fromSyntaxError(_ e: SyntaxErrorInfo) -> PyException {
        let type: PyType
        switch e.kind {
        case .syntaxError: type = BuiltinTypes.syntaxError
        case .indentationError: type = BuiltinTypes.indentationError
        case .tabError: type = BuiltinTypes.tabError
        }
        let details = Value.tuple([.str(e.filename), .int(e.line), .int(e.column), .str(e.text)])
        let exc = PyException(type: type, args: [.str(e.message), details])
        let attrs = PyDict()
        attrs.setString("msg", .str(e.message))
        attrs.setString("filename", .str(e.filename))
        attrs.setString("lineno", .int(e.line))
        attrs.setString("offset", .int(e.column))
        attrs.setString("text", .str(e.text))
        attrs.setString("print_file_and_line", .none)
        exc.attributes = attrs
        exc.syntaxInfo = e
        return exc
    }
}
