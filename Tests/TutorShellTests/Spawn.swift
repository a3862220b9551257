import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with posix_spawn: piped (stdin and merged
/// stdout/stderr through pipes) or on a new pseudo-terminal.
final class Child {
    let pid: pid_t
    /// Write end of its stdin, and read end of its output (the pty master for a pty).
    let inputFD: Int32
    let outputFD: Int32
    private(set) var output = ""
    private var bytes: [UInt8] = []

    private init(pid: pid_t, inputFD: Int32, outputFD: Int32) {
        self.pid = pid
        self.inputFD = inputFD
        self.outputFD = outputFD
    }

    /// Spawns with stdin and stdout/stderr on pipes.
    static func piped(_ args: [String], env: [String], cwd: String) throws -> Child {
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0 else { throw SpawnError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 2)
        for fd in inPipe + outPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        let pid = try spawn(args, env: env, cwd: cwd, actions: &actions, newSession: false)
        close(inPipe[0]); close(outPipe[1])
        return Child(pid: pid, inputFD: inPipe[1], outputFD: outPipe[0])
    }

    /// Spawns as the leader of a new session whose controlling terminal is a new
    /// pty (80x24), as a terminal emulator would.
    static func onPTY(_ args: [String], env: [String], cwd: String) throws -> Child {
        // posix_openpt, unlockpt and ptsname are not visible to Swift without
        // _XOPEN_SOURCE; on Linux they are /dev/ptmx and two ioctls (the same
        // numbers on x86-64 and arm64).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw SpawnError("no pseudo-terminal available (/dev/ptmx)") }
        var unlock: Int32 = 0, number: UInt32 = 0
        let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTN: UInt = 0x8004_5430
        guard ioctl(master, TIOCSPTLCK, &unlock) == 0, ioctl(master, TIOCGPTN, &number) == 0 else {
            close(master)
            throw SpawnError("no pseudo-terminal available (ioctl)")
        }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = "/dev/pts/\(number)"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        // Opened after setsid, the pty becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let pid = try spawn(args, env: env, cwd: cwd, actions: &actions, newSession: true)
        return Child(pid: pid, inputFD: master, outputFD: master)
    }

    private static func spawn(_ args: [String], env: [String], cwd: String,
                              actions: inout posix_spawn_file_actions_t, newSession: Bool) throws -> pid_t {
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var flags = Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        // POSIX_SPAWN_SETSID (glibc 2.26+), not imported into Swift.
        if newSession { flags |= 0x80 }
        posix_spawnattr_setflags(&attr, Int16(flags))
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(cwd)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var cArgs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var pid = pid_t()
        let rc = posix_spawn(&pid, args[0], &actions, &attr, &cArgs, &cEnv)
        guard rc == 0 else { throw SpawnError("posix_spawn failed: \(rc)") }
        return pid
    }

    func send(_ text: String) {
        let data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeBytes { write(inputFD, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { return }
            offset += n
        }
    }

    private var inputClosed = false

    func closeInput() {
        if !inputClosed && inputFD != outputFD { close(inputFD) }
        inputClosed = true
    }

    /// Reads output until `predicate` holds on all output so far or `timeout` passes.
    @discardableResult
    func waitFor(timeout: Double = 20, _ predicate: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if predicate(output) { return true }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            var fds = [pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)]
            let n = poll(&fds, 1, Int32(min(left, 0.2) * 1000))
            if n > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let r = read(outputFD, &buffer, buffer.count)
                if r <= 0 { return predicate(output) }
                bytes.append(contentsOf: buffer[0..<r])
                output = String(decoding: bytes, as: UTF8.self)
            }
        }
    }

    /// Waits until `text` has appeared in the output after `from` (an offset into `output`).
    @discardableResult
    func expect(_ text: String, after from: Int = 0, timeout: Double = 20) -> Bool {
        waitFor(timeout: timeout) { out in
            let utf8 = Array(out.utf8)
            guard from <= utf8.count else { return false }
            return String(decoding: utf8[from...], as: UTF8.self).contains(text)
        }
    }

    var mark: Int { output.utf8.count }

    /// Waits for the process to end (killing it after `timeout`) and returns its exit status.
    func finish(timeout: Double = 30) -> Int32 {
        waitFor(timeout: timeout) { _ in
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) == pid ? { exitStatus = status; return true }() : false
        }
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            exitStatus = status
        }
        // Whatever is still buffered in the pipe.
        while true {
            var fds = [pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 1, 50) > 0 else { break }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let r = read(outputFD, &buffer, buffer.count)
            if r <= 0 { break }
            bytes.append(contentsOf: buffer[0..<r])
        }
        output = String(decoding: bytes, as: UTF8.self)
        closeInput()
        close(outputFD)
        let s = exitStatus ?? 0
        return (s & 0x7f) == 0 ? (s >> 8) & 0xff : 128 + (s & 0x7f)
    }

    private var exitStatus: Int32?
}

struct SpawnError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
