import Glibc
import TutorLanguage

/// Memory shared by a parent and the children it forks afterwards
/// (`mmap(MAP_SHARED | MAP_ANONYMOUS)`), for `Value`, `Array` and the
/// process-shared `Lock`/`RLock`/`Semaphore` (POSIX semaphores placed in such
/// memory, `sem_init(pshared: 1)`). Mappings live until the process ends.
enum SharedMemory {
    static func define(_ m: PyModule) {
        m.define("_shm") { _, args, _ in
            guard args.count == 1, case .int(let n) = args[0], n >= 0 else { throw PyException.typeError("_shm(nbytes)") }
            let p = mmap(nil, max(n, 1), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
            guard let base = p, base != MAP_FAILED else {
                throw PyException(type: BuiltinTypes.memoryError, args: [])
            }
            return .int(Int(bitPattern: base))
        }
        m.define("_shm_get") { _, args, _ in
            guard args.count == 3, case .int(let a) = args[0], case .object(let tc as PyStr) = args[1],
                  case .int(let i) = args[2], let p = UnsafeMutableRawPointer(bitPattern: a) else {
                throw PyException.typeError("_shm_get(address, typecode, index)")
            }
            switch tc.value {
            case "b": return .int(Int(p.load(fromByteOffset: i, as: Int8.self)))
            case "B": return .int(Int(p.load(fromByteOffset: i, as: UInt8.self)))
            case "c": return .object(PyBytes([p.load(fromByteOffset: i, as: UInt8.self)]))
            case "h": return .int(Int(p.load(fromByteOffset: i * 2, as: Int16.self)))
            case "H": return .int(Int(p.load(fromByteOffset: i * 2, as: UInt16.self)))
            case "i": return .int(Int(p.load(fromByteOffset: i * 4, as: Int32.self)))
            case "I": return .int(Int(p.load(fromByteOffset: i * 4, as: UInt32.self)))
            case "l", "q": return .int(p.load(fromByteOffset: i * 8, as: Int.self))
            case "f": return .float(Double(p.load(fromByteOffset: i * 4, as: Float.self)))
            case "d": return .float(p.load(fromByteOffset: i * 8, as: Double.self))
            default: throw PyException.valueError("unsupported typecode \(tc.value)")
            }
        }
        m.define("_shm_set") { ts, args, _ in
            guard args.count == 4, case .int(let a) = args[0], case .object(let tc as PyStr) = args[1],
                  case .int(let i) = args[2], let p = UnsafeMutableRawPointer(bitPattern: a) else {
                throw PyException.typeError("_shm_set(address, typecode, index, value)")
            }
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
            switch tc.value {
            case "b": p.storeBytes(of: Int8(truncatingIfNeeded: try int()), toByteOffset: i, as: Int8.self)
            case "B": p.storeBytes(of: UInt8(truncatingIfNeeded: try int()), toByteOffset: i, as: UInt8.self)
            case "c":
                guard case .object(let b as PyBytes) = v, b.value.count == 1 else { throw PyException.typeError("one character bytes expected") }
                p.storeBytes(of: b.value[0], toByteOffset: i, as: UInt8.self)
            case "h": p.storeBytes(of: Int16(truncatingIfNeeded: try int()), toByteOffset: i * 2, as: Int16.self)
            case "H": p.storeBytes(of: UInt16(truncatingIfNeeded: try int()), toByteOffset: i * 2, as: UInt16.self)
            case "i": p.storeBytes(of: Int32(truncatingIfNeeded: try int()), toByteOffset: i * 4, as: Int32.self)
            case "I": p.storeBytes(of: UInt32(truncatingIfNeeded: try int()), toByteOffset: i * 4, as: UInt32.self)
            case "l", "q": p.storeBytes(of: try int(), toByteOffset: i * 8, as: Int.self)
            case "f": p.storeBytes(of: Float(try float()), toByteOffset: i * 4, as: Float.self)
            case "d": p.storeBytes(of: try float(), toByteOffset: i * 8, as: Double.self)
            default: throw PyException.valueError("unsupported typecode \(tc.value)")
            }
            _ = ts
            return .none
        }
        m.define("_sem_new") { _, args, _ in
            guard args.count == 1, case .int(let value) = args[0], value >= 0 else { throw PyException.valueError("semaphore initial value must be >= 0") }
            let p = mmap(nil, MemoryLayout<sem_t>.size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
            guard let base = p, base != MAP_FAILED else { throw PyException(type: BuiltinTypes.memoryError, args: []) }
            let sem = base.assumingMemoryBound(to: sem_t.self)
            guard sem_init(sem, 1, UInt32(value)) == 0 else { throw PyException(type: BuiltinTypes.osError, args: [.int(Int(errno)), .str("sem_init failed")]) }
            return .int(Int(bitPattern: base))
        }
        m.define("_sem_acquire") { ts, args, _ in
            // _sem_acquire(address, timeout or None) -> bool; 0 means do not block.
            guard args.count == 2, case .int(let a) = args[0], let raw = UnsafeMutableRawPointer(bitPattern: a) else {
                throw PyException.typeError("_sem_acquire(address, timeout)")
            }
            let sem = raw.assumingMemoryBound(to: sem_t.self)
            if sem_trywait(sem) == 0 { return .bool(true) }
            let timeout = try Messages.seconds(args[1])
            if let t = timeout, t <= 0 { return .bool(false) }
            let deadline = timeout.map { Deadline.after(seconds: $0, on: ts) }
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
                if got { return .bool(true) }
                if interrupted { try ts.raisePendingException() }
                if let d = deadline, d <= Deadline.now { return .bool(sem_trywait(sem) == 0) }
                Children.pump(ts)
            }
        }
        m.define("_sem_release") { _, args, _ in
            guard args.count == 1, case .int(let a) = args[0], let raw = UnsafeMutableRawPointer(bitPattern: a) else {
                throw PyException.typeError("_sem_release(address)")
            }
            sem_post(raw.assumingMemoryBound(to: sem_t.self))
            return .none
        }
        m.define("_sem_value") { _, args, _ in
            guard args.count == 1, case .int(let a) = args[0], let raw = UnsafeMutableRawPointer(bitPattern: a) else {
                throw PyException.typeError("_sem_value(address)")
            }
            var v: Int32 = 0
            sem_getvalue(raw.assumingMemoryBound(to: sem_t.self), &v)
            return .int(Int(v))
        }
    }
}
