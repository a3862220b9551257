#if canImport(Glibc)
import Glibc
#endif
import TutorGrading

/// The worker: a fresh `tutor` process (`tutor grade _worker ...`) that grades one
/// submission of one exercise and writes the outcome as one JSON document to the
/// verdict descriptor (3).
///
/// Why exec a fresh `tutor` rather than fork the grading process: the coordinator
/// is a Swift program that may run threads (and does inside XCTest), and after
/// fork() of a multi-threaded process the child may only call async-signal-safe
/// functions until it execs: running the interpreter there could deadlock on a
/// lock (malloc's, the Swift runtime's metadata caches) held by a thread that no
/// longer exists. `posix_spawn` of `/proc/self/exe` gives each submission a
/// clean, single-threaded process. The limits cannot be set between fork and exec
/// by Swift code, so the worker applies them to itself as its first act, before
/// it reads anything the student wrote.
public enum BatchWorker {
    /// The descriptor the coordinator reads the outcome from.
    public static let verdictFD: Int32 = 3

    struct Request {
        var course = ""
        var kind: CourseKind?
        var exercise = ""
        var directory: String?
        var workspace = ""
        var limits = Limits()
        var uid: UInt32?
    }

    static func parse(_ arguments: [String]) -> Request? {
        var r = Request()
        var i = 0
        while i < arguments.count {
            let name = arguments[i]
            guard i + 1 < arguments.count else { return nil }
            let value = arguments[i + 1]
            switch name {
            case "--course": r.course = value
            case "--kind": guard let k = CourseKind(rawValue: value) else { return nil }; r.kind = k
            case "--exercise": r.exercise = value
            case "--directory": r.directory = value
            case "--workspace": r.workspace = value
            case "--wall": guard let v = Double(value) else { return nil }; r.limits.wall = v
            case "--cpu": guard let v = Double(value) else { return nil }; r.limits.cpu = v
            case "--memory": guard let v = Int(value) else { return nil }; r.limits.memory = v
            case "--processes": guard let v = Int(value) else { return nil }; r.limits.processes = v
            case "--output": guard let v = Int(value) else { return nil }; r.limits.output = v
            case "--uid": guard let v = UInt32(value) else { return nil }; r.uid = v
            default: return nil
            }
            i += 2
        }
        return r.course.isEmpty || r.exercise.isEmpty || r.workspace.isEmpty ? nil : r
    }

    /// Runs the worker; returns its exit status (the verdict itself goes to fd 3).
    public static func main(arguments: [String]) -> Int32 {
        guard let request = parse(arguments) else {
            fputs("tutor grade _worker: bad arguments\n", stderr)
            return 2
        }
        applyLimits(request.limits, uid: request.uid)
        let outcome = grade(request)
        let json = JSON.object([
            ("status", .string(outcome.status.rawValue)),
            ("score", .number(outcome.score)),
            ("max_score", .number(outcome.maxScore)),
            ("message", .string(outcome.message)),
            ("output", .string(Format.truncate(outcome.output, to: max(1024, request.limits.output)))),
            ("checks", .array(outcome.checks.map { c in
                .object([("name", .string(c.name)), ("passed", .bool(c.passed)), ("score", .number(c.score)),
                         ("max_score", .number(c.maxScore)), ("message", .string(c.message))])
            })),
        ])
        _ = FileSystem.writeAll(verdictFD, Array(json.text.utf8))
        close(verdictFD)
        return 0
    }

    static func grade(_ request: Request) -> GradeOutcome {
        let folder = request.workspace + (request.directory.map { "/" + $0 } ?? "")
        if request.uid != nil, getuid() != 0, access(folder, R_OK | X_OK) != 0, errno == EACCES {
            return GradeOutcome(status: .error, score: 0, maxScore: 0,
                                message: "the worker (user id \(getuid())) can't read \(folder): make the workspaces readable by all, or pass --keep-user")
        }
        do {
            let course = try CourseLoader.load(root: request.course, kind: request.kind, exercise: request.exercise,
                                               directory: request.directory)
            guard let exercise = course.exercises.first(where: { $0.id == request.exercise }) else {
                throw CourseError("no exercise '\(request.exercise)' in the course")
            }
            return course.grade(exercise, workspace: request.workspace, limits: request.limits)
        } catch {
            return GradeOutcome(status: .error, score: 0, maxScore: 0, message: "\(error)")
        }
    }

    /// Decodes what a worker wrote.
    static func decode(_ text: String) -> GradeOutcome? {
        guard let json = try? JSON.parse(text), let s = json["status"]?.string,
              let status = VerdictStatus(rawValue: s) else { return nil }
        return GradeOutcome(status: status, score: json["score"]?.number ?? 0, maxScore: json["max_score"]?.number ?? 0,
                            message: json["message"]?.string ?? "", output: json["output"]?.string ?? "",
                            checks: (json["checks"]?.array ?? []).compactMap { c in
                                guard let name = c["name"]?.string else { return nil }
                                return CheckVerdict(name: name, passed: c["passed"]?.bool ?? false,
                                                    score: c["score"]?.number ?? 0,
                                                    maxScore: c["max_score"]?.number ?? 0,
                                                    message: c["message"]?.string ?? "")
                            })
    }

