import Glibc
import TutorSyntax

extension Interpreter {
    /// Runs a program's source as `python3 FILE` does: uncaught exceptions are
    /// printed with a traceback and give status 1; `sys.exit` sets the status.
    public func runProgram(source: String, filename: String, limits: RunLimits = RunLimits()) -> Int32 {
        let ts = mainThread!
        ts.makeCurrent()
        let timer = limits.timeLimit.map { TimeLimit.arm(ts, seconds: $0) }
        defer {
            timer?.cancel()
            reportsUnawaitedCoroutines = false
            stdout.flush()
            stderr.flush()
        }
        let module = PyModule(name: "__main__")
        modules["__main__"] = module
        module.dict.setString("__file__", .str(filename))
        module.dict.setString("__builtins__", .object(builtinsModule))
        var status: Int32 = 0
        do {
            let code = try compile(source, filename: filename, mode: .module)
            let frame = Frame(code: code, globals: module.dict, builtins: builtins, locals: module.dict, closure: [])
            _ = try ts.run(frame)
        } catch let e as PyException {
            status = handleUncaught(e, ts: ts)
        } catch {
            stderr.write("internal error: \(error)\n")
            status = 1
        }
        // As in CPython's shutdown, the hooks (joining non-daemon threads) run even
        // after the main module failed or called sys.exit().
        do {
            try runAtExitHooks(ts)
        } catch let e as PyException {
            let hookStatus = handleUncaught(e, ts: ts)
            if status == 0 { status = hookStatus }
        } catch {
            stderr.write("internal error: \(error)\n")
            if status == 0 { status = 1 }
        }
        return status
    }

    /// Hooks the runtime layer adds (joining non-daemon threads, shutting executors down).
    public func runAtExitHooks(_ ts: ThreadState) throws {
        for hook in atExitHooks { try hook(ts) }
    }

    /// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
    public func handleUncaught(_ e: PyException, ts: ThreadState) -> Int32 {
        stdout.flush()
        noteUncaught(e)
        if e.isInstance(of: BuiltinTypes.systemExit) {
            let code: Value = e.args.count == 1 ? e.args[0] : (e.args.isEmpty ? .none : .tuple(e.args))
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                stderr.write(((try? ts.str(code)) ?? "") + "\n")
                return 1
            }
        }
        stderr.write(TracebackPrinter.format(e, ts: ts))
        if e.isInstance(of: BuiltinTypes.keyboardInterrupt) { return 130 }
        return 1
    }
}

/// Runs a closure on a new thread with a large stack and waits for it. Interpreter
/// threads need deep native stacks for recursion up to the recursion limit.
public enum LargeStackThread {
    public static let defaultStackSize = 512 * 1024 * 1024

    public static func run(stackSize: Int = defaultStackSize, _ body: @escaping () -> Void) {
        let box = Unmanaged.passRetained(ClosureBox(body, stackSize: stackSize))
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        pthread_attr_setstacksize(&attr, stackSize)
        var thread = pthread_t()
        let rc = pthread_create(&thread, &attr, { raw in
            let b = Unmanaged<ClosureBox>.fromOpaque(raw!).takeRetainedValue()
            ThreadStackSize.current = b.stackSize
            b.body()
            return nil
        }, box.toOpaque())
        pthread_attr_destroy(&attr)
        if rc != 0 {
            box.takeRetainedValue().body()
            return
        }
        pthread_join(thread, nil)
    }

    final class ClosureBox {
        let body: () -> Void
        let stackSize: Int
        init(_ body: @escaping () -> Void, stackSize: Int) {
            self.body = body
            self.stackSize = stackSize
        }
    }
}

/// The stack size of threads the tutor creates, recorded per thread so the
/// recursion guard knows how deep the native stack really is.
public enum ThreadStackSize {
    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    public static var current: Int? {
        get {
            guard let p = pthread_getspecific(key) else { return nil }
            return Int(bitPattern: p)
        }
        set { pthread_setspecific(key, newValue.flatMap { UnsafeMutableRawPointer(bitPattern: $0) }) }
    }
}
