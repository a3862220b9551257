extension ThreadState {
    public enum ResumeResult {
        case yielded(Value)
        case returned(Value)
    }

    /// Resumes a generator by sending a value or throwing an exception into it.
    public func resume(_ g: PyGenerator, sending value: Value, throwing: PyException? = nil) throws -> ResumeResult {
        switch g.state {
        case .running:
            let what = g.kind == .coroutine ? "coroutine" : "generator"
            throw PyException.valueError("\(what) already executing")
        case .finished:
            if let e = throwing { throw e }
            if g.kind == .coroutine {
                throw PyException.runtimeError("cannot reuse already awaited coroutine")
            }
            return .returned(.none)
        case .created:
            if throwing == nil, !value.isNone {
                let what = g.kind == .coroutine ? "coroutine" : "generator"
                throw PyException.typeError("can't send non-None value to a just-started \(what)")
            }
            if let e = throwing {
                // Throwing into a fresh generator raises at its first line without running it.
                g.state = .finished
                throw e
            }
        case .suspended:
            if let e = throwing { g.frame.pendingThrow = e } else { g.frame.push(value) }
        }
        g.state = .running
        do {
            let v = try run(g.frame)
            if g.frame.isSuspended {
                g.state = .suspended
                return .yielded(v)
            }
            g.state = .finished
            return .returned(v)
        } catch let e as PyException {
            g.state = .finished
            if e.isInstance(of: BuiltinTypes.stopIteration) && throwing !== e {
                let what = g.kind == .coroutine ? "coroutine" : "generator"
                let r = PyException.runtimeError("\(what) raised StopIteration")
                r.cause = e
                r.context = e
                throw r
            }
            if g.kind == .asyncGenerator && e.isInstance(of: BuiltinTypes.stopAsyncIteration) && throwing !== e {
                let r = PyException.runtimeError("async generator raised StopAsyncIteration")
                r.cause = e
                throw r
            }
            throw e
        }
    }

    /// One step of `yield from` / `await`: send into the sub-iterator.
    func delegate(_ sub: Value, sending v: Value) throws -> ResumeResult {
        if case .object(let o) = sub {
            if let g = o as? PyGenerator { return try resume(g, sending: v) }
            if let it = o as? NativeCoroutine { return try it.send(v, ts: self) }
        }
        if case .none = v, typeOf(sub).isBuiltin {
            if let next = try iterateNext(sub) { return .yielded(next) }
            return .returned(.none)
        }
        do {
            if case .none = v { return .yielded(try callMethod(sub, "__next__", [])) }
            return .yielded(try callMethod(sub, "send", [v]))
        } catch let e as PyException where e.isInstance(of: BuiltinTypes.stopIteration) {
            return .returned(e.firstArg)
        }
    }

    /// generator.throw while the frame is suspended in `yield from`: the exception
    /// goes to the sub-iterator first. Returns true if the frame should resume normally.
    func throwIntoDelegate(_ f: Frame, _ e: PyException) throws -> Bool {
        let pc = f.pc
        guard f.suspendedInAwait, pc < f.code.instructions.count, f.code.instructions[pc].opcode == .yieldFrom,
              f.sp >= 1 else { throw e }
        let sub = f.top
        let result: ResumeResult
        if case .object(let g as PyGenerator) = sub {
            if e.isInstance(of: BuiltinTypes.generatorExit) {
                try close(g)
                throw e
            }
            result = try resume(g, sending: .none, throwing: e)
        } else if case .object(let n as NativeCoroutine) = sub {
            result = try n.throwInto(e, ts: self)
        } else {
            let t = typeOf(sub)
            guard let m = t.lookup("throw") else { throw e }
            do {
                result = .yielded(try callDescriptor(m, sub, [.object(e)]))
            } catch let s as PyException where s.isInstance(of: BuiltinTypes.stopIteration) {
                result = .returned(s.firstArg)
            }
        }
        switch result {
        case .yielded(let y):
            // Stay suspended in the same yield-from: hand the value out and re-run it on resume.
            f.pendingYield = y
            return false
        case .returned(let r):
            // The delegate finished: continue after the yield-from with its result.
            f.top = r
            f.pc = pc + 1
            return true
        }
    }

    public func close(_ g: PyGenerator) throws {
        switch g.state {
        case .created:
            g.state = .finished
            return
        case .finished:
            return
        default:
            break
        }
        do {
            let r = try resume(g, sending: .none, throwing: PyException(type: BuiltinTypes.generatorExit, args: []))
            if case .yielded = r { throw PyException.runtimeError("generator ignored GeneratorExit") }
        } catch let e as PyException where e.isInstance(of: BuiltinTypes.generatorExit) || e.isInstance(of: BuiltinTypes.stopIteration) {
            return
        }
    }

    /// The iterator behind `await x`.
    func awaitable(_ v: Value) throws -> Value {
        if case .object(let o) = v {
            if let g = o as? PyGenerator, g.kind == .coroutine {
                if g.state == .finished {
                    throw PyException.runtimeError("cannot reuse already awaited coroutine")
                }
                return v
            }
            if o is NativeCoroutine { return v }
        }
        let t = typeOf(v)
        guard let m = t.lookup("__await__") else {
            throw PyException.typeError("object \(t.name) can't be used in 'await' expression")
        }
        let it = try callDescriptor(m, v, [])
        if case .object(let g as PyGenerator) = it, g.kind == .coroutine {
            throw PyException.typeError("__await__() returned a coroutine")
        }
        let itType = typeOf(it)
        if itType.lookup("__next__") == nil && !(it.asObject is PyGenerator) && !(it.asObject is NativeCoroutine) {
            throw PyException.typeError("__await__() returned non-iterator of type '\(itType.name)'")
        }
        return it
    }
}

/// An awaitable implemented in Swift (asyncio futures, sleeps): `await` drives it
/// with send/throw exactly like a coroutine.
open class NativeCoroutine: PyObject {
    /// Sends a value in; yields something for the event loop or returns a result.
    open func send(_ value: Value, ts: ThreadState) throws -> ThreadState.ResumeResult {
        .returned(.none)
    }

    open func throwInto(_ e: PyException, ts: ThreadState) throws -> ThreadState.ResumeResult {
        throw e
    }
}
