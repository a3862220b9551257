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
    /// Locals and the operand stack share one allocation: locals first.
    let fast: UnsafeMutablePointer<Value?>
    let stack: UnsafeMutablePointer<Value>
    private let localCount: Int
    var cells: [PyCell]
    var sp = 0
    var pc = 0
    var blocks: [Block] = []
    /// Exceptions being handled by `except`/`finally` blocks of this frame, innermost last.
    var handledExceptions: [PyException] = []
    /// The calling frame while this one runs. Not retained: the caller is alive
    /// for as long as this frame runs, and the link is cleared when it returns.
    public internal(set) unowned(unsafe) var back: Frame?
    /// The next frame in its code object's free list.
    private var nextFree: Frame?
    /// Set by a yield; tells the caller of `run` the frame suspended rather than returned.
    var isSuspended = false
    /// The frame is suspended inside `yield from`/`await`, not at its own `yield`
    /// (an async generator tells its awaits from its yields this way).
    var suspendedInAwait = false
    /// An exception to raise at the resume point (generator.throw).
    var pendingThrow: PyException?
    /// A value the delegate yielded while handling a thrown exception.
    var pendingYield: Value?

    init(code: CodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?, closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.localsDict = locals
        let n = code.variableNames.count
        localCount = n
        let localBytes = n * MemoryLayout<Value?>.stride
        let stackOffset = (localBytes + MemoryLayout<Value>.alignment - 1) / MemoryLayout<Value>.alignment
            * MemoryLayout<Value>.alignment
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: max(stackOffset + code.stackSize * MemoryLayout<Value>.stride, 16),
            alignment: max(MemoryLayout<Value?>.alignment, MemoryLayout<Value>.alignment))
        fast = raw.bindMemory(to: Value?.self, capacity: n)
        fast.initialize(repeating: nil, count: n)
        stack = (raw + stackOffset).bindMemory(to: Value.self, capacity: code.stackSize)
        cells = Frame.makeCells(code, closure)
    }

    private static func makeCells(_ code: CodeObject, _ closure: [PyCell]) -> [PyCell] {
        if code.cellNames.isEmpty { return closure }
        var c: [PyCell] = []
        c.reserveCapacity(code.cellNames.count + closure.count)
        for _ in code.cellNames { c.append(PyCell()) }
        c.append(contentsOf: closure)
        return c
    }

    deinit {
        stack.deinitialize(count: sp)
        fast.deinitialize(count: localCount)
        UnsafeMutableRawPointer(fast).deallocate()
    }

    /// Gets a frame for a call of `code`: a pooled one when available. A frame
    /// returns to the pool only when nothing else references it (see `recycle`).
    static func make(code: CodeObject, globals: PyDict, builtins: PyDict, closure: [PyCell]) -> Frame {
        if let f = code.freeFrames, f.globals === globals && f.builtins === builtins {
            code.freeFrames = f.nextFree
            code.freeFrameCount -= 1
            f.nextFree = nil
            f.cells = code.cellNames.isEmpty ? closure : makeCells(code, closure)
            return f
        }
        return Frame(code: code, globals: globals, builtins: builtins, locals: nil, closure: closure)
    }

    /// Clears a finished function frame and keeps it for the next call of its code.
    static func recycle(_ f: inout Frame) {
        let code = f.code
        guard code.freeFrameCount < 32, isKnownUniquelyReferenced(&f) else { return }
        f.truncateStack(to: 0)
        for i in 0..<f.localCount { f.fast[i] = nil }
        f.pc = 0
        if !f.blocks.isEmpty { f.blocks.removeAll(keepingCapacity: true) }
        if !f.handledExceptions.isEmpty { f.handledExceptions.removeAll() }
        f.isSuspended = false
        f.suspendedInAwait = false
        f.pendingThrow = nil
        f.pendingYield = nil
        f.cells = []
        f.nextFree = code.freeFrames
        code.freeFrames = f
        code.freeFrameCount += 1
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
