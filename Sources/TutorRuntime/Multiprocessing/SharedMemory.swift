import Glibc
import TutorLanguage

/// Memory shared by a parent and the children it forks afterwards
/// (`mmap(MAP_SHARED | MAP_ANONYMOUS)`), for `Value`, `Array` and the
/// process-shared `Lock`/`RLock`/`Semaphore` (POSIX semaphores placed in such
/// memory, `sem_init(pshared: 1)`). Mappings live until the process ends.
///
/// Python code names a mapping by its address (an int), so every native here
/// checks that the address is one of the mappings made here and that the access
/// stays inside it: a program calling `multiprocessing._shm_set(12345, ...)`
/// gets a ValueError, never a write to arbitrary memory.
enum SharedMemory {
    /// Mapping base -> size; touched only by a thread holding the GIL (or the
    /// only thread), and inherited as a copy by forked children, like the mappings.
    nonisolated(unsafe) private static var regions: [Int: Int] = [:]
    nonisolated(unsafe) private static var semaphores: Set<Int> = []

    private static func map(_ bytes: Int) throws -> UnsafeMutableRawPointer {
        let p = mmap(nil, max(bytes, 1), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
        guard let base = p, base != MAP_FAILED else { throw PyException(type: BuiltinTypes.memoryError, args: []) }
        regions[Int(bitPattern: base)] = max(bytes, 1)
        return base
    }

    /// The address of item `index` of `width` bytes in mapping `address`.
    private static func item(_ address: Value, _ index: Value, width: Int) throws -> UnsafeMutableRawPointer {
        guard case .int(let a) = address, let size = regions[a], case .int(let i) = index,
              i >= 0, i <= (size - width) / width, let p = UnsafeMutableRawPointer(bitPattern: a) else {
            throw PyException.valueError("invalid shared memory access")
        }
        return p + i * width
    }

    private static func semaphore(_ address: Value) throws -> UnsafeMutablePointer<sem_t> {
        guard case .int(let a) = address, semaphores.contains(a), let p = UnsafeMutableRawPointer(bitPattern: a) else {
            throw PyException.valueError("invalid semaphore")
        }
        return p.assumingMemoryBound(to: sem_t.self)
    }

    private static func width(_ typecode: Value) throws -> (code: String, width: Int) {
        guard case .object(let tc as PyStr) = typecode else { throw PyException.typeError("typecode must be a str") }
        switch tc.value {
        case "b", "B", "c": return (tc.value, 1)
        case "h", "H": return (tc.value, 2)
        case "i", "I", "f": return (tc.value, 4)
        case "l", "q", "d": return (tc.value, 8)
        default: throw PyException.valueError("unsupported typecode \(tc.value)")
        }
    }

    static func define(_ m: PyModule) {
        m.define("_shm") { _, args, _ in
            guard args.count == 1, case .int(let n) = args[0], n >= 0, n < 1 << 30 else { throw PyException.typeError("_shm(nbytes)") }
            return .int(Int(bitPattern: try map(n)))
        }
        m.define("_shm_get") { _, args, _ in
            guard args.count == 3 else { throw PyException.typeError("_shm_get(address, typecode, index)") }
            let (code, w) = try width(args[1])
            let p = try item(args[0], args[2], width: w)
            switch code {
            case "b": return .int(Int(p.load(as: Int8.self)))
            case "B": return .int(Int(p.load(as: UInt8.self)))
            case "c": return .object(PyBytes([p.load(as: UInt8.self)]))
            case "h": return .int(Int(p.load(as: Int16.self)))
            case "H": return .int(Int(p.load(as: UInt16.self)))
            case "i": return .int(Int(p.load(as: Int32.self)))
            case "I": return .int(Int(p.load(as: UInt32.self)))
            case "f": return .float(Double(p.load(as: Float.self)))
            case "d": return .float(p.load(as: Double.self))
            default: return .int(p.load(as: Int.self))
            }
        }
        m.define("_shm_set") { _, args, _ in
            guard args.count == 4 else { throw PyException.typeError("_shm_set(address, typecode, index, value)") }
            let (code, w) = try width(args[1])
            let p = try item(args[0], args[2], width: w)
            let v = args[3]
            func int() throws -> Int {
                switch v {
                case .int(let n): return n
                case .bool(let b): return b ? 1 : 0
                default: throw PyException.typeError("an integer is required (got type \(typeOf(v).name))")
                }
            }
            func float() throws -> Double {
                switch v {
                case .int(let n): return Double(n)
                case .bool(let b): return b ? 1 : 0
                case .float(let d): return d
                default: throw PyException.typeError("must be real number, not \(typeOf(v).name)")
                }
            }
            switch code {
            case "b": p.storeBytes(of: Int8(truncatingIfNeeded: try int()), as: Int8.self)
            case "B": p.storeBytes(of: UInt8(truncatingIfNeeded: try int()), as: UInt8.self)
            case "c":
                guard case .object(let b as PyBytes) = v, b.value.count == 1 else { throw PyException.typeError("one character bytes expected") }
                p.storeBytes(of: b.value[0], as: UInt8.self)
            case "h": p.storeBytes(of: Int16(truncatingIfNeeded: try int()), as: Int16.self)
            case "H": p.storeBytes(of: UInt16(truncatingIfNeeded: try int()), as: UInt16.self)
            case "i": p.storeBytes(of: Int32(truncatingIfNeeded: try int()), as: Int32.self)
            case "I": p.storeBytes(of: UInt32(truncatingIfNeeded: try int()), as: UInt32.self)
            case "f": p.storeBytes(of: Float(try float()), as: Float.self)
            case "d": p.storeBytes(of: try float(), as: Double.self)
            default: p.storeBytes(of: try int(), as: Int.self)
            }
            return .none
        }
        m.define("_sem_new") { _, args, _ in
            guard args.count == 1, case .int(let value) = args[0], value >= 0, value <= Int(Int32.max) else {
                throw PyException.valueError("semaphore initial value must be >= 0")
            }
            let base = try map(MemoryLayout<sem_t>.size)
            regions[Int(bitPattern: base)] = nil
            let sem = base.assumingMemoryBound(to: sem_t.self)
            guard sem_init(sem, 1, UInt32(value)) == 0 else { throw PyException(type: BuiltinTypes.osError, args: [.int(Int(errno)), .str("sem_init failed")]) }
            semaphores.insert(Int(bitPattern: base))
            return .int(Int(bitPattern: base))
        }
        m.define("_sem_acquire") { ts, args, _ in
            // _sem_acquire(address, timeout or None) -> bool; 0 means do not block.
            guard args.count == 2 else { throw PyException.typeError("_sem_acquire(address, timeout)") }
            return .bool(try acquire(ts, try semaphore(args[0]), timeout: try Messages.seconds(args[1])))
        }
        m.define("_sem_release") { _, args, _ in
            guard args.count == 1 else { throw PyException.typeError("_sem_release(address)") }
            sem_post(try semaphore(args[0]))
            return .none
        }
        m.define("_sem_value") { _, args, _ in
            guard args.count == 1 else { throw PyException.typeError("_sem_value(address)") }
            var v: Int32 = 0
            sem_getvalue(try semaphore(args[0]), &v)
            return .int(Int(v))
        }
        // A process-shared RLock: a semaphore plus (owner pid, owner thread, count)
        // in a 24-byte mapping. Native, since each acquire/release is one call.
        m.define("_rlock_acquire") { ts, args, _ in
            guard args.count == 3 else { throw PyException.typeError("_rlock_acquire(state, sem, timeout)") }
            let owner = try item(args[0], .int(0), width: 24)
            let sem = try semaphore(args[1])
            let me = (Int(getpid()), ThreadIdent.current)
            if owner.load(as: Int.self) == me.0 && owner.load(fromByteOffset: 8, as: Int.self) == me.1 {
                owner.storeBytes(of: owner.load(fromByteOffset: 16, as: Int.self) + 1, toByteOffset: 16, as: Int.self)
                return .bool(true)
            }
            guard try acquire(ts, sem, timeout: try Messages.seconds(args[2])) else { return .bool(false) }
            owner.storeBytes(of: me.0, as: Int.self)
            owner.storeBytes(of: me.1, toByteOffset: 8, as: Int.self)
            owner.storeBytes(of: 1, toByteOffset: 16, as: Int.self)
            return .bool(true)
        }
        m.define("_rlock_release") { _, args, _ in
            guard args.count == 2 else { throw PyException.typeError("_rlock_release(state, sem)") }
            let owner = try item(args[0], .int(0), width: 24)
            let sem = try semaphore(args[1])
            guard owner.load(as: Int.self) == Int(getpid()), owner.load(fromByteOffset: 8, as: Int.self) == ThreadIdent.current else {
                throw PyException(BuiltinTypes.assertionError, "attempt to release recursive lock not owned by thread")
            }
            let count = owner.load(fromByteOffset: 16, as: Int.self) - 1
            owner.storeBytes(of: count, toByteOffset: 16, as: Int.self)
            if count <= 0 {
                owner.storeBytes(of: 0, as: Int.self)
                owner.storeBytes(of: 0, toByteOffset: 8, as: Int.self)
                owner.storeBytes(of: 0, toByteOffset: 16, as: Int.self)
                sem_post(sem)
            }
            return .none
        }
    }

    /// Takes `sem`, waiting up to `timeout` (nil: forever; <= 0: not at all) in
    /// 20 ms slices with the GIL released, so a time limit or Ctrl-C still stops
    /// the wait and children's output is copied meanwhile. Other processes run in
    /// real time, so the wait does too; in a scheduled run a timeout that expires
    /// moves the virtual clock by the timeout.
    private static func acquire(_ ts: ThreadState, _ sem: UnsafeMutablePointer<sem_t>, timeout: Double?) throws -> Bool {
        if sem_trywait(sem) == 0 { return true }
        if let t = timeout, t <= 0 { return false }
        let scheduler = ts.scheduler
        let virtual = timeout.map { Deadline.after(seconds: $0, on: ts) }
        let deadline = scheduler == nil ? virtual : timeout.map { Deadline.after(seconds: $0) }
        while true {
            var got = false, interrupted = false
            ts.blocking {
                var now = timespec()
                clock_gettime(CLOCK_REALTIME, &now)
                var slice = 0.02
                if let d = deadline {
                    slice = min(slice, max(0, Double(Int64(bitPattern: d.nanoseconds &- Deadline.now.nanoseconds)) / 1e9))
                }
                var ns = now.tv_nsec + Int(slice * 1e9)
                var when = timespec(tv_sec: now.tv_sec + ns / 1_000_000_000, tv_nsec: 0)
                ns %= 1_000_000_000
                when.tv_nsec = ns
                got = sem_timedwait(sem, &when) == 0
                interrupted = ts.hasPendingInterruption
            }
            if got { return true }
            if interrupted { try ts.raisePendingException() }
            if let d = deadline, d <= Deadline.now {
                if sem_trywait(sem) == 0 { return true }
                if let s = scheduler, let v = virtual { s.advanceClock(to: v.nanoseconds) }
                return false
            }
            Children.pump(ts)
        }
    }
}
