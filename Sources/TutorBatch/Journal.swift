#if canImport(Glibc)
import Glibc
#endif
import TutorGrading

/// The append-only journal: one JSON line per verdict, written (one `write(2)`
/// each, on an O_APPEND descriptor) as soon as the verdict is known, so a killed
/// batch loses nothing it finished. Its first line names the batch it belongs to;
/// opening it again for the same batch resumes: its verdicts are kept and only the
/// rest are graded. The journal's verdict lines are also the JSON lines format
/// that `tutor grade merge` reads.
public final class Journal {
    public let path: String
    private var fd: Int32 = -1
    /// Verdicts already recorded, by job (the last line for a job wins).
    public private(set) var verdicts: [JobKey: Verdict] = [:]

    /// Opens (creating or resuming) the journal at `path` for the batch that
    /// `fingerprint` identifies. `fresh` discards an existing journal.
    public init(path: String, fingerprint: String, fresh: Bool) throws {
        self.path = path
        FileSystem.makeDirectories(FileSystem.directoryName(path))
        if !fresh, FileSystem.exists(path) {
            guard let text = FileSystem.readText(path, limit: Int.max) else { throw CourseError("can't read journal '\(path)'") }
            let contents = Journal.parse(text)
            if contents.complete {
                // A finished batch: running it again grades again (the work may have changed).
                verdicts = [:]
                truncate(path, 0)
            } else if let header = contents.header, header != fingerprint {
                throw CourseError("journal '\(path)' belongs to another batch (other course, exercises, workspaces or shard); pass --fresh to start over or --journal to choose another file")
            }
            for v in contents.verdicts where !contents.complete { verdicts[v.key] = v }
            // A line cut short by a kill: drop it so appends start on a clean line.
            if contents.complete {
                // Emptied above.
            } else if let lastNewline = text.utf8.lastIndex(of: UInt8(ascii: "\n")) {
                let keep = text.utf8.distance(from: text.utf8.startIndex, to: lastNewline) + 1
                if keep < text.utf8.count { truncate(path, off_t(keep)) }
            } else if !text.isEmpty {
                truncate(path, 0)
            }
        } else if FileSystem.exists(path) {
            unlink(path)
        }
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CourseError("can't write journal '\(path)': \(String(cString: strerror(errno)))") }
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size == 0 {
            let header = JSON.object([("journal", .string("tutor grade")), ("version", .number(1)),
                                      ("batch", .string(fingerprint))])
            guard FileSystem.writeAll(fd, Array((header.text + "\n").utf8)) else {
                throw CourseError("can't write journal '\(path)'")
            }
        }
    }

    deinit { if fd >= 0 { Glibc.close(fd) } }

    /// Records a verdict: one line, one write, before the call returns.
    public func append(_ verdict: Verdict) {
        verdicts[verdict.key] = verdict
        _ = FileSystem.writeAll(fd, Array((verdict.json.text + "\n").utf8))
    }

    /// Records that every job of the batch has its verdict: the next run of the
    /// same command starts over instead of resuming.
    public func markComplete() {
        _ = FileSystem.writeAll(fd, Array((JSON.object([("journal_complete", .bool(true))]).text + "\n").utf8))
    }

    public func close() {
        if fd >= 0 {
            fsync(fd)
            Glibc.close(fd)
            fd = -1
        }
    }

    /// The header's batch fingerprint and the verdicts of a journal or JSON lines
    /// file; lines that are not verdicts (or are cut short) are skipped.
    public static func parse(_ text: String) -> (header: String?, verdicts: [Verdict], complete: Bool) {
        var header: String?
        var list: [Verdict] = []
        var complete = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let json = try? JSON.parse(String(line)) else { continue }
            if json["journal"] != nil { header = json["batch"]?.string; continue }
            if json["journal_complete"] != nil { complete = true; continue }
            if let v = Verdict(json: json) { list.append(v) }
        }
        return (header, list, complete)
    }

    /// Reads verdict files (journals or JSON lines) for merging: the last verdict
    /// for a job wins.
    public static func load(_ paths: [String]) throws -> [Verdict] {
        var byKey: [JobKey: Verdict] = [:]
        for path in paths {
            guard let text = FileSystem.readText(path, limit: Int.max) else { throw CourseError("can't read '\(path)'") }
            let contents = parse(text)
            if contents.verdicts.isEmpty && contents.header == nil && !text.isEmpty {
                throw CourseError("'\(path)' holds no verdicts (expected a journal or JSON lines from tutor grade)")
            }
            for v in contents.verdicts { byKey[v.key] = v }
        }
        return Array(byKey.values)
    }

    /// A stable 64-bit FNV-1a hash, in hex, of the text that identifies a batch.
    static func fingerprint(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for part in parts {
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x1f) &* 0x100000001b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// `--shard I/N`: the I-th (from 1) of N disjoint slices of the batch's jobs.
/// Jobs are dealt round-robin in (student, curriculum) order, so every slice gets
/// a similar mix of students and exercises.
public struct Shard: Equatable, Sendable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 1, i <= n else { return nil }
        index = i
        count = n
    }

    public static let whole = Shard(index: 1, count: 1)

    public var description: String { "\(index)/\(count)" }

    /// Whether the job at `position` (0-based) belongs to this slice.
    public func contains(_ position: Int) -> Bool { position % count == index - 1 }
}
