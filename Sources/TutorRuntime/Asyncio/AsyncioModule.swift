import Glibc
import TutorLanguage

/// `asyncio`: bundled Python source (the event loop, futures, tasks, queues,
/// locks) on top of a few Swift primitives defined here:
///
/// - `_clock()`: the monotonic clock behind `loop.time()` (the one clock seam);
/// - `_Waker`: what the loop sleeps on when nothing is ready (the selector's role),
///   woken by a timeout or by `call_soon_threadsafe` from another thread; the wait
///   releases the GIL;
/// - `_step(coro, exc)`: one send/throw into a task's coroutine, reporting the
///   outcome as a tuple instead of raising, so no frame of the task machinery
///   enters the exception's traceback (CPython's tasks are C);
/// - `_future_result` / `_future_await`: `Future.result()` and `Future.__await__`,
///   native for the same reason;
/// - `_DropLog`: prints a message when garbage collected unless disarmed
///   ("Task exception was never retrieved").
enum AsyncioModule {
    static func make(_ ts: ThreadState) throws -> PyModule {
        // Like CPython, stay silent about objects collected once the program is over.
        let finalizing = Flag()
        ts.interpreter.atExitHooks.append { _ in finalizing.isSet = true }
        // The default executor is concurrent.futures' ThreadPoolExecutor, as in CPython.
        let futures = try ts.loadModule("concurrent.futures")
        let core = try BundledModule.load("asyncio", source: AsyncioSource.text, filename: AsyncioSource.filename,
                                          ts: ts) { m in
            defineNative(m, finalizing)
            if let pool = futures.dict.getString("ThreadPoolExecutor") { m.dict.setString("_ThreadPoolExecutor", pool) }
        }
        for part in AsyncioPartsSource.parts {
            let m = try loadPart(part.module, source: part.text, filename: part.filename, core: core, ts: ts)
            for name in part.exports {
                if let v = m.dict.getString(name) { core.dict.setString(name, v) }
            }
        }
        let runners = try BundledModule.load("asyncio.runners", source: AsyncioRunnersSource.text,
                                             filename: AsyncioRunnersSource.filename, ts: ts) { m in
            for (key, value) in core.dict.entries {
                if case .object(let name as PyStr) = key, !name.value.hasPrefix("__") { m.dict.set(name, value) }
            }
        }
        for name in ["run", "Runner"] {
            if let v = runners.dict.getString(name) { core.dict.setString(name, v) }
        }
        ts.interpreter.modules["asyncio"] = core
        return core
    }

    /// Loads a part of asyncio kept in its own file, with the core module's names
    /// (and the core module as `events`, `exceptions`, `futures`) as its globals.
    private static func loadPart(_ name: String, source: String, filename: String, core: PyModule,
                                 ts: ThreadState) throws -> PyModule {
        try BundledModule.load(name, source: source, filename: filename, ts: ts) { m in
            for (key, value) in core.dict.entries {
                if case .object(let n as PyStr) = key, !n.value.hasPrefix("__") { m.dict.set(n, value) }
            }
            for alias in ["events", "exceptions", "futures"] { m.dict.setString(alias, .object(core)) }
        }
    }

