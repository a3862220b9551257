#if canImport(Glibc)
import Glibc
#endif
import TutorGrading

/// One (workspace, exercise) pair to grade.
public struct Job: Sendable {
    public var workspace: Workspace
    public var exercise: BatchExercise
    /// Position of the exercise in the curriculum (orders reports).
    public var order: Int
    public var limits: Limits
    public var required: Bool

    public init(workspace: Workspace, exercise: BatchExercise, order: Int, limits: Limits, required: Bool = true) {
        self.workspace = workspace
        self.exercise = exercise
        self.order = order
        self.limits = limits
        self.required = required
    }

    public var key: JobKey { JobKey(student: workspace.student, exercise: exercise.id) }

    /// A verdict for this job that needs no worker.
    func verdict(_ status: VerdictStatus, score: Double = 0, maxScore: Double? = nil, message: String,
                 output: String = "", checks: [CheckVerdict] = [], seconds: Double = 0) -> Verdict {
        var v = Verdict(student: workspace.student, exercise: exercise.id, topic: exercise.topic, title: exercise.title,
                        status: status, score: score, maxScore: maxScore ?? exercise.points, message: message,
                        output: output, checks: checks, seconds: seconds, required: required, file: displayFile)
        v.order = order
        return v
    }

    /// The exercise's main file as the user names it (workspace path joined).
    var displayFile: String {
        var base = workspace.path
        while base.hasPrefix("./") { base = String(base.dropFirst(2)) }
        if base == "." || base.isEmpty { return exercise.mainFile }
        return (base.hasSuffix("/") ? base : base + "/") + exercise.mainFile
    }

    /// Missing when none of the exercise's files is in the workspace.
    var missingVerdict: Verdict? {
        if exercise.isPredict {
            if PredictAnswers.load(workspace: workspace.path)[exercise.id] != nil { return nil }
            return verdict(.missing, message: "not answered: no answer for \(exercise.id) in .tutor/progress")
        }
        let present = exercise.files.contains { FileSystem.isFile(workspace.path + "/" + exercise.directory + "/" + $0) }
        if present || exercise.files.isEmpty { return nil }
        return verdict(.missing, message: "not submitted: \(exercise.mainFile) is missing")
    }
}

/// How a worker is started: `executable` with `arguments` then the job's.
public struct WorkerCommand: Sendable {
    public var executable: String
    public var arguments: [String]
    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// This very program (`/proc/self/exe grade _worker`).
    public static var current: WorkerCommand {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path = n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        return WorkerCommand(executable: path, arguments: ["grade", "_worker"])
    }
}

/// Set by SIGINT/SIGTERM: the pool stops its workers and returns.
nonisolated(unsafe) var batchInterrupted: sig_atomic_t = 0

/// Runs jobs in parallel, each in a fresh worker process in its own process group,
/// under its limits, and reports each verdict as soon as it is known.
///
/// One thread drives everything: `poll()` on the workers' pipes wakes it for
/// output, and every `tick` it checks deadlines, samples /proc for each group's
/// process count and resident memory, and reaps workers that have exited. A
/// verdict is delivered only after the worker's whole process group is gone.
public final class WorkerPool {
    public let command: WorkerCommand
    public let parallelism: Int
    public let courseRoot: String
    public let courseKind: CourseKind?
    /// Drop to per-slot user ids when running as root (see `BatchWorker.applyLimits`).
    public var dropPrivileges = true
    var tick: Int32 = 40  // milliseconds

    public init(command: WorkerCommand, parallelism: Int, courseRoot: String, courseKind: CourseKind?) {
        self.command = command
        self.parallelism = max(1, parallelism)
        self.courseRoot = courseRoot
        self.courseKind = courseKind
    }

    final class Running {
        let job: Job
        let pid: pid_t
        let slot: Int
        var verdictFD: Int32
        var outFD: Int32
        var verdictBytes: [UInt8] = []
        var outBytes: [UInt8] = []
        var outTotal = 0
        let start: Double
        var killed: (VerdictStatus, String)?
        var exitStatus: Int32?
        var usage = rusage()
        var peakResident = 0
        var peakVirtual = 0
        var peakProcesses = 0
        init(job: Job, pid: pid_t, slot: Int, verdictFD: Int32, outFD: Int32, start: Double) {
            self.job = job
            self.pid = pid
            self.slot = slot
            self.verdictFD = verdictFD
            self.outFD = outFD
            self.start = start
        }
    }

