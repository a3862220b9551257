extension ThreadState {
    /// Instructions that are rare in loops, kept out of `run` so the hot dispatch
    /// loop stays small enough for the compiler to keep its state in registers.
    @inline(never)
    func executeRareInstruction(_ ins: Instruction, _ f: Frame) throws {
        let code = f.code
        let names = code.names
        switch ins.opcode {
        case .dupTopTwo:
            let a = f.peek(2), b = f.peek(1)
            f.push(a)
            f.push(b)
        case .rotThree:
            let a = f.pop(), b = f.pop(), c = f.pop()
            f.push(a)
            f.push(c)
            f.push(b)
        case .rotFour:
            let a = f.pop(), b = f.pop(), c = f.pop(), d = f.pop()
            f.push(a)
            f.push(d)
            f.push(c)
            f.push(b)

        case .deleteFast:
            if f.fast[Int(ins.arg)] == nil {
                throw PyException(BuiltinTypes.unboundLocalError,
                    "cannot access local variable '\(code.variableNames[Int(ins.arg)])' where it is not associated with a value")
            }
            f.fast[Int(ins.arg)] = nil
        case .storeGlobal:
            f.globals.set(names[Int(ins.arg)], f.pop())
        case .deleteGlobal:
            let n = names[Int(ins.arg)]
            if try f.globals.remove(.object(n)) == nil {
                throw PyException.nameError("name '\(n.value)' is not defined")
            }
        case .deleteName:
            let n = names[Int(ins.arg)]
            let target = f.localsDict ?? f.globals
            if try target.remove(.object(n)) == nil {
                throw PyException.nameError("name '\(n.value)' is not defined")
            }
        case .deleteDeref:
            let cell = f.cells[Int(ins.arg)]
            if cell.contents == nil { throw unboundDeref(f, Int(ins.arg)) }
            cell.contents = nil
        case .loadClassDeref:
            let i = Int(ins.arg)
            let name = i < code.cellNames.count ? code.cellNames[i] : code.freeNames[i - code.cellNames.count]
            if let l = f.localsDict, let v = l.getString(name) { f.push(v) } else {
                guard let v = f.cells[i].contents else { throw unboundDeref(f, i) }
                f.push(v)
            }
        case .loadClosure:
            f.push(.object(f.cells[Int(ins.arg)]))

        case .deleteAttr:
            try deleteAttribute(f.pop(), names[Int(ins.arg)])
        case .deleteSubscr:
            let index = f.pop()
            try deleteItem(f.pop(), index)
        case .buildSlice:
            let step: Value = ins.arg == 3 ? f.pop() : .none
            let stop = f.pop()
            let start = f.pop()
            f.push(.object(PySlice(start: start, stop: stop, step: step)))

        case .unaryNegative:
            f.push(try negate(f.pop()))
        case .unaryPositive:
            f.push(try positive(f.pop()))
        case .unaryInvert:
            f.push(try invert(f.pop()))
        case .buildSet:
            let items = f.popMany(Int(ins.arg))
            let s = PySet()
            for i in items { try s.storage.insert(i) }
            f.push(.object(s))
        case .buildMap:
            let items = f.popMany(Int(ins.arg) * 2)
            let d = PyDict()
            var i = 0
            while i < items.count {
                try d.set(items[i], items[i + 1])
                i += 2
            }
            f.push(.object(d))
        case .buildString:
            let parts = f.popMany(Int(ins.arg))
            var s = ""
            for p in parts { if case .object(let o as PyStr) = p { s += o.value } }
            f.push(.str(s))
        case .setAdd:
            let v = f.pop()
            if case .object(let o as PySet) = f.peek(Int(ins.arg)) { try o.storage.insert(v) }
        case .mapAdd:
            let v = f.pop()
            let k = f.pop()
            if case .object(let o as PyDict) = f.peek(Int(ins.arg)) { try o.set(k, v) }
        case .listExtend:
            let v = f.pop()
            if case .object(let o as PyList) = f.peek(Int(ins.arg)) {
                o.items.append(contentsOf: try iterateToArray(v))
            }
        case .setUpdate:
            let v = f.pop()
            if case .object(let o as PySet) = f.peek(Int(ins.arg)) {
                if case .object(let other as PySet) = v { try o.storage.merge(other.storage) } else {
                    for x in try iterateToArray(v) { try o.storage.insert(x) }
                }
            }
        case .dictUpdate, .dictMerge:
            let v = f.pop()
            if case .object(let o as PyDict) = f.peek(Int(ins.arg)) {
                try mergeMapping(into: o, v, forCall: ins.opcode == .dictMerge)
            }
        case .listToTuple:
            if case .object(let o as PyList) = f.top { f.top = .tuple(o.items) }
        case .formatValue:
            let spec: String
            if ins.arg & 4 != 0, case .object(let s as PyStr) = f.pop() { spec = s.value } else { spec = "" }
            var v = f.pop()
            switch ins.arg & 3 {
            case 1: v = .str(try str(v))
            case 2: v = .str(try repr(v))
            case 3: v = .str(asciiEscaped(try repr(v)))
            default: break
            }
            if spec.isEmpty, case .object(let o) = v, o.type === BuiltinTypes.str {
                f.push(v)
            } else {
                f.push(.str(try format(v, spec)))
            }
        case .unpackSequence:
            let seq = f.pop()
            let n = Int(ins.arg)
            let items: [Value]
            if case .object(let o) = seq, o.type === BuiltinTypes.tuple {
                items = unsafeDowncast(o, to: PyTuple.self).items
            } else if case .object(let o) = seq, o.type === BuiltinTypes.list {
                items = unsafeDowncast(o, to: PyList.self).items
            } else {
                items = try unpackIterable(seq, expected: n)
            }
            if items.count != n {
                if items.count > n {
                    throw PyException.valueError("too many values to unpack (expected \(n))")
                }
                throw PyException.valueError("not enough values to unpack (expected \(n), got \(items.count))")
            }
            for v in items.reversed() { f.push(v) }
        case .unpackEx:
            let before = Int(ins.arg & 0xff), after = Int(ins.arg >> 8)
            let items = try iterateToArray(f.pop())
            if items.count < before + after {
                throw PyException.valueError(
                    "not enough values to unpack (expected at least \(before + after), got \(items.count))")
            }
            for v in items[(items.count - after)...].reversed() { f.push(v) }
            f.push(.list(Array(items[before..<(items.count - after)])))
            for v in items[..<before].reversed() { f.push(v) }

        case .makeFunction:
            f.push(try makeFunction(f, MakeFunctionFlags(rawValue: ins.arg)))
        case .callFunctionKw, .callMethodKw:
            guard case .object(let namesTuple as PyTuple) = f.pop() else { break }
            let argc = Int(ins.arg)
            let values = f.popMany(argc)
            let kwCount = namesTuple.items.count
            var kwargs: KeywordArguments = []
            kwargs.reserveCapacity(kwCount)
            for (i, n) in namesTuple.items.enumerated() {
                if case .object(let s as PyStr) = n { kwargs.append((s.value, values[argc - kwCount + i])) }
            }
            var positional = Array(values[..<(argc - kwCount)])
            let result: Value
            if ins.opcode == .callMethodKw {
                let receiver = f.pop()
                let callee = f.pop()
                if case .object(let m) = receiver, m === MethodMarker.noReceiver {} else {
                    positional.insert(receiver, at: 0)
                }
                result = try call(callee, positional, kwargs)
            } else {
                let callee = f.pop()
                result = try call(callee, positional, kwargs)
            }
            f.push(result)
        case .callFunctionEx:
            var kwargs: KeywordArguments = []
            if ins.arg & 1 != 0 {
                guard case .object(let d as PyDict) = f.pop() else { break }
                for (k, v) in d.entries {
                    guard case .object(let s as PyStr) = k else {
                        throw PyException.typeError("keywords must be strings")
                    }
                    kwargs.append((s.value, v))
                }
            }
            let argsValue = f.pop()
            let callee = f.pop()
            guard case .object(let t as PyTuple) = argsValue else { break }
            f.push(try call(callee, t.items, kwargs))
        case .getYieldFromIter:
            let v = f.top
            if case .object(let g as PyGenerator) = v {
                if g.kind == .coroutine && !f.code.isCoroutine {
                    throw PyException.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
                }
            } else {
                f.top = try getIterator(v)
            }
        case .getAwaitable:
            f.top = try awaitable(f.top)
        case .getAiter:
            f.top = try callMethod(f.top, "__aiter__", [], missing: { t in
                PyException.typeError("'async for' requires an object with __aiter__ method, got \(t)")
            })
        case .getAnext:
            let anext = try callMethod(f.top, "__anext__", [], missing: { t in
                PyException.typeError("'async for' requires an iterator with __anext__ method, got \(t)")
            })
            f.push(try awaitable(anext))
        case .endAsyncFor:
            let exc = f.pop()
            _ = f.pop()
            if case .object(let e as PyException) = exc, !e.isInstance(of: BuiltinTypes.stopAsyncIteration) {
                throw e
            }

        case .raiseVarargs:
            try raise(f, count: Int(ins.arg))
        case .reraise:
            let v = f.pop()
            if case .object(let e as PyException) = v { throw e }
            throw PyException.runtimeError("No active exception to reraise")
        case .pushExcInfo:
            if case .object(let e as PyException) = f.top { f.handledExceptions.append(e) }
        case .popExcept:
            if !f.handledExceptions.isEmpty { f.handledExceptions.removeLast() }
        case .checkExcMatch:
            let t = f.pop()
            guard case .object(let e as PyException) = f.top else {
                f.push(.bool(false))
                break
            }
            f.push(.bool(try exceptionMatches(e, t)))
        case .setupWith:
            let mgr = f.pop()
            let (exit, entered) = try enterContext(mgr)
            f.push(exit)
            f.blocks.append(Frame.Block(handler: ins.arg, level: Int32(f.sp)))
            f.push(entered)
        case .withExceptStart:
            guard case .object(let e as PyException) = f.top else { break }
            let exit = f.peek(2)
            f.push(try call(exit, [.object(e.type), .object(e), tracebackObject(e)], []))
        case .beforeAsyncWith:
            let mgr = f.pop()
            let t = typeOf(mgr)
            guard let aenter = t.lookup("__aenter__"), let aexit = t.lookup("__aexit__") else {
                throw PyException.typeError(
                    "'\(t.name)' object does not support the asynchronous context manager protocol")
            }
            f.push(try bindIfNeeded(aexit, mgr))
            f.push(try call(aenter, [mgr], []))
        case .setupAsyncWith:
            let entered = f.pop()
            f.blocks.append(Frame.Block(handler: ins.arg, level: Int32(f.sp)))
            f.push(entered)

        case .importName:
            let fromList = f.pop()
            let level = f.pop()
            f.push(try importModule(names[Int(ins.arg)].value, fromList: fromList, level: level, frame: f))
        case .importFrom:
            f.push(try importFrom(f.top, names[Int(ins.arg)].value))
        case .importStar:
            try importStar(f.pop(), into: f.localsDict ?? f.globals)
        case .loadBuildClass:
            f.push(f.builtins.getString("__build_class__") ?? Value.none)
        case .printExpr:
            let v = f.pop()
            try displayInteractiveValue(v)
        case .loadAssertionError:
            f.push(.object(BuiltinTypes.assertionError))
        case .setupAnnotations, .copyFreeVars:
            break
        default:
            throw PyException(BuiltinTypes.systemError, "unknown opcode \(ins.opcode)")
        }
    }
}
