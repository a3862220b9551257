#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorLanguage

/// Small file and clock helpers for the command line, on the C library rather than
/// Foundation (whose loading would dominate the tutor's start-up time).
enum ProgramFile {
    /// The whole file as UTF-8 text, or nil if it cannot be read.
    static func read(_ path: String) -> String? { SourceFile.read(path) }

    static func writeError(_ text: String) {
        fputs(text, stderr)
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
