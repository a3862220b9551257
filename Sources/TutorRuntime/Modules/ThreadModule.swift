import TutorLanguage

/// `_thread`: the low-level primitives `threading` is written on, as in CPython.
enum ThreadModule {
    static func make(_ ts: ThreadState, _ runtime: RuntimeState) throws -> PyModule {
        try BundledModule.load("_thread", source: LocalSource.text, filename: LocalSource.filename, ts: ts) { m in
            defineNative(m, runtime)
        }
    }

    private static func defineNative(_ m: PyModule, _ runtime: RuntimeState) {
        let d = m.dict
        d.setString("error", .object(BuiltinTypes.runtimeError))
        d.setString("TIMEOUT_MAX", .float(TimeValue.timeoutMax))
        d.setString("LockType", .object(PyLock.pythonType))
        d.setString("RLock", .object(PyRLock.pythonType))

        let allocateLock: NativeFunction = { ts, args, kwargs in
            try Arguments.exactly(0, "allocate_lock", args[...], kwargs)
            return .object(PyLock(trace: runtime.newLockTrace(ts)))
        }
        d.setString("allocate_lock", .object(PyBuiltinFunction(name: "allocate_lock", allocateLock)))
        d.setString("allocate", .object(PyBuiltinFunction(name: "allocate", allocateLock)))
        m.define("_allocate_rlock") { ts, args, kwargs in
            try Arguments.exactly(0, "RLock", args[...], kwargs)
            return .object(PyRLock(trace: runtime.newLockTrace(ts)))
        }
        m.define("get_ident") { ts, args, kwargs in
            try Arguments.exactly(0, "get_ident", args[...], kwargs)
            if ts.scheduler != nil { return .int(runtime.record(for: ts).ident) }
            return .int(NativeThread.currentIdent)
        }
        m.define("get_native_id") { ts, args, kwargs in
            try Arguments.exactly(0, "get_native_id", args[...], kwargs)
            if ts.scheduler != nil { return .int(runtime.record(for: ts).nativeID) }
            return .int(NativeThread.currentNativeID)
        }
        m.define("_count") { _, _, _ in .int(runtime.runningThreads.count) }
        m.define("daemon_threads_allowed") { _, _, _ in .bool(true) }
        m.define("stack_size") { ts, args, kwargs in
            let slots = try Arguments.bind("stack_size", args[...], kwargs, names: ["size"])
            let size = try slots[0].map { try ts.index($0) } ?? 0
            if size != 0 && size < 32768 { throw PyException.valueError("size not valid: \(size) bytes") }
            return .int(0)
        }
        m.define("interrupt_main") { ts, _, _ in
            ts.interpreter.mainThread.raiseAsynchronously(PyException(type: BuiltinTypes.keyboardInterrupt, args: []))
            return .none
        }
        m.define("exit") { _, _, _ in throw PyException(type: BuiltinTypes.systemExit, args: []) }
        m.define("start_new_thread", startNewThread(runtime))
        m.define("start_new", startNewThread(runtime))

        // Private helpers of the bundled threading module.
        m.define("_start_joinable_thread") { ts, args, kwargs in
            let slots = try Arguments.bind("_start_joinable_thread", args[...], kwargs,
                                           names: ["function", "daemon", "dispatch_label"], required: 1)
            let daemon = try slots[1].map { try ts.isTrue($0) } ?? false
            var label: String?
            if case .object(let s as PyStr)? = slots[2] { label = s.value }
            guard let function = slots[0] else { throw PyException.typeError("_start_joinable_thread() missing function") }
            let started = try runtime.startThread(from: ts, daemon: daemon, entry: ThreadEntry(function: function),
                                                  dispatchLabel: label)
            return .object(PyThreadHandle(started.record))
        }
        m.define("_main_thread_handle") { ts, _, _ in
            .object(PyThreadHandle(runtime.record(for: ts.interpreter.mainThread)))
        }
        m.define("_current_thread_handle") { ts, _, _ in
            .object(PyThreadHandle(runtime.record(for: ts)))
        }
        m.define("_local_namespace") { ts, args, _ in
            guard args.count == 1, case .object(let local) = args[0] else {
                throw PyException.typeError("_local_namespace() expects a local object")
            }
            let (dict, created) = runtime.record(for: ts).localNamespace(for: local)
            return .tuple([.object(dict), .bool(created)])
        }
        m.define("_address") { _, args, _ in
            guard args.count == 1, case .object(let o) = args[0] else { return .str("0x0") }
            return .str(objectAddress(o))
        }
        m.define("_format_exception") { ts, args, _ in
            guard args.count == 1, case .object(let e as PyException) = args[0] else { return .str("") }
            return .str(TracebackPrinter.format(e, ts: ts))
        }
        // A thread's run() raised (threading's excepthook is about to be called):
        // recorded for graders, which must see failed threads, not only the main one.
        m.define("_note_uncaught") { ts, args, _ in
            if args.count == 1, case .object(let e as PyException) = args[0] { ts.interpreter.noteUncaught(e) }
            return .none
        }
    }

    /// `_thread.start_new_thread(function, args[, kwargs])`: returns the new ident.
    private static func startNewThread(_ runtime: RuntimeState) -> NativeFunction {
        return { ts, args, kwargs in
            if !kwargs.isEmpty { throw PyException.typeError("start_new_thread() takes no keyword arguments") }
            if args.count < 2 || args.count > 3 {
                throw PyException.typeError("start_new_thread expected at \(args.count < 2 ? "least 2" : "most 3") arguments, got \(args.count)")
            }
            guard try callable(args[0]) else { throw PyException.typeError("first arg must be callable") }
            guard case .object(let tuple as PyTuple) = args[1] else {
                throw PyException.typeError("2nd arg must be a tuple")
            }
            var keywords: KeywordArguments = []
            if args.count == 3 {
                guard case .object(let dict as PyDict) = args[2] else {
                    throw PyException.typeError("optional 3rd arg must be a dictionary")
                }
                for (k, v) in dict.entries {
                    guard case .object(let name as PyStr) = k else {
                        throw PyException.typeError("keywords must be strings")
                    }
                    keywords.append((name.value, v))
                }
            }
            let entry = ThreadEntry(function: args[0], arguments: tuple.items, keywords: keywords)
            return .int(try runtime.startThread(from: ts, daemon: true, entry: entry).ident)
        }
    }

    private static func callable(_ v: Value) throws -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType { return true }
        return o.type.lookup("__call__") != nil
    }
}