    /// Grades `jobs`, calling `onVerdict` for each as soon as it is known (in the
    /// calling thread). Returns false if interrupted by SIGINT or SIGTERM.
    @discardableResult
    public func run(_ jobs: [Job], onVerdict: (Verdict) -> Void) -> Bool {
        #if os(Linux)
        // Orphans of a submission (children whose parent died) are re-parented
        // to us rather than to init, so we can reap the whole group.
        SystemCalls.becomeSubreaper()
        #endif
        let oldInt = signal(SIGINT) { _ in batchInterrupted = 1 }
        let oldTerm = signal(SIGTERM) { _ in batchInterrupted = 1 }
        defer {
            signal(SIGINT, oldInt)
            signal(SIGTERM, oldTerm)
        }
        batchInterrupted = 0
        var pending = jobs[...]
        var running: [Running] = []
        var freeSlots = Array((0..<parallelism).reversed())
        let uidBase = UInt32(100_000) + UInt32(getpid() % 10_000) * 64
        var scans = 0

        while !pending.isEmpty || !running.isEmpty {
            if batchInterrupted != 0 {
                for r in running { killGroup(r) }
                for r in running { reapGroup(r); closeFDs(r) }
                return false
            }
            // Start workers while slots are free.
            while !pending.isEmpty, let slot = freeSlots.popLast() {
                let job = pending.removeFirst()
                if let v = job.missingVerdict { onVerdict(v); freeSlots.append(slot); continue }
                let uid = dropPrivileges && getuid() == 0 ? uidBase + UInt32(slot % 64) : nil
                switch spawn(job, slot: slot, uid: uid) {
                case .success(let r): running.append(r)
                case .failure(let message):
                    freeSlots.append(slot)
                    onVerdict(job.verdict(.error, message: message))
                }
            }
            if running.isEmpty { continue }
            waitForOutput(running)
            let now = monotonicNow()
            // Limits: wall clock, then the group's processes and memory.
            // Every tick the leaders (where a submission's memory usually is); the
            // whole groups, a /proc walk, every third tick.
            scans += 1
            let groups = scans % 3 == 0 ? ProcessTable.scan(groups: Set(running.map { $0.pid }))
                : ProcessTable.leaders(running.map { $0.pid })
            for r in running where r.killed == nil && r.exitStatus == nil {
                let g = groups[r.pid] ?? ProcessTable.Group()
                r.peakResident = max(r.peakResident, g.residentBytes)
                r.peakVirtual = max(r.peakVirtual, g.virtualBytes)
                r.peakProcesses = max(r.peakProcesses, g.processes)
                let limits = r.job.limits
                if now - r.start > limits.wall {
                    r.killed = (.timeLimit, "time limit exceeded after \(Format.limitSeconds(limits.wall))")
                } else if g.processes > limits.processes {
                    r.killed = (.processLimit, "process limit \(limits.processes) exceeded")
                } else if g.residentBytes > limits.memory {
                    r.killed = (.memoryLimit, "memory limit \(Format.bytes(limits.memory)) exceeded")
                } else if r.outTotal > limits.output || r.verdictBytes.count > limits.output + (1 << 20) {
                    r.killed = (.outputLimit, "output limit \(Format.bytes(limits.output)) exceeded")
                }
                if r.killed != nil { killGroup(r) }
            }
            // Reap workers that have ended; deliver their verdicts.
            var still: [Running] = []
            for r in running {
                if r.exitStatus == nil {
                    var status: Int32 = 0
                    let w = wait4(r.pid, &status, WNOHANG, &r.usage)
                    if w == r.pid { r.exitStatus = status } else if w < 0 && errno == ECHILD { r.exitStatus = -1 }
                }
                guard r.exitStatus != nil else { still.append(r); continue }
                drain(r)
                killGroup(r)
                reapGroup(r)
                closeFDs(r)
                freeSlots.append(r.slot)
                onVerdict(verdict(for: r, seconds: monotonicNow() - r.start))
            }
            running = still
        }
        return true
    }

    enum SpawnResult {
        case success(Running)
        case failure(String)
    }

