#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations the grading layer needs, on the C library: the tutor
/// avoids Foundation, whose loading would dominate its start-up time.
public enum FileSystem {
    /// The whole file as UTF-8 text, or nil if it cannot be read (or is a directory).
    /// With a `limit`, at most that many bytes are read (a submission's file may
    /// be anything).
    public static func readText(_ path: String, limit: Int = Int.max) -> String? {
        guard isFile(path), let bytes = readBytes(path, limit: limit) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func readBytes(_ path: String, limit: Int = Int.max) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<min(n, limit - bytes.count)])
            if bytes.count >= limit { return bytes }
        }
    }

    /// Writes through a temporary file in the same folder, fsyncs it and renames it
    /// over `path`: a reader (or a crash) sees the old file or the new one, never half.
    @discardableResult
    public static func writeAtomically(_ text: String, to path: String) -> Bool {
        let temp = path + ".tmp\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        let ok = writeAll(fd, Array(text.utf8)) && fsync(fd) == 0
        close(fd)
        guard ok, rename(temp, path) == 0 else {
            unlink(temp)
            return false
        }
        return true
    }

    @discardableResult
    public static func writeBytes(_ bytes: [UInt8], to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return writeAll(fd, bytes)
    }

    /// Writes all of `bytes` to `fd`, retrying short writes and EINTR.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(fd, base + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 { return false }
            offset += n
        }
        return true
    }

    public static func copy(_ from: String, to: String) -> Bool {
        guard let bytes = readBytes(from) else { return false }
        return writeBytes(bytes, to: to)
    }

    /// Copies a folder tree, skipping hidden files; existing files are kept unless `overwrite`.
    public static func copyTree(_ from: String, to: String, overwrite: Bool = false) -> Bool {
        guard makeDirectories(to) else { return false }
        var ok = true
        for name in list(from) ?? [] {
            let source = join(from, name), target = join(to, name)
            if isDirectory(source) {
                ok = copyTree(source, to: target, overwrite: overwrite) && ok
            } else if overwrite || !exists(target) {
                ok = copy(source, to: target) && ok
            }
        }
        return ok
    }

    /// Modification time in nanoseconds, 0 if the file is missing.
    public static func modificationTime(_ path: String) -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { return 0 }
        return Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
    }

    /// Writes `text` to `path`, replacing it. Returns false on failure.
    @discardableResult
    public static func writeText(_ text: String, to path: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        let bytes = Array(text.utf8)
        let written = bytes.isEmpty ? 0 : fwrite(bytes, 1, bytes.count, file)
        return fclose(file) == 0 && written == bytes.count
    }

    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public static func isFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    /// Names in a directory (no `.`/`..`, no hidden entries), sorted by byte order;
    /// nil if it cannot be read.
    public static func list(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Creates the directory and its missing parents. Returns false on failure.
    @discardableResult
    public static func makeDirectories(_ path: String) -> Bool {
        if isDirectory(path) { return true }
        let parent = directoryName(path)
        if parent != path, !parent.isEmpty, !isDirectory(parent) {
            guard makeDirectories(parent) else { return false }
        }
        return mkdir(path, 0o755) == 0 || isDirectory(path)
    }

    /// Removes a file or a whole directory tree (used by tests for temp folders).
    public static func removeTree(_ path: String) {
        if isDirectory(path) {
            for name in listAll(path) { removeTree(join(path, name)) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// A new empty directory under /tmp (or TMPDIR) whose name starts with `prefix`.
    public static func makeTemporaryDirectory(prefix: String) -> String? {
        let base = environment("TMPDIR") ?? "/tmp"
        var template = Array(join(base, prefix + ".XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let made = mkdtemp(base) else { return nil }
            return String(cString: made)
        }
    }

    public static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(cString: buffer)
    }

    public static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// `a/b` joined without doubling the slash.
    public static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if b.hasPrefix("/") { return b }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }

    public static func join(_ parts: String...) -> String {
        parts.dropFirst().reduce(parts.first ?? "") { join($0, $1) }
    }

    /// The path without its last component (`.` for a bare name).
    public static func directoryName(_ path: String) -> String {
        var p = path
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        guard let slash = p.lastIndex(of: "/") else { return "." }
        let head = String(p[..<slash])
        return head.isEmpty ? "/" : head
    }

    public static func baseName(_ path: String) -> String {
        var p = path
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        guard let slash = p.lastIndex(of: "/") else { return p }
        return String(p[p.index(after: slash)...])
    }

    /// An absolute version of `path`, relative to the current directory, with `.`
    /// and `..` resolved textually.
    public static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return normalized(path) }
        return normalized(join(currentDirectory() ?? "/", path))
    }

    /// Resolves `.` and `..` textually.
    public static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func listAll(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

/// A monotonic clock, for reporting how long grading took.
public enum MonotonicClock {
    public static func seconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
