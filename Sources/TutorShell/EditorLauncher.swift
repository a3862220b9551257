#if canImport(Glibc)
import TutorGrading
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens a file in the student's editor and waits for it to close.
enum EditorLauncher {
    /// `$VISUAL`, else `$EDITOR` (either may carry arguments, so it goes through
    /// the shell), else the first of nano, vi found on PATH.
    static func editorCommand() -> String? {
        if let v = FileSystem.environment("VISUAL") { return v }
        if let e = FileSystem.environment("EDITOR") { return e }
        for candidate in ["nano", "vim", "vi"] where onPath(candidate) { return candidate }
        return nil
    }

    static func onPath(_ program: String) -> Bool {
        let path = FileSystem.environment("PATH") ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access(FileSystem.join(String($0), program), X_OK) == 0 }
    }

    @discardableResult
    static func open(_ file: String) -> Bool {
        guard let editor = editorCommand() else {
            Out.line("No editor found: set $EDITOR (e.g. export EDITOR=nano), or edit \(file) in any editor.")
            return false
        }
        let status = runShellCommand("\(editor) \(quoted(file))")
        if status != 0 {
            Out.line("The editor (\(editor)) exited with status \(status).")
            return false
        }
        return true
    }

    static func quoted(_ s: String) -> String {
        "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// `/bin/sh -c COMMAND`, inheriting the terminal; returns its exit status.
    static func runShellCommand(_ command: String) -> Int32 {
        var pid = pid_t()
        let args = ["/bin/sh", "-c", command]
        var cArgs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        let rc = posix_spawn(&pid, "/bin/sh", nil, nil, &cArgs, environ)
        guard rc == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return 127 }
        }
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