    private static func defineNative(_ m: PyModule, _ finalizing: Flag) {
        m.define("_clock") { ts, _, _ in
            // A scheduled run's loop keeps the scheduler's virtual time.
            if let s = ts.scheduler { return .float(Double(s.clock) * 1e-9) }
            // A time-scaled run's loop reads the run clock, as time.monotonic() does.
            if let scaled = RunClock.of(ts.interpreter)?.read(CLOCK_MONOTONIC) { return .float(scaled.seconds) }
            var t = timespec()
            clock_gettime(CLOCK_MONOTONIC, &t)
            return .float(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9)
        }
        m.define("_Waker") { _, _, _ in .object(Waker()) }
        m.define("_DropLog") { ts, args, _ in
            guard args.count == 1, case .object(let s as PyStr) = args[0] else {
                throw PyException.typeError("_DropLog() expects a str")
            }
            return .object(DropLog(text: s.value, interpreter: ts.interpreter, silencedBy: finalizing))
        }
        m.define("_write_stderr") { ts, args, _ in
            if let first = args.first { ts.interpreter.stderr.write(try ts.str(first)) }
            return .none
        }
        m.define("_reraise") { _, args, _ in
            guard args.count == 1, case .object(let e as PyException) = args[0] else {
                throw PyException.typeError("exceptions must derive from BaseException")
            }
            throw e
        }
        m.define("_step") { [weak m] ts, args, _ in
            guard args.count == 2 else { throw PyException.typeError("_step() takes 2 arguments") }
            let coro = args[0]
            let exc = args[1].asObject as? PyException
            guard let timeline = Timeline.current(ts), case .object(let c) = coro else {
                return try step(ts, coro, exc)
            }
            timeline.taskStepBegan(ts, coroutine: c) {
                m.map { Timeline.taskName(ts, asyncio: $0, coroutine: c) } ?? "task"
            }
            var done = true
            defer {
                timeline.taskStepEnded(ts, coroutine: c, done: done, line: (c as? PyGenerator)?.frame.currentLine)
            }
            let result = try step(ts, coro, exc)
            if case .object(let t as PyTuple) = result, case .int(0)? = t.items.first { done = false }
            return result
        }
        defineFutureNatives(m)
    }

    /// One send/throw into a task's coroutine, as `(0, yielded)`, `(1, returned)`
    /// or `(2, exception)`.
    private static func step(_ ts: ThreadState, _ coro: Value, _ exc: PyException?) throws -> Value {
        do {
            let r: ThreadState.ResumeResult
            if case .object(let g as PyGenerator) = coro {
                r = try ts.resume(g, sending: .none, throwing: exc)
            } else {
                do {
                    if let e = exc {
                        r = .yielded(try ts.callMethod(coro, "throw", [.object(e)]))
                    } else {
                        r = .yielded(try ts.callMethod(coro, "send", [.none]))
                    }
                } catch let s as PyException where s.isInstance(of: BuiltinTypes.stopIteration) {
                    r = .returned(s.firstArg)
                }
            }
            switch r {
            case .yielded(let v): return .tuple([.int(0), v])
            case .returned(let v): return .tuple([.int(1), v])
            }
        } catch let e as PyException {
            // A time limit's termination must end the run, not be stored in a task.
            if let reason = ts.terminationReason, reason === e { throw e }
            return .tuple([.int(2), .object(e)])
        }
    }

    private static func defineFutureNatives(_ m: PyModule) {
        let result: NativeFunction = { ts, args, _ in
            guard let fut = args.first else { throw PyException.typeError("result() needs a future") }
            return try futureResult(ts, fut)
        }
        m.dict.setString("_future_result",
                         .object(PyBuiltinFunction(name: "result", isMethod: true, ownerName: "Future", result)))
        let awaitBody: NativeFunction = { _, args, _ in
            guard let fut = args.first else { throw PyException.typeError("__await__() needs a future") }
            return .object(FutureIter(future: fut))
        }
        m.dict.setString("_future_await",
                         .object(PyBuiltinFunction(name: "__await__", isMethod: true, ownerName: "Future", awaitBody)))
        m.define("_is_coroutine_function") { _, args, _ in
            var f = args.first ?? .none
            if case .object(let b as PyBoundMethod) = f { f = b.function }
            if case .object(let fn as PyFunction) = f { return .bool(fn.code.isCoroutine) }
            return .bool(false)
        }
        m.define("_is_coroutine") { _, args, _ in
            if case .object(let g as PyGenerator)? = args.first { return .bool(g.kind == .coroutine) }
            return .bool(false)
        }
        m.define("_yield_once") { _, _, _ in .object(YieldOnce()) }
    }

