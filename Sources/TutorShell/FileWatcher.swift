#if canImport(Glibc)
import TutorGrading
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `watch`: calls `onChange` each time one of `files` in `directory` is saved,
/// until it returns true (passed), Ctrl-C, or a line (or end) on stdin.
///
/// On Linux it waits on inotify for the folder (editors often save by writing a
/// new file and renaming it over the old, so watching the file itself would lose
/// it); elsewhere it polls modification times twice a second.
enum FileWatcher {
    static func watch(directory: String, files: Set<String>, onChange: () -> Bool) {
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE)
        if fd >= 0, inotify_add_watch(fd, directory, mask) >= 0 {
            defer { close(fd) }
            while waitForEvent(fd) {
                if changed(fd, files: files) {
                    // Let the editor finish writing (some write twice).
                    Clock.sleep(milliseconds: 100)
                    _ = changed(fd, files: files)
                    if onChange() { return }
                }
            }
            return
        }
        #endif
        poll(directory: directory, files: files, onChange: onChange)
    }

    #if os(Linux)
    /// Waits for inotify, stdin or Ctrl-C; false when the student stops watching.
    private static func waitForEvent(_ fd: Int32) -> Bool {
        let promptFD = Interrupts.shared.promptFD
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: promptFD, events: Int16(POLLIN), revents: 0)]
        while true {
            let n = Glibc.poll(&fds, promptFD >= 0 ? 3 : 2, -1)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return false }
            if fds[2].revents != 0 && Interrupts.shared.drainPromptEvents().interrupt { return false }
            if fds[1].revents != 0 {
                _ = readLine()
                return false
            }
            if fds[0].revents != 0 { return true }
        }
    }

    /// Drains inotify events; whether any concerned one of `files`.
    private static func changed(_ fd: Int32, files: Set<String>) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 8192)
        var hit = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return hit }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= n {
                let length = buffer.withUnsafeBytes { raw -> Int in
                    Int(raw.loadUnaligned(fromByteOffset: offset + header - 4, as: UInt32.self))
                }
                let nameBytes = buffer[(offset + header)..<min(n, offset + header + length)].prefix { $0 != 0 }
                if files.contains(String(decoding: nameBytes, as: UTF8.self)) { hit = true }
                offset += header + length
            }
        }
    }
    #endif

    private static func poll(directory: String, files: Set<String>, onChange: () -> Bool) {
        func stamp() -> [Int] { files.sorted().map { FileSystem.modificationTime(FileSystem.join(directory, $0)) } }
        var last = stamp()
        while true {
            Clock.sleep(milliseconds: 500)
            if Interrupts.shared.drainPromptEvents().interrupt { return }
            let now = stamp()
            if now != last {
                last = now
                if onChange() { return }
            }
        }
    }
}
