import Glibc
import TutorLanguage

/// `multiprocessing` (processes by real `fork()`) and a minimal `os`
/// (`getpid`, `getppid`, `cpu_count` only). See docs/ARCHITECTURE.md "Processes".
enum MultiprocessingModule {
    static func install(into interpreter: Interpreter, _ state: RuntimeState) {
        interpreter.moduleFactories["os"] = { ts in makeOS(ts) }
        interpreter.moduleFactories["multiprocessing"] = { ts in
            // As CPython does: a write to a closed pipe raises BrokenPipeError instead
            // of killing the process.
            signal(SIGPIPE, SIG_IGN)
            return try BundledModule.load("multiprocessing", source: MultiprocessingSource.text,
                                   filename: MultiprocessingSource.filename, ts: ts) { m in
                defineNative(m, state)
            }
        }
        interpreter.atExitHooks.append { ts in try exitHook(ts) }
    }

    private static func makeOS(_ ts: ThreadState) -> PyModule {
        let m = PyModule(name: "os")
        m.dict.setString("name", .str("posix"))
        m.define("getpid") { _, _, _ in .int(Int(getpid())) }
        m.define("getppid") { _, _, _ in .int(Int(getppid())) }
        m.define("cpu_count") { _, _, _ in .int(cpuCount) }
        ts.interpreter.modules["os"] = m
        return m
    }

    static var cpuCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Like CPython's `multiprocessing.util._exit_function`: daemonic children are
    /// terminated, every child is joined (reaped), so no zombie outlives the run. A
    /// terminated run (time limit) kills its children instead of waiting.
    private static func exitHook(_ ts: ThreadState) throws {
        guard let m = ts.interpreter.modules["multiprocessing"] else { return }
        if ts.terminationReason != nil {
            Children.killAll(ts)
            return
        }
        if let f = m.dict.getString("_exit_function") { _ = try ts.call(f, []) }
    }

    private static func defineNative(_ m: PyModule, _ state: RuntimeState) {
        m.define("_getpid") { _, _, _ in .int(Int(getpid())) }
        m.define("_cpu_count") { _, _, _ in .int(cpuCount) }
        m.define("_fork") { ts, args, _ in
            guard args.count == 1 else { throw PyException.typeError("_fork() takes 1 argument") }
            return .int(Int(try forkChild(ts, state, run: args[0])))
        }
        m.define("_waitpid") { ts, args, _ in
            // _waitpid(pid, timeout or None) -> exitcode or None while it runs.
            guard args.count == 2, case .int(let pid) = args[0] else { throw PyException.typeError("_waitpid(pid, timeout)") }
            let timeout: Double?
            switch args[1] {
            case .none: timeout = nil
            case .int(let i): timeout = Double(i)
            case .float(let f): timeout = f
            default: throw PyException.typeError("timeout must be a number")
            }
            if let code = try Children.wait(ts, pid: Int32(pid), timeout: timeout) { return .int(code) }
            return .none
        }
        m.define("_kill") { _, args, _ in
            guard args.count == 2, case .int(let pid) = args[0], case .int(let sig) = args[1] else {
                throw PyException.typeError("_kill(pid, signal)")
            }
            // Only this process's own children: a program must not signal the
            // grader, its siblings or anything else on the machine.
            guard Children.isChild(Int32(truncatingIfNeeded: pid)) else { return .none }
            _ = kill(Int32(pid), Int32(sig))
            return .none
        }
        m.define("_format_exception") { ts, args, _ in
            guard args.count == 1, case .object(let e as PyException) = args[0] else { return .str("") }
            return .str(TracebackPrinter.format(e, ts: ts))
        }
        Messages.define(m)
        SharedMemory.define(m)
        m.define("_forkable") { _, _, _ in .bool(true) }
    }