    /// `Future.result()`: the result, or the stored exception raised from here.
    static func futureResult(_ ts: ThreadState, _ fut: Value) throws -> Value {
        let state = try ts.getAttribute(fut, "_state")
        if case .object(let s as PyStr) = state, s.value == "FINISHED" {
            if case .object(let e as PyException) = try ts.getAttribute(fut, "_exception") {
                _ = try ts.callMethod(fut, "_retrieved", [])
                throw e
            }
            return try ts.getAttribute(fut, "_result")
        }
        if case .object(let e as PyException) = try ts.callMethod(fut, "_result_error", []) { throw e }
        throw PyException.runtimeError("invalid future state")
    }
}

/// The iterator `await future` drives: yields the future once (the task waits on
/// it), then returns its result or raises its exception.
final class FutureIter: NativeCoroutine {
    static let pythonType = PyType.runtimeType("FutureIter", module: "_asyncio")
    let future: Value
    private var yielded = false

    init(future: Value) {
        self.future = future
        super.init(type: FutureIter.pythonType)
    }

    override func send(_ value: Value, ts: ThreadState) throws -> ThreadState.ResumeResult {
        let done = try ts.isTrue(try ts.callMethod(future, "done", []))
        if !yielded && !done {
            yielded = true
            try ts.setAttribute(future, PyStr("_asyncio_future_blocking"), .bool(true))
            return .yielded(future)
        }
        if !done { throw PyException.runtimeError("await wasn't used with future") }
        return .returned(try AsyncioModule.futureResult(ts, future))
    }

    override func throwInto(_ e: PyException, ts: ThreadState) throws -> ThreadState.ResumeResult {
        throw e
    }
}

/// `await` on this yields None once: the bare yield of `asyncio.sleep(0)`.
final class YieldOnce: NativeCoroutine {
    static let pythonType = PyType.runtimeType("YieldOnce", module: "_asyncio")
    private var yielded = false

    init() { super.init(type: YieldOnce.pythonType) }

    override func send(_ value: Value, ts: ThreadState) throws -> ThreadState.ResumeResult {
        if yielded { return .returned(.none) }
        yielded = true
        return .yielded(.none)
    }
}

/// The event loop's wake-up primitive: `wait(timeout)` sleeps with the GIL released
/// until `notify()` (from any thread) or the timeout; a notification that arrives
/// before the wait is not lost.
final class Waker: PyObject {
    static let pythonType: PyType = {
        let t = PyType.runtimeType("Waker", module: "_asyncio")
        t.defineMethod("wait") { ts, args, _ in
            let w = try receiver(args, Waker.self, "wait", "Waker")
            var deadline: Deadline?
            if args.count > 1, !args[1].isNone {
                deadline = Deadline.after(seconds: max(0, try TimeValue.seconds(args[1])), on: ts)
            }
            let woken = try BlockingWait.wait(ts, on: w.monitor, deadline: deadline) {
                if w.notified {
                    w.notified = false
                    return true
                }
                return false
            }
            return .bool(woken)
        }
        t.defineMethod("notify") { _, args, _ in
            let w = try receiver(args, Waker.self, "notify", "Waker")
            w.monitor.mutex.withLock {
                w.notified = true
                w.monitor.condition.signal()
            }
            return .none
        }
        return t
    }()

    let monitor = Monitor()
    /// Guarded by `monitor.mutex`.
    var notified = false

    init() { super.init(type: Waker.pythonType) }
}

/// Prints `text` to the program's stderr when collected, unless `disarm()` was called.
final class DropLog: PyObject {
    static let pythonType: PyType = {
        let t = PyType.runtimeType("DropLog", module: "_asyncio")
        t.defineMethod("disarm") { _, args, _ in
            let d = try receiver(args, DropLog.self, "disarm", "DropLog")
            d.text = nil
            return .none
        }
        return t
    }()

    var text: String?
    unowned(unsafe) let interpreter: Interpreter
    let finalizing: Flag

    init(text: String, interpreter: Interpreter, silencedBy finalizing: Flag) {
        self.text = text
        self.interpreter = interpreter
        self.finalizing = finalizing
        super.init(type: DropLog.pythonType)
    }

    deinit {
        if let t = text, !finalizing.isSet { interpreter.stderr.write(t) }
    }
}

/// Set once the program's main module has finished (read and written under the GIL).
final class Flag {
    var isSet = false
}
