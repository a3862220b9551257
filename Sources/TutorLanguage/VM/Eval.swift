import Glibc

extension ThreadState {
    /// Runs (or resumes) a frame until it returns or yields. A yield leaves
    /// `frame.isSuspended` set; the frame can be run again later to resume.
    func run(_ f: Frame) throws -> Value {
        try enterFrame(f)
        defer { leaveFrame(f) }
        let code = f.code
        let instructions = code.instructionPointer
        let constants = code.constantPointer
        let names = code.namePointer
        let everyInstruction = interpreter.switchPoints == .everyInstruction
        let breaker = evalBreaker
        var pc = f.pc
        f.isSuspended = false

        while true {
            do {
                if let thrown = f.pendingThrow {
                    f.pendingThrow = nil
                    if try throwIntoDelegate(f, thrown) {
                        pc = f.pc
                    } else if let y = f.pendingYield {
                        f.pendingYield = nil
                        f.isSuspended = true
                        f.suspendedInAwait = true
                        return y
                    }
                }
                while true {
                    let ins = instructions[pc]
                    pc &+= 1
                    f.pc = pc
                    if everyInstruction || ins.opcode.isCallOrBackwardJump {
                        if breaker.load(ordering: .relaxed) != 0 { try handleEvalBreaker() }
                    }
                    switch ins.opcode {
                    case .nop:
                        break
                    case .popTop:
                        _ = f.pop()
                    case .dupTop:
                        f.push(f.top)
                    case .rotTwo:
                        let a = f.pop(), b = f.pop()
                        f.push(a)
                        f.push(b)
                    case .loadConst:
                        f.push(constants[Int(ins.arg)])
                    case .loadFast:
                        guard let v = f.fast[Int(ins.arg)] else {
                            throw PyException(BuiltinTypes.unboundLocalError,
                                "cannot access local variable '\(code.variableNames[Int(ins.arg)])' where it is not associated with a value")
                        }
                        f.push(v)
                    case .storeFast:
                        f.fast[Int(ins.arg)] = f.pop()
                    case .loadGlobal:
                        let n = names[Int(ins.arg)]
                        if let v = f.globals.get(n) ?? f.builtins.get(n) { f.push(v) } else {
                            throw PyException.nameError("name '\(n.value)' is not defined")
                        }
                    case .loadName:
                        let n = names[Int(ins.arg)]
                        if let l = f.localsDict, let v = l.get(n) { f.push(v) } else if let v = f.globals.get(n) ?? f.builtins.get(n) {
                            f.push(v)
                        } else {
                            throw PyException.nameError("name '\(n.value)' is not defined")
                        }
                    case .storeName:
                        let v = f.pop()
                        if let l = f.localsDict { l.set(names[Int(ins.arg)], v) } else {
                            f.globals.set(names[Int(ins.arg)], v)
                        }
                    case .loadDeref:
                        let cell = f.cells[Int(ins.arg)]
                        guard let v = cell.contents else { throw unboundDeref(f, Int(ins.arg)) }
                        f.push(v)
                    case .storeDeref:
                        f.cells[Int(ins.arg)].contents = f.pop()
                    case .loadAttr:
                        let obj = f.pop()
                        f.push(try getAttribute(obj, names[Int(ins.arg)]))
                    case .storeAttr:
                        let obj = f.pop()
                        let v = f.pop()
                        try setAttribute(obj, names[Int(ins.arg)], v)
                    case .loadMethod:
                        let obj = f.pop()
                        let n = names[Int(ins.arg)]
                        if let method = try lookupMethod(obj, n) {
                            f.push(method)
                            f.push(obj)
                        } else {
                            f.push(try getAttribute(obj, n))
                            f.push(.object(MethodMarker.noReceiver))
                        }

                    case .binarySubscr:
                        let index = f.pop()
                        let container = f.pop()
                        if case .object(let o) = container, o.type === BuiltinTypes.list, case .int(let i) = index {
                            let list = unsafeDowncast(o, to: PyList.self)
                            let j = i < 0 ? i &+ list.items.count : i
                            guard j >= 0 && j < list.items.count else {
                                throw PyException.indexError("list index out of range")
                            }
                            f.push(list.items[j])
                        } else {
                            f.push(try getItem(container, index))
                        }
                    case .storeSubscr:
                        let index = f.pop()
                        let container = f.pop()
                        let v = f.pop()
                        if case .object(let o) = container, o.type === BuiltinTypes.list, case .int(let i) = index {
                            let list = unsafeDowncast(o, to: PyList.self)
                            let j = i < 0 ? i &+ list.items.count : i
                            guard j >= 0 && j < list.items.count else {
                                throw PyException.indexError("list assignment index out of range")
                            }
                            list.items[j] = v
                        } else {
                            try setItem(container, index, v)
                        }
                    case .binaryOp:
                        let b = f.pop()
                        let a = f.pop()
                        if case .int(let x) = a, case .int(let y) = b {
                            switch ins.arg {
                            case 0, 13:
                                let (r, o) = x.addingReportingOverflow(y)
                                if !o { f.push(.int(r)); continue }
                            case 1, 14:
                                let (r, o) = x.subtractingReportingOverflow(y)
                                if !o { f.push(.int(r)); continue }
                            case 2, 15:
                                let (r, o) = x.multipliedReportingOverflow(by: y)
                                if !o { f.push(.int(r)); continue }
                            default:
                                break
                            }
                        }
                        f.push(try binaryOperation(a, b, BinaryOperation(rawValue: ins.arg) ?? .add))
                    case .unaryNot:
                        f.push(.bool(!(try isTrue(f.pop()))))
                    case .compareOp:
                        let b = f.pop()
                        let a = f.pop()
                        if case .int(let x) = a, case .int(let y) = b {
                            let r: Bool
                            switch ins.arg {
                            case 0: r = x == y
                            case 1: r = x != y
                            case 2: r = x < y
                            case 3: r = x <= y
                            case 4: r = x > y
                            default: r = x >= y
                            }
                            f.push(.bool(r))
                        } else {
                            f.push(try richCompare(a, b, RichComparison(rawValue: ins.arg) ?? .equal))
                        }
                    case .isOp:
                        let b = f.pop()
                        let a = f.pop()
                        f.push(.bool(a.isIdentical(to: b) != (ins.arg == 1)))
                    case .containsOp:
                        let container = f.pop()
                        let item = f.pop()
                        f.push(.bool(try contains(container, item) != (ins.arg == 1)))

                    case .jump, .jumpBackward:
                        pc = Int(ins.arg)
                    case .popJumpIfFalse:
                        let v = f.pop()
                        if case .bool(let b) = v { if !b { pc = Int(ins.arg) } } else if !(try isTrue(v)) {
                            pc = Int(ins.arg)
                        }
                    case .popJumpIfTrue:
                        let v = f.pop()
                        if case .bool(let b) = v { if b { pc = Int(ins.arg) } } else if try isTrue(v) {
                            pc = Int(ins.arg)
                        }
                    case .jumpIfFalseOrPop:
                        if try isTrue(f.top) { _ = f.pop() } else { pc = Int(ins.arg) }
                    case .jumpIfTrueOrPop:
                        if try isTrue(f.top) { pc = Int(ins.arg) } else { _ = f.pop() }
                    case .getIter:
                        f.top = try getIterator(f.top)
                    case .forIter:
                        if let v = try iterateNext(f.top) {
                            f.push(v)
                        } else {
                            _ = f.pop()
                            pc = Int(ins.arg)
                        }

                    case .buildTuple:
                        f.push(.tuple(f.popMany(Int(ins.arg))))
                    case .buildList:
                        f.push(.list(f.popMany(Int(ins.arg))))
                    case .listAppend:
                        let v = f.pop()
                        if case .object(let o as PyList) = f.peek(Int(ins.arg)) { o.items.append(v) }
                    case .callFunction:
                        let argc = Int(ins.arg)
                        let callee = f.peek(argc + 1)
                        let result = try callFromStack(f, callee: callee, argc: argc, receiver: nil)
                        f.truncateStack(to: f.sp - 1)
                        f.push(result)
                    case .callMethod:
                        let argc = Int(ins.arg)
                        let callee = f.peek(argc + 2)
                        let receiver = f.peek(argc + 1)
                        let result: Value
                        if case .object(let m) = receiver, m === MethodMarker.noReceiver {
                            result = try callFromStack(f, callee: callee, argc: argc, receiver: nil)
                        } else {
                            result = try callFromStack(f, callee: callee, argc: argc, receiver: receiver)
                        }
                        f.truncateStack(to: f.sp - 2)
                        f.push(result)
                    case .returnValue:
                        let v = f.pop()
                        if !f.blocks.isEmpty { f.blocks.removeAll() }
                        return v
                    case .yieldValue:
                        let v = f.pop()
                        f.isSuspended = true
                        f.suspendedInAwait = false
                        return v
                    case .yieldFrom:
                        let sent = f.pop()
                        let sub = f.top
                        switch try delegate(sub, sending: sent) {
                        case .yielded(let y):
                            pc -= 1
                            f.pc = pc
                            f.isSuspended = true
                            f.suspendedInAwait = true
                            return y
                        case .returned(let r):
                            f.top = r
                        }
                    case .setupFinally:
                        f.blocks.append(Frame.Block(handler: ins.arg, level: Int32(f.sp)))
                    case .popBlock:
                        f.blocks.removeLast()
                    default:
                        try executeRareInstruction(ins, f)
                    }
                }
            } catch let error {
                let e = asPythonException(error)
                recordTraceback(e, f)
                // A terminated run unwinds without running handlers, so no
                // `except:` or `finally` can keep it alive.
                let isTermination = terminationReason != nil && e === terminationReason
                if !isTermination, let block = f.blocks.popLast() {
                    f.truncateStack(to: Int(block.level))
                    f.push(.object(e))
                    pc = Int(block.handler)
                    f.pc = pc
                    continue
                }
                f.truncateStack(to: 0)
                f.handledExceptions.removeAll()
                throw e
            }
        }
    }