    private func spawn(_ job: Job, slot: Int, uid: UInt32?) -> SpawnResult {
        var verdictPipe: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1]
        guard SystemCalls.pipeCloseOnExec(&verdictPipe) == 0 else { return .failure("can't create a pipe: \(String(cString: strerror(errno)))") }
        guard SystemCalls.pipeCloseOnExec(&outPipe) == 0 else {
            close(verdictPipe[0]); close(verdictPipe[1])
            return .failure("can't create a pipe: \(String(cString: strerror(errno)))")
        }
        var args = command.arguments + ["--course", courseRoot]
        if let k = courseKind { args += ["--kind", k.rawValue] }
        args += ["--exercise", job.exercise.id, "--directory", job.exercise.directory, "--workspace", job.workspace.path]
        args += job.limits.args
        if let u = uid { args += ["--uid", "\(u)"] }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 2)
        posix_spawn_file_actions_adddup2(&actions, verdictPipe[1], BatchWorker.verdictFD)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        // Its own process group (pgid = its pid), default signal handling, nothing blocked.
        posix_spawnattr_setpgroup(&attr, 0)
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGPIPE, SIGXCPU, SIGXFSZ, SIGCHLD] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([command.executable] + args).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, command.executable, &actions, &attr, argv, environ)
        close(verdictPipe[1])
        close(outPipe[1])
        guard rc == 0 else {
            close(verdictPipe[0]); close(outPipe[0])
            return .failure("can't start a worker (\(command.executable)): \(String(cString: strerror(rc)))")
        }
        for fd in [verdictPipe[0], outPipe[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        return .success(Running(job: job, pid: pid, slot: slot, verdictFD: verdictPipe[0], outFD: outPipe[0],
                                start: monotonicNow()))
    }

    /// Waits up to one tick for output from any worker, and reads what is there.
    private func waitForOutput(_ running: [Running]) {
        var fds: [pollfd] = []
        for r in running {
            if r.verdictFD >= 0 { fds.append(pollfd(fd: r.verdictFD, events: Int16(POLLIN), revents: 0)) }
            if r.outFD >= 0 { fds.append(pollfd(fd: r.outFD, events: Int16(POLLIN), revents: 0)) }
        }
        if fds.isEmpty {
            usleep(UInt32(tick) * 1000)
        } else {
            _ = poll(&fds, nfds_t(fds.count), tick)
        }
        for r in running { drain(r) }
    }

    /// Reads what a worker's pipes hold now (non-blocking); closes them at EOF.
    private func drain(_ r: Running) {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while r.verdictFD >= 0 {
            let n = chunk.withUnsafeMutableBytes { read(r.verdictFD, $0.baseAddress, $0.count) }
            if n > 0 {
                if r.verdictBytes.count <= r.job.limits.output + (2 << 20) { r.verdictBytes += chunk[0..<n] }
                continue
            }
            if n == 0 || (errno != EAGAIN && errno != EINTR) { close(r.verdictFD); r.verdictFD = -1 }
            break
        }
        // The worker's own stdout and stderr: kept up to 64 KiB (a crash's
        // message), counted in full against the output limit.
        var rounds = 0
        while r.outFD >= 0, rounds < 64 {
            rounds += 1
            let n = chunk.withUnsafeMutableBytes { read(r.outFD, $0.baseAddress, $0.count) }
            if n > 0 {
                r.outTotal += n
                if r.outBytes.count < 65536 { r.outBytes += chunk[0..<min(n, 65536 - r.outBytes.count)] }
                continue
            }
            if n == 0 || (errno != EAGAIN && errno != EINTR) { close(r.outFD); r.outFD = -1 }
            break
        }
    }

    private func killGroup(_ r: Running) {
        kill(-r.pid, SIGKILL)
    }

    /// Kills and reaps every process of the worker's group (the worker is its
    /// leader: pgid == pid), waiting until none is left.
    private func reapGroup(_ r: Running) {
        let deadline = monotonicNow() + 10
        while true {
            kill(-r.pid, SIGKILL)
            var status: Int32 = 0
            if r.exitStatus == nil {
                if wait4(r.pid, &status, WNOHANG, &r.usage) == r.pid { r.exitStatus = status }
            }
            // Reap members that are our children (orphans re-parented to us).
            while waitpid(-r.pid, &status, WNOHANG) > 0 {}
            if r.exitStatus != nil && !ProcessTable.hasMembers(r.pid) { return }
            if monotonicNow() > deadline {
                fputs("tutor grade: processes of \(r.job.key.student) \(r.job.exercise.id) (group \(r.pid)) would not die\n", stderr)
                return
            }
            usleep(2000)
        }
    }

    private func closeFDs(_ r: Running) {
        if r.verdictFD >= 0 { close(r.verdictFD); r.verdictFD = -1 }
        if r.outFD >= 0 { close(r.outFD); r.outFD = -1 }
    }

    /// The verdict on a finished worker: a limit it was stopped for, else what it
    /// wrote, else why it died.
    private func verdict(for r: Running, seconds: Double) -> Verdict {
        let job = r.job
        let limits = job.limits
        let raw = String(decoding: r.outBytes, as: UTF8.self)
        if let (status, message) = r.killed {
            return job.verdict(status, message: message, output: Format.truncate(raw, to: 4096), seconds: seconds)
        }
        let status = r.exitStatus ?? -1
        let signaled = status >= 0 && (status & 0x7f) != 0 && (status & 0x7f) != 0x7f
        let signalNumber = status & 0x7f
        let cpuSeconds = Double(r.usage.ru_utime.tv_sec) + Double(r.usage.ru_stime.tv_sec)
            + Double(r.usage.ru_utime.tv_usec + r.usage.ru_stime.tv_usec) / 1e6
        if signaled {
            if signalNumber == SIGXCPU || (signalNumber == SIGKILL && cpuSeconds >= limits.cpu) {
                return job.verdict(.cpuLimit, message: "CPU time limit exceeded after \(Format.limitSeconds(limits.cpu))",
                                   seconds: seconds)
            }
            if signalNumber == SIGXFSZ {
                return job.verdict(.outputLimit, message: "output limit \(Format.bytes(limits.output)) exceeded", seconds: seconds)
            }
            let lower = raw.lowercased()
            if lower.contains("could not allocate") || lower.contains("out of memory") || lower.contains("cannot allocate")
                || r.peakVirtual >= limits.memory + BatchWorker.addressSpaceHeadroom - (64 << 20) {
                return job.verdict(.memoryLimit, message: "memory limit \(Format.bytes(limits.memory)) exceeded",
                                   output: Format.truncate(raw, to: 4096), seconds: seconds)
            }
            return job.verdict(.crashed, message: "the interpreter crashed (signal \(signalNumber))",
                               output: Format.truncate(raw, to: 4096), seconds: seconds)
        }
        let text = String(decoding: r.verdictBytes, as: UTF8.self)
        guard var outcome = BatchWorker.decode(text) else {
            let exit = status >= 0 ? (status >> 8) & 0xff : -1
            return job.verdict(.crashed, message: "the worker ended (exit status \(exit)) without a verdict",
                               output: Format.truncate(raw, to: 4096), seconds: seconds)
        }
        // A fork or thread refused by RLIMIT_NPROC surfaces in the program as an exception.
        if outcome.status == .failed,
           outcome.output.contains("fork failed") || outcome.output.contains("can't start new thread"),
           r.peakProcesses >= limits.processes || outcome.output.contains("Errno 11") {
            outcome.status = .processLimit
            outcome.message = "process limit \(limits.processes) exceeded"
        }
        return job.verdict(outcome.status, score: outcome.score, maxScore: outcome.maxScore, message: outcome.message,
                           output: outcome.output, checks: outcome.checks, seconds: seconds)
    }
}

func monotonicNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Calls Glibc's Swift module does not import (variadic, or behind _GNU_SOURCE).
enum SystemCalls {
    private typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32


    /// PR_SET_CHILD_SUBREAPER (36): orphaned descendants are re-parented to us.
    static func becomeSubreaper() {
        #if os(Linux)
        guard let p = dlsym(nil, "prctl") else { return }
        _ = unsafeBitCast(p, to: Prctl.self)(36, 1, 0, 0, 0)
        #endif
    }

    /// A pipe whose ends are closed on exec, so one worker never inherits another's.
    static func pipeCloseOnExec(_ fds: inout [Int32]) -> Int32 {
        if let p = dlsym(nil, "pipe2") {
            return fds.withUnsafeMutableBufferPointer { unsafeBitCast(p, to: Pipe2.self)($0.baseAddress!, O_CLOEXEC) }
        }
        guard pipe(&fds) == 0 else { return -1 }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return 0
    }
}
