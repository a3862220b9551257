import Glibc
import TutorLanguage

/// `concurrent.futures` (thread side): bundled Python in two files shown as
/// CPython's `concurrent/futures/_base.py` and `thread.py`, plus the package
/// module re-exporting their public names. The worker threads are the runtime's
/// own interpreter threads (see docs/ARCHITECTURE.md, "concurrent.futures").
enum FuturesModule {
    static let baseExports = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
                              "TimeoutError", "InvalidStateError", "BrokenExecutor", "Future", "Executor",
                              "wait", "as_completed"]

    /// Registers `concurrent`, `concurrent.futures` and its two submodules.
    static func install(into interpreter: Interpreter) {
        interpreter.moduleFactories["concurrent"] = { _ in
            let m = PyModule(name: "concurrent")
            m.dict.setString("__path__", .list([.str("/usr/lib/python3.11/concurrent")]))
            return m
        }
        interpreter.moduleFactories["concurrent.futures"] = { ts in try makePackage(ts) }
        for sub in ["_base", "thread", "process"] {
            let name = "concurrent.futures." + sub
            interpreter.moduleFactories[name] = { ts in
                _ = try ts.loadModule("concurrent.futures")
                guard let m = ts.interpreter.modules[name] else {
                    throw PyException(BuiltinTypes.moduleNotFoundError, "No module named '\(name)'")
                }
                return m
            }
        }
    }

    private static func makePackage(_ ts: ThreadState) throws -> PyModule {
        let interpreter = ts.interpreter
        let base = try BundledModule.load("concurrent.futures._base", source: FuturesBaseSource.text,
                                          filename: FuturesBaseSource.filename, ts: ts)
        let thread = try BundledModule.load("concurrent.futures.thread", source: FuturesThreadSource.text,
                                            filename: FuturesThreadSource.filename, ts: ts) { m in
            m.dict.setString("_base", .object(base))
            m.define("_cpu_count") { _, _, _ in .int(max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))) }
        }
        let package = PyModule(name: "concurrent.futures")
        // The process pool loads on first use: it imports multiprocessing.
        interpreter.moduleFactories["concurrent.futures.process"] = { ts in
            try BundledModule.load("concurrent.futures.process", source: FuturesProcessSource.text,
                                   filename: FuturesProcessSource.filename, ts: ts) { m in
                m.dict.setString("_base", .object(base))
                m.define("_scheduled") { ts, _, _ in .bool(ts.scheduler != nil) }
            }
        }
        package.dict.setString("__file__", .str("/usr/lib/python3.11/concurrent/futures/__init__.py"))
        package.dict.setString("__path__", .list([.str("/usr/lib/python3.11/concurrent/futures")]))
        package.dict.setString("__builtins__", .object(interpreter.builtinsModule))
        for name in baseExports {
            if let v = base.dict.getString(name) { package.dict.setString(name, v) }
        }
        if let v = thread.dict.getString("ThreadPoolExecutor") { package.dict.setString("ThreadPoolExecutor", v) }
        package.define("__getattr__") { ts, args, _ in
            // As CPython's package does: ProcessPoolExecutor is imported on first access.
            guard args.count == 1, case .object(let s as PyStr) = args[0] else { return .none }
            if s.value == "ProcessPoolExecutor" || s.value == "process" {
                let process = try ts.loadModule("concurrent.futures.process")
                if s.value == "process" { return .object(process) }
                if let v = process.dict.getString("ProcessPoolExecutor") { return v }
            }
            throw PyException(BuiltinTypes.attributeError, "module 'concurrent.futures' has no attribute '\(s.value)'")
        }
        package.dict.setString("_base", .object(base))
        package.dict.setString("thread", .object(thread))
        let all = baseExports.filter { $0 != "InvalidStateError" } + ["ProcessPoolExecutor", "ThreadPoolExecutor"]
        package.dict.setString("__all__", .tuple(all.map { .str($0) }))
        interpreter.modules["concurrent.futures"] = package
        return package
    }
}