    @inline(__always) func enterFrame(_ f: Frame) throws {
        depth &+= 1
        if depth > interpreter.recursionLimit || nativeStackIsLow() {
            depth &-= 1
            throw PyException.recursionError()
        }
        f.back = currentFrame
        currentFrame = f
    }

    @inline(__always) func leaveFrame(_ f: Frame) {
        currentFrame = f.back
        f.back = nil
        depth &-= 1
    }

    @inline(__always) func nativeStackIsLow() -> Bool {
        var marker: UInt8 = 0
        return withUnsafePointer(to: &marker) { UInt(bitPattern: $0) } < stackLimit
    }

    /// Adds this frame's current line to the exception's traceback, once per frame.
    func recordTraceback(_ e: PyException, _ f: Frame) {
        let id = ObjectIdentifier(f)
        if e.tracebackFrames.last == id { return }
        if e.tracebackFrames.isEmpty { chainContext(e) }
        e.tracebackFrames.append(id)
        e.traceback.append(TracebackEntry(filename: f.code.filename, line: f.currentLine, function: f.code.name))
    }

    /// A newly raised exception remembers the one being handled (`__context__`),
    /// without creating a cycle in the chain.
    func chainContext(_ e: PyException) {
        guard let handled = handledException, handled !== e else { return }
        var cursor: PyException? = handled
        while let c = cursor {
            if c.context === e {
                c.context = nil
                break
            }
            cursor = c.context
        }
        e.context = handled
    }