    /// Extra address space above the memory limit: the interpreter reserves (but
    /// does not touch) 512 MiB of stack for its main thread and 256 MiB per
    /// thread, so RLIMIT_AS at the memory limit itself would refuse threads long
    /// before any memory is used. The coordinator enforces the limit on resident
    /// memory; RLIMIT_AS stops an allocation that outruns its sampling.
    static let addressSpaceHeadroom = 4 << 30
    /// Threads are tasks too: RLIMIT_NPROC counts them, so it allows this many
    /// more than the process limit (the coordinator counts processes exactly).
    static let taskHeadroom = 256

    static func applyLimits(_ limits: Limits, uid: UInt32?) {
        // Linux resource numbers (RLIMIT_NPROC is not imported by Swift's Glibc).
        let cpuResource: UInt32 = 0, fsizeResource: UInt32 = 1, coreResource: UInt32 = 4
        let nprocResource: UInt32 = 6, asResource: UInt32 = 9
        func set(_ resource: UInt32, _ soft: UInt64, _ hard: UInt64) {
            var current = rlimit()
            getrlimit(__rlimit_resource_t(resource), &current)
            // Never raise a limit someone above us set lower.
            let h = min(hard, UInt64(current.rlim_max))
            var l = rlimit(rlim_cur: rlim_t(min(soft, h)), rlim_max: rlim_t(h))
            setrlimit(__rlimit_resource_t(resource), &l)
        }
        let cpu = UInt64(max(1, limits.cpu.rounded(.up)))
        set(cpuResource, cpu, cpu + 2)  // SIGXCPU at the soft limit, SIGKILL at the hard one
        let space = UInt64(max(0, limits.memory)) + UInt64(addressSpaceHeadroom)
        set(asResource, space, space)
        set(coreResource, 0, 0)
        // The student's program cannot write files, but a file descriptor could be a
        // file: bound it (SIGXFSZ) like the pipe is bounded by the coordinator.
        let fsize = UInt64(max(1 << 16, limits.output))
        set(fsizeResource, fsize, fsize)
        let tasks = UInt64(max(1, limits.processes) + taskHeadroom)
        if getuid() == 0, let uid = uid {
            // As root RLIMIT_NPROC is not enforced, and a fork bomb would exhaust the
            // machine's pids: drop to a user id of our own (one per worker slot), whose
            // task count is this submission's alone.
            setgroups(0, nil)
            _ = setgid(uid)
            _ = setuid(uid)
            set(nprocResource, tasks, tasks)
        } else if getuid() != 0 {
            // The count is per user: allow what the user already runs.
            let used = UInt64(ProcessTable.tasks(ofUser: getuid()))
            set(nprocResource, used + tasks, used + tasks)
        }
    }
}

/// Reads /proc: processes by process group, their resident memory and task counts.
enum ProcessTable {
    struct Group {
        var processes = 0
        var residentBytes = 0
        var virtualBytes = 0
    }

    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Every process group in `groups` that has members, with its totals.
    static func scan(groups: Set<Int32>) -> [Int32: Group] {
        var result: [Int32: Group] = [:]
        guard !groups.isEmpty, let dir = opendir("/proc") else { return result }
        defer { closedir(dir) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        while let entry = readdir(dir) {
            let pid: Int32? = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { Int32(String(cString: $0)) }
            }
            guard let p = pid, let fields = statFields(p, &buffer), fields.count > 21 else { continue }
            guard let pgrp = Int32(fields[2]), groups.contains(pgrp) else { continue }
            var g = result[pgrp] ?? Group()
            g.processes += 1
            g.residentBytes += (Int(fields[21]) ?? 0) * pageSize
            g.virtualBytes += Int(fields[20]) ?? 0
            result[pgrp] = g
        }
        return result
    }

    /// Each group's leader alone (one file each): a lower bound of the group's
    /// memory, cheap enough for every tick.
    static func leaders(_ pids: [Int32]) -> [Int32: Group] {
        var result: [Int32: Group] = [:]
        var buffer = [UInt8](repeating: 0, count: 1024)
        for pid in pids {
            guard let fields = statFields(pid, &buffer), fields.count > 21 else { continue }
            result[pid] = Group(processes: 1, residentBytes: (Int(fields[21]) ?? 0) * pageSize,
                                virtualBytes: Int(fields[20]) ?? 0)
        }
        return result
    }

    /// The fields of /proc/PID/stat after the command name (state is [0]).
    static func statFields(_ pid: Int32, _ buffer: inout [UInt8]) -> [Substring]? {
        let fd = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ")
    }

    /// Tasks (threads) owned by `uid`.
    static func tasks(ofUser uid: uid_t) -> Int {
        guard let dir = opendir("/proc") else { return 0 }
        defer { closedir(dir) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        var total = 0
        while let entry = readdir(dir) {
            let pid: Int32? = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { Int32(String(cString: $0)) }
            }
            guard let p = pid else { continue }
            var st = stat()
            guard stat("/proc/\(p)", &st) == 0, st.st_uid == uid,
                  let fields = statFields(p, &buffer), fields.count > 17 else { continue }
            total += Int(fields[17]) ?? 1
        }
        return total
    }

    /// Whether any process is left in group `pgrp`.
    static func hasMembers(_ pgrp: Int32) -> Bool {
        (scan(groups: [pgrp])[pgrp]?.processes ?? 0) > 0
    }
}
