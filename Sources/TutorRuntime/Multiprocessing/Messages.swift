import Glibc
import TutorLanguage

/// Length-prefixed messages over pipes, for Pool and `Pipe`. Waits release the
/// GIL in short slices and copy the children's output meanwhile, so a child never
/// stalls on a full output pipe while its parent waits for its result.
enum Messages {
    static func define(_ m: PyModule) {
        m.define("_pipe") { _, _, _ in
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw PyException(type: BuiltinTypes.osError, args: [.int(Int(errno)), .str("pipe failed")]) }
            return .tuple([.int(Int(fds[0])), .int(Int(fds[1]))])
        }
        m.define("_close") { _, args, _ in
            if case .int(let fd)? = args.first { close(Int32(fd)) }
            return .none
        }
        m.define("_dumps") { ts, args, _ in
            guard args.count == 1 else { throw PyException.typeError("_dumps(obj)") }
            return .object(PyBytes(try Serializer.dumps(args[0], ts)))
        }
        m.define("_loads") { ts, args, _ in
            guard args.count == 1, case .object(let b as PyBytes) = args[0] else { throw PyException.typeError("_loads(bytes)") }
            return try Serializer.loads(b.value, ts)
        }
        m.define("_send") { ts, args, _ in
            guard args.count == 2, case .int(let fd) = args[0] else { throw PyException.typeError("_send(fd, obj)") }
            let body = try Serializer.dumps(args[1], ts)
            var message: [UInt8] = []
            withUnsafeBytes(of: Int64(body.count).littleEndian) { message.append(contentsOf: $0) }
            message.append(contentsOf: body)
            try writeAll(ts, Int32(fd), message)
            return .none
        }
        m.define("_recv") { ts, args, _ in
            // _recv(fd, timeout or None) -> (True, obj), or (False, None) on timeout.
            guard args.count == 2, case .int(let fd) = args[0] else { throw PyException.typeError("_recv(fd, timeout)") }
            let timeout = try seconds(args[1])
            guard try waitReadable(ts, [Int32(fd)], timeout: timeout).first != nil else { return .tuple([.bool(false), .none]) }
            let header = try readExact(ts, Int32(fd), 8)
            var n: UInt64 = 0
            for i in 0..<8 { n |= UInt64(header[i]) << (8 * UInt64(i)) }
            let body = try readExact(ts, Int32(fd), Int(n))
            return .tuple([.bool(true), try Serializer.loads(body, ts)])
        }
        m.define("_poll") { ts, args, _ in
            // _poll(fds, timeout or None) -> the fds that are readable (or at EOF).
            guard args.count == 2, case .object(let list) = args[0] else { throw PyException.typeError("_poll(fds, timeout)") }
            let items = (list as? PyList)?.items ?? (list as? PyTuple)?.items ?? []
            let fds = items.compactMap { v -> Int32? in if case .int(let i) = v { return Int32(i) }; return nil }
            return .list(try waitReadable(ts, fds, timeout: try seconds(args[1])).map { .int(Int($0)) })
        }
    }

    static func seconds(_ v: Value) throws -> Double? {
        switch v {
        case .none: return nil
        case .int(let i): return Double(i)
        case .float(let f): return f
        case .bool(let b): return b ? 1 : 0
        default: throw PyException.typeError("timeout must be a number or None")
        }
    }

    private static func eof() -> PyException { PyException(type: BuiltinTypes.eofError, args: []) }

    /// Waits until one of `fds` is readable; returns those that are (empty on timeout).
    static func waitReadable(_ ts: ThreadState, _ fds: [Int32], timeout: Double?) throws -> [Int32] {
        // As in Children.wait: other processes run in real time, so the wait does
        // too; in a scheduled run a timeout that expires moves the virtual clock.
        let scheduler = ts.scheduler
        let virtual = timeout.map { Deadline.after(seconds: max(0, $0), on: ts) }
        let deadline = scheduler == nil ? virtual : timeout.map { Deadline.after(seconds: max(0, $0)) }
        while true {
            Children.pump(ts)
            var polls = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            var interrupted = false
            var ready: [Int32] = []
            ts.blocking {
                var ms: Int32 = 20
                if let d = deadline {
                    let left = Double(Int64(bitPattern: d.nanoseconds &- Deadline.now.nanoseconds)) / 1e6
                    ms = Int32(max(0, min(20, left.rounded(.up))))
                }
                if poll(&polls, nfds_t(polls.count), ms) > 0 {
                    ready = polls.filter { $0.revents != 0 }.map(\.fd)
                }
                interrupted = ts.hasPendingInterruption
            }
            if interrupted { try ts.raisePendingException() }
            if !ready.isEmpty { return ready }
            if let d = deadline, d <= Deadline.now {
                if let s = scheduler, let v = virtual { s.advanceClock(to: v.nanoseconds) }
                return []
            }
        }
    }

    static func readExact(_ ts: ThreadState, _ fd: Int32, _ count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            _ = try waitReadable(ts, [fd], timeout: nil)
            let n = ts.blocking { bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, count - got) } }
            if n == 0 { throw eof() }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw PyException(type: BuiltinTypes.osError, args: [.int(Int(errno)), .str("read failed")])
            }
            got += n
        }
        return bytes
    }

    static func writeAll(_ ts: ThreadState, _ fd: Int32, _ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = ts.blocking { bytes.withUnsafeBytes { write(fd, $0.baseAddress! + sent, $0.count - sent) } }
            if n < 0 {
                if errno == EINTR { try ts.raisePendingException(); continue }
                if errno == EPIPE { throw PyException(type: BuiltinTypes.brokenPipeError, args: [.int(Int(EPIPE)), .str("Broken pipe")]) }
                throw PyException(type: BuiltinTypes.osError, args: [.int(Int(errno)), .str("write failed")])
            }
            sent += n
        }
    }
}