    func asPythonException(_ error: Error) -> PyException {
        if let e = error as? PyException { return e }
        return PyException(BuiltinTypes.systemError, "internal error: \(error)")
    }

    func unboundDeref(_ f: Frame, _ i: Int) -> PyException {
        let code = f.code
        if i < code.cellNames.count {
            return PyException(BuiltinTypes.unboundLocalError,
                               "cannot access local variable '\(code.cellNames[i])' where it is not associated with a value")
        }
        return PyException.nameError(
            "cannot access free variable '\(code.freeNames[i - code.cellNames.count])' where it is not associated with a value in enclosing scope")
    }

    func raise(_ f: Frame, count: Int) throws {
        if count == 0 {
            guard let e = handledException else { throw PyException.runtimeError("No active exception to reraise") }
            throw e
        }
        var cause: PyException?
        var hasCause = false
        if count == 2 {
            let c = f.pop()
            hasCause = true
            if case .none = c { cause = nil } else { cause = try makeException(c, forCause: true) }
        }
        let e = try makeException(f.pop(), forCause: false)
        if hasCause {
            e.cause = cause
            e.suppressContext = true
        }
        throw e
    }

    /// Turns the operand of `raise` into an exception instance.
    func makeException(_ v: Value, forCause: Bool) throws -> PyException {
        if case .object(let o) = v {
            if let e = o as? PyException { return e }
            if let t = o as? PyType, t.isSubtype(of: BuiltinTypes.baseException) {
                let made = try call(v, [], [])
                if case .object(let e as PyException) = made { return e }
                throw PyException.typeError(
                    "calling \(t.name) should have returned an instance of BaseException, not \(typeOf(made).name)")
            }
        }
        if forCause { throw PyException.typeError("exception causes must derive from BaseException") }
        throw PyException.typeError("exceptions must derive from BaseException")
    }

