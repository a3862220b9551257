#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorLanguage

/// Written by the signal handler, which may only make async-signal-safe calls:
/// it writes one byte into this pipe and a watcher thread does the rest.
private var signalPipeWrite: Int32 = -1

/// Routes Ctrl-C (SIGINT) and window-size changes (SIGWINCH).
///
/// While a student program (or a `py` statement) runs, Ctrl-C raises
/// KeyboardInterrupt in its main thread; a second Ctrl-C in the same run stops it
/// for good (a program can swallow KeyboardInterrupt). At a prompt it is passed to
/// the line editor through `promptFD`, which the editor polls beside stdin.
final class Interrupts {
    static let shared = Interrupts()

    private let mutex = Lock()
    private var target: ThreadState?
    private var interruptsThisRun = 0
    private var installed = false
    /// Without a terminal there is no line to clear: Ctrl-C at a prompt ends the
    /// shell, as it ends any program reading a pipe.
    var exitAtPrompt = false
    /// Readable when Ctrl-C was pressed at a prompt ("I") or the window changed ("W").
    private(set) var promptFD: Int32 = -1
    private var promptWrite: Int32 = -1

    private init() {}

    func install() {
        mutex.withLock {
            guard !installed else { return }
            installed = true
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { return }
            var prompt: [Int32] = [0, 0]
            guard pipe(&prompt) == 0 else { return }
            _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
            _ = fcntl(prompt[0], F_SETFL, O_NONBLOCK)
            _ = fcntl(prompt[1], F_SETFL, O_NONBLOCK)
            for fd in fds + prompt { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            promptFD = prompt[0]
            promptWrite = prompt[1]
            signalPipeWrite = fds[1]
            let readEnd = fds[0]
            DetachedThread.start { [self] in watch(readEnd) }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signo in
                var byte: UInt8 = signo == SIGINT ? 73 : 87 // "I" or "W"
                _ = write(signalPipeWrite, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(SIGINT, &action, nil)
            sigaction(SIGWINCH, &action, nil)
        }
    }

    /// Runs `body` with Ctrl-C aimed at `ts`.
    func aim<T>(at ts: ThreadState, _ body: () -> T) -> T {
        mutex.withLock {
            target = ts
            interruptsThisRun = 0
        }
        defer { mutex.withLock { target = nil } }
        return body()
    }

    /// Consumes pending prompt events; returns whether Ctrl-C was among them.
    func drainPromptEvents() -> (interrupt: Bool, resize: Bool) {
        var interrupt = false, resize = false
        var byte: UInt8 = 0
        while promptFD >= 0 && read(promptFD, &byte, 1) == 1 {
            if byte == 73 { interrupt = true } else { resize = true }
        }
        return (interrupt, resize)
    }

    private func watch(_ fd: Int32) {
        var byte: UInt8 = 0
        while true {
            let n = read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            mutex.withLock {
                if byte == 73, let ts = target {
                    interruptsThisRun += 1
                    let e = PyException(type: BuiltinTypes.keyboardInterrupt, args: [])
                    if interruptsThisRun == 1 { ts.raiseAsynchronously(e) } else { ts.terminate(e) }
                } else if byte == 73 && exitAtPrompt {
                    exit(130)
                } else {
                    var b = byte
                    _ = write(promptWrite, &b, 1)
                }
            }
        }
    }
}