    /// Forks. The parent gets the child's pid; the child calls `run` (the Process's
    /// bootstrap, which returns the exit code), shuts its runtime down and `_exit`s,
    /// never returning into the parent's code.
    private static func forkChild(_ ts: ThreadState, _ state: RuntimeState, run: Value) throws -> pid_t {
        let interpreter = ts.interpreter
        // A scheduled child reports its final virtual time through a shared page,
        // so joining it moves the parent's clock to at least the child's end.
        let clockPage = ts.scheduler == nil ? nil : ChildClock()
        interpreter.stdout.flush()
        interpreter.stderr.flush()
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else { throw PyException.runtimeError("can't create a pipe") }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0]); close(outPipe[1])
            throw PyException.runtimeError("can't create a pipe")
        }
        let pid = fork()
        if pid < 0 {
            for fd in outPipe + errPipe { close(fd) }
            throw PyException(type: BuiltinTypes.osError, args: [.int(Int(errno)), .str("fork failed")])
        }
        if pid > 0 {
            close(outPipe[1]); close(errPipe[1])
            Children.add(pid: pid, out: outPipe[0], err: errPipe[0], clock: clockPage)
            return pid
        }
        // The child: only this thread exists.
        close(outPipe[0]); close(errPipe[0])
        Children.forgetAfterFork()
        state.resetAfterFork(ts)
        interpreter.stdout = FileDescriptorSink(fd: outPipe[1], lineBuffered: true)
        interpreter.stderr = FileDescriptorSink(fd: errPipe[1], lineBuffered: true)
        var code: Int32 = 1
        do {
            if let threading = interpreter.modules["threading"],
               let after = interpreter.modules["multiprocessing"]?.dict.getString("_after_fork_threading") {
                _ = try ts.call(after, [.object(threading)])
            }
            let result = try ts.call(run, [])
            if case .int(let c) = result { code = Int32(truncatingIfNeeded: c) } else { code = 0 }
        } catch let e as PyException {
            interpreter.stderr.write(TracebackPrinter.format(e, ts: ts))
        } catch {
            interpreter.stderr.write("internal error in process: \(error)\n")
        }
        // Threads the child started are joined, as CPython's bootstrap does.
        do { try state.shutdown(ts) } catch {}
        if let page = clockPage, let s = ts.scheduler { page.store(s.clock) }
        interpreter.stdout.flush()
        interpreter.stderr.flush()
        _exit(code & 0xff)
    }
}

/// The parent's children: pipes carrying their stdout and stderr, which the parent
/// copies into its own sinks (with the GIL held) whenever it waits for a child.
enum Children {
    private struct Child {
        var out: Int32
        var err: Int32
        var clock: ChildClock?
        /// Set once reaped, while a scheduled parent's clock has not reached the
        /// child's end yet.
        var exitCode: Int?
    }
    /// Touched only by a thread holding the GIL (or the only thread).
    nonisolated(unsafe) private static var table: [Int32: Child] = [:]

    static func add(pid: pid_t, out: Int32, err: Int32, clock: ChildClock?) {
        _ = fcntl(out, F_SETFL, fcntl(out, F_GETFL) | O_NONBLOCK)
        _ = fcntl(err, F_SETFL, fcntl(err, F_GETFL) | O_NONBLOCK)
        table[pid] = Child(out: out, err: err, clock: clock, exitCode: nil)
    }

    static func isChild(_ pid: pid_t) -> Bool { pid > 0 && table[pid] != nil }

    /// In a new child: its siblings' pipes are not its own.
    static func forgetAfterFork() {
        for c in table.values { close(c.out); close(c.err) }
        table = [:]
    }

    /// Copies whatever the children have written so far (GIL held).
    static func pump(_ ts: ThreadState) {
        for c in table.values {
            drain(c.out, into: ts.interpreter.stdout)
            drain(c.err, into: ts.interpreter.stderr)
        }
    }

    private static func drain(_ fd: Int32, into sink: TextSink) {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        if !bytes.isEmpty { sink.write(String(decoding: bytes, as: UTF8.self)) }
    }