    func exceptionMatches(_ e: PyException, _ t: Value) throws -> Bool {
        switch t {
        case .object(let o as PyType):
            guard o.isSubtype(of: BuiltinTypes.baseException) else {
                throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return e.type.isSubtype(of: o)
        case .object(let tup as PyTuple):
            for item in tup.items where try exceptionMatches(e, item) { return true }
            return false
        default:
            throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    func tracebackObject(_ e: PyException) -> Value {
        e.traceback.isEmpty ? .none : .object(PyTracebackObject(e))
    }

    func enterContext(_ mgr: Value) throws -> (Value, Value) {
        let t = typeOf(mgr)
        guard let enter = t.lookup("__enter__") else {
            throw PyException.typeError("'\(t.name)' object does not support the context manager protocol")
        }
        guard let exit = t.lookup("__exit__") else {
            throw PyException.typeError(
                "'\(t.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let boundExit = try bindIfNeeded(exit, mgr)
        let entered = try call(enter, [mgr], [])
        return (boundExit, entered)
    }

    func makeFunction(_ f: Frame, _ flags: MakeFunctionFlags) throws -> Value {
        guard case .object(let q as PyStr) = f.pop(), case .object(let code as CodeObject) = f.pop() else {
            throw PyException(BuiltinTypes.systemError, "bad MAKE_FUNCTION operands")
        }
        var closure: [PyCell] = []
        if flags.contains(.closure), case .object(let t as PyTuple) = f.pop() {
            closure = t.items.compactMap { if case .object(let c as PyCell) = $0 { return c }; return nil }
        }
        var kwDefaults: [String: Value] = [:]
        if flags.contains(.keywordDefaults), case .object(let d as PyDict) = f.pop() {
            for (k, v) in d.entries { if case .object(let s as PyStr) = k { kwDefaults[s.value] = v } }
        }
        var defaults: [Value] = []
        if flags.contains(.defaults), case .object(let t as PyTuple) = f.pop() { defaults = t.items }
        let fn = PyFunction(code: code, globals: f.globals, qualifiedName: q.value, defaults: defaults,
                            keywordDefaults: kwDefaults, closure: closure)
        return .object(fn)
    }

    func displayInteractiveValue(_ v: Value) throws {
        if case .none = v { return }
        interpreter.builtins.setString("_", v)
        interpreter.stdout.write(try repr(v) + "\n")
    }
}

/// Pushed by `loadMethod` in place of a receiver when the attribute is not a method.
enum MethodMarker {
    static let noReceiver = PyObject(type: BuiltinTypes.object)
}

/// A traceback as a Python object (`e.__traceback__`), enough to pass around.
public final class PyTracebackObject: PyObject {
    public let exception: PyException
    init(_ e: PyException) {
        self.exception = e
        super.init(type: BuiltinTypes.traceback)
    }
}

func asciiEscaped(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
        if u.value < 128 { out.unicodeScalars.append(u) } else if u.value <= 0xff {
            out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2)
        } else if u.value <= 0xffff {
            out += "\\u" + String(u.value, radix: 16).leftPadded(to: 4)
        } else {
            out += "\\U" + String(u.value, radix: 16).leftPadded(to: 8)
        }
    }
    return out
}

extension String {
    func leftPadded(to n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
