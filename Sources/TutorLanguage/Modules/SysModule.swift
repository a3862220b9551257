import Glibc

/// The parts of `sys` that programs in the lectures use.
enum SysModule {
    static let textStreamType: PyType = {
        let t = PyType.builtin("TextIOWrapper", base: BuiltinTypes.object, module: "_io")
        t.method("write") { ts, args, _ in
            try ArgCheck.method("write", args, [], min: 1, max: 1)
            let text = try ArgCheck.string(args[1], "write() argument must be str, not \(typeOf(args[1]).name)")
            sink(args[0], ts.interpreter)?.write(text)
            return .int(text.unicodeScalars.count)
        }
        t.method("flush") { ts, args, _ in
            sink(args[0], ts.interpreter)?.flush()
            return .none
        }
        t.method("readline") { ts, args, _ in
            guard let l = ts.blocking({ ts.interpreter.stdin.readLine() }) else { return .str("") }
            return .str(l + "\n")
        }
        t.method("isatty") { _, _, _ in .bool(false) }
        t.method("fileno") { _, args, _ in
            if case .object(let o as StandardStream) = args[0] { return .int(o.fd) }
            return .int(-1)
        }
        return t
    }()

    final class StandardStream: PyObject {
        let fd: Int
        init(fd: Int) {
            self.fd = fd
            super.init(type: SysModule.textStreamType)
        }
    }

    static func sink(_ v: Value, _ i: Interpreter) -> TextSink? {
        guard case .object(let s as StandardStream) = v else { return nil }
        return s.fd == 2 ? i.stderr : i.stdout
    }

    static func isStandardStream(_ v: Value, _ i: Interpreter, stderr: Bool) -> Bool {
        guard case .object(let s as StandardStream) = v else { return false }
        return (s.fd == 2) == stderr && s.fd != 0
    }

    static func make(_ ts: ThreadState) throws -> PyModule {
        let i = ts.interpreter
        let m = PyModule(name: "sys")
        let d = m.dict
        d.setString("argv", .list(i.argv.map { .str($0) }))
        d.setString("stdout", .object(StandardStream(fd: 1)))
        d.setString("stderr", .object(StandardStream(fd: 2)))
        d.setString("stdin", .object(StandardStream(fd: 0)))
        d.setString("__stdout__", d.getString("stdout")!)
        d.setString("__stderr__", d.getString("stderr")!)
        d.setString("maxsize", .int(Int.max))
        d.setString("platform", .str("linux"))
        d.setString("byteorder", .str("little"))
        d.setString("version", .str("3.11.7 (Concurrency Tutor)"))
        d.setString("version_info", .tuple([.int(3), .int(11), .int(7), .str("final"), .int(0)]))
        d.setString("implementation", .str("tutor"))
        d.setString("executable", .str(""))
        d.setString("path", .list([]))
        d.setString("builtin_module_names", .tuple(i.moduleFactories.keys.sorted().map { .str($0) }))
        d.setString("exit", PyBuiltinFunction.function("exit") { _, args, kw in
            try ArgCheck.count("exit", args, kw, min: 0, max: 1)
            throw PyException(type: BuiltinTypes.systemExit, args: args)
        })
        d.setString("getrecursionlimit", PyBuiltinFunction.function("getrecursionlimit") { ts, _, _ in
            .int(ts.interpreter.recursionLimit)
        })
        d.setString("setrecursionlimit", PyBuiltinFunction.function("setrecursionlimit") { ts, args, kw in
            try ArgCheck.count("setrecursionlimit", args, kw, min: 1, max: 1)
            guard case .int(let n) = args[0] else {
                throw PyException.typeError("'\(typeOf(args[0]).name)' object cannot be interpreted as an integer")
            }
            if n < 1 { throw PyException.valueError("recursion limit must be greater or equal than 1") }
            if n <= ts.depth {
                throw PyException(BuiltinTypes.recursionError,
                    "cannot set the recursion limit to \(n) at the recursion depth \(ts.depth): the limit is too low")
            }
            ts.interpreter.recursionLimit = n
            return .none
        })
        d.setString("exc_info", PyBuiltinFunction.function("exc_info") { ts, _, _ in
            guard let e = ts.handledException else { return .tuple([.none, .none, .none]) }
            return .tuple([.object(e.type), .object(e), ts.tracebackObject(e)])
        })
        d.setString("exception", PyBuiltinFunction.function("exception") { ts, _, _ in
            ts.handledException.map { .object($0) } ?? Value.none
        })
        d.setString("_getframe", PyBuiltinFunction.function("_getframe") { ts, args, _ in
            var depth = args.isEmpty ? 0 : try ts.index(args[0])
            var f = ts.currentFrame
            while depth > 0, let cur = f { f = cur.back; depth -= 1 }
            guard let frame = f else { throw PyException.valueError("call stack is not deep enough") }
            return .object(PyFrameObject(frame))
        })
        d.setString("getsizeof", PyBuiltinFunction.function("getsizeof") { _, args, _ in
            try ArgCheck.count("getsizeof", args, [], min: 1, max: 2)
            if case .object(let o) = args[0] {
                if let l = o as? PyList { return .int(56 + 8 * l.items.count) }
                if let s = o as? PyStr { return .int(49 + s.value.utf8.count) }
            }
            return .int(28)
        })
        d.setString("intern", PyBuiltinFunction.function("intern") { _, args, _ in args[0] })
        let modules = PyDict()
        for (name, mod) in i.modules { modules.setString(name, .object(mod)) }
        d.setString("modules", .object(modules))
        return m
    }
}

/// Registers every module the language layer provides. The runtime layer adds
/// threading, asyncio and the rest through `Interpreter.moduleFactories`.
enum StandardModules {
    static func register(in i: Interpreter) {
        i.moduleFactories["sys"] = SysModule.make
        i.moduleFactories["math"] = MathModule.make
        i.moduleFactories["builtins"] = { ts in ts.interpreter.builtinsModule }
    }
}
