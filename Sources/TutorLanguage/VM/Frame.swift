/// An activation of a code object. Frames live on the heap so a generator or
/// coroutine can be suspended at a `yield` and resumed later, on any thread.
public final class Frame {
    struct Block {
        var handler: Int32
        var level: Int32
    }

    public let code: CodeObject
    public let globals: PyDict
    let builtins: PyDict
    /// Module and class bodies (and exec/eval) resolve names here.
    public var localsDict: PyDict?
    let fast: UnsafeMutablePointer<Value?>
    var cells: [PyCell]
    let stack: UnsafeMutablePointer<Value>
    var sp = 0
    var pc = 0
    var blocks: [Block] = []
    /// Exceptions being handled by `except`/`finally` blocks of this frame, innermost last.
    var handledExceptions: [PyException] = []
    /// The calling frame while this one runs.
    public internal(set) var back: Frame?
    /// Set by a yield; tells the caller of `run` the frame suspended rather than returned.
    var isSuspended = false
    /// The frame is suspended inside `yield from`/`await`, not at its own `yield`
    /// (an async generator tells its awaits from its yields this way).
    var suspendedInAwait = false
    /// An exception to raise at the resume point (generator.throw).
    var pendingThrow: PyException?
    /// A value the delegate yielded while handling a thrown exception.
    var pendingYield: Value?
    /// The function this frame runs, if any. Strong on purpose: a weak reference
    /// would move the function's reference count to a slow side table.
    var function: PyFunction?

    init(code: CodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?, closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.localsDict = locals
        let n = code.variableNames.count
        fast = .allocate(capacity: max(n, 1))
        fast.initialize(repeating: nil, count: n)
        stack = .allocate(capacity: code.stackSize)
        if code.cellNames.isEmpty {
            cells = closure
        } else {
            var c: [PyCell] = []
            c.reserveCapacity(code.cellNames.count + closure.count)
            for _ in code.cellNames { c.append(PyCell()) }
            c.append(contentsOf: closure)
            cells = c
        }
    }

    deinit {
        stack.deinitialize(count: sp)
        stack.deallocate()
        fast.deinitialize(count: code.variableNames.count)
        fast.deallocate()
    }

    /// Copies parameters that are captured by closures into their cells.
    func initialiseCellArguments() {
        for (i, arg) in code.cellArguments.enumerated() where arg >= 0 {
            cells[i].contents = fast[arg]
        }
    }

    public var currentLine: Int { code.line(at: max(pc - 1, 0)) }

    @inline(__always) func push(_ v: Value) {
        (stack + sp).initialize(to: v)
        sp &+= 1
    }

    @inline(__always) func pop() -> Value {
        sp &-= 1
        return (stack + sp).move()
    }

    @inline(__always) var top: Value {
        get { stack[sp &- 1] }
        set { stack[sp &- 1] = newValue }
    }

    @inline(__always) func peek(_ n: Int) -> Value { stack[sp &- n] }

    func popMany(_ n: Int) -> [Value] {
        let base = sp - n
        let out = Array(UnsafeBufferPointer(start: stack + base, count: n))
        (stack + base).deinitialize(count: n)
        sp = base
        return out
    }

    func truncateStack(to level: Int) {
        if sp > level {
            (stack + level).deinitialize(count: sp - level)
            sp = level
        }
    }
}
