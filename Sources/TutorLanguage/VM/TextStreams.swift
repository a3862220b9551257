import Glibc

/// Where a program's stdout or stderr goes.
public protocol TextSink: AnyObject {
    func write(_ text: String)
    func flush()
}

/// Where `input()` reads from.
public protocol LineSource: AnyObject {
    /// The next line without its newline, or nil at end of input.
    func readLine() -> String?
}

/// Writes to a file descriptor with a buffer, flushing at newlines when the
/// descriptor is a terminal (as Python's line-buffered stdout does).
public final class FileDescriptorSink: TextSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private let lineBuffered: Bool
    private let lock = Lock()

    public init(fd: Int32, lineBuffered: Bool? = nil) {
        self.fd = fd
        self.lineBuffered = lineBuffered ?? (isatty(fd) != 0)
        buffer.reserveCapacity(8192)
    }

    public func write(_ text: String) {
        lock.lock()
        buffer.append(contentsOf: text.utf8)
        let shouldFlush = buffer.count >= 8192 || (lineBuffered && text.utf8.contains(10))
        lock.unlock()
        if shouldFlush { flush() }
    }

    public func flush() {
        lock.lock()
        defer { lock.unlock() }
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                break
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Collects output in memory (tests, the grader).
public final class StringSink: TextSink {
    private let lock = Lock()
    private var storage = ""
    /// Output beyond this many UTF-8 bytes is dropped and `overflowed` is set.
    public let limit: Int
    public private(set) var overflowed = false
    private var size = 0

    public init(limit: Int = Int.max) { self.limit = limit }

    public func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        let n = text.utf8.count
        if size + n > limit {
            // Keep what fits, so the start of a flood is still visible.
            overflowed = true
            let room = limit - size
            if room > 0 {
                storage += String(decoding: text.utf8.prefix(room), as: UTF8.self)
                size = limit
            }
            return
        }
        size += n
        storage += text
    }

    public func flush() {}

    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

public final class FileDescriptorLineSource: LineSource {
    public init() {}
    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }
}

public final class StringLineSource: LineSource {
    private var lines: [String]
    public init(_ text: String) {
        var l = text.components(separatedBy: "\n")
        if l.last == "" { l.removeLast() }
        lines = l
    }
    public func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
}