    /// Waits up to `timeout` (nil: forever) for `pid` to end; its exit code (negative:
    /// killed by that signal) once it has been reaped, else nil. The GIL is released
    /// while waiting, in slices, so other threads run and a time limit or Ctrl-C
    /// still interrupts the wait.
    ///
    /// In a scheduled run a child runs on its own, in real time (its sleeps are
    /// virtual, so it is quick), and it ends at a virtual time of its own: the
    /// parent sees it end only once its own clock has reached that time. A poll
    /// (timeout 0) before then says "still running"; a join moves the parent's
    /// clock to the child's end; a timeout that expires first moves it by the
    /// timeout. So what the parent observes depends on virtual time, not on
    /// which process the OS ran first.
    static func wait(_ ts: ThreadState, pid: pid_t, timeout: Double?) throws -> Int? {
        let scheduler = ts.scheduler
        let virtualDeadline = timeout.map { Deadline.after(seconds: max(0, $0), on: ts) }
        let realDeadline = scheduler == nil ? virtualDeadline : timeout.map { Deadline.after(seconds: max(0, $0)) }
        while true {
            pump(ts)
            guard let child = table[pid] else { return 0 }
            if child.exitCode == nil {
                var status: Int32 = 0
                let r = waitpid(pid, &status, WNOHANG)
                if r == pid {
                    pump(ts)
                    let sig = status & 0x7f
                    table[pid]?.exitCode = sig == 0 ? Int((status >> 8) & 0xff) : -Int(sig)
                } else if r < 0 && errno != EINTR {
                    table[pid]?.exitCode = 0
                }
            }
            if let code = table[pid]?.exitCode {
                guard let s = scheduler, let end = table[pid]?.clock?.load(), end > s.clock else {
                    forget(pid)
                    return code
                }
                if let v = virtualDeadline, v.nanoseconds < end {
                    s.advanceClock(to: v.nanoseconds)
                    return nil
                }
                s.advanceClock(to: end)
                forget(pid)
                return code
            }
            if let d = realDeadline, d <= Deadline.now {
                if let s = scheduler, let v = virtualDeadline { s.advanceClock(to: v.nanoseconds) }
                return nil
            }
            var fds = table.values.filter { $0.exitCode == nil }.flatMap {
                [pollfd(fd: $0.out, events: Int16(POLLIN), revents: 0), pollfd(fd: $0.err, events: Int16(POLLIN), revents: 0)]
            }
            var interrupted = false
            ts.blocking {
                var ms: Int32 = 10
                if let d = realDeadline {
                    let left = Double(Int64(bitPattern: d.nanoseconds &- Deadline.now.nanoseconds)) / 1e6
                    ms = Int32(max(0, min(10, left.rounded(.up))))
                }
                _ = poll(&fds, nfds_t(fds.count), ms)
                interrupted = ts.hasPendingInterruption
            }
            if interrupted { try ts.raisePendingException() }
        }
    }

    private static func forget(_ pid: pid_t) {
        guard let c = table.removeValue(forKey: pid) else { return }
        close(c.out); close(c.err)
    }

    /// A terminated run: SIGKILL every child and reap it.
    static func killAll(_ ts: ThreadState) {
        for (pid, c) in table {
            if c.exitCode == nil {
                kill(pid, SIGKILL)
                var status: Int32 = 0
                _ = waitpid(pid, &status, 0)
            }
            close(c.out); close(c.err)
        }
        table = [:]
    }
}

/// One shared page through which a scheduled child hands its final virtual time
/// (nanoseconds) to its parent. Mapped before the fork, so both see the same memory.
final class ChildClock {
    private let page: UnsafeMutableRawPointer?

    init() {
        let p = mmap(nil, 8, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
        page = p == MAP_FAILED ? nil : p
        page?.storeBytes(of: 0, as: UInt64.self)
    }

    func store(_ nanoseconds: UInt64) { page?.storeBytes(of: nanoseconds, as: UInt64.self) }
    func load() -> UInt64 { page?.load(as: UInt64.self) ?? 0 }

    deinit { if let p = page { munmap(p, 8) } }
}
