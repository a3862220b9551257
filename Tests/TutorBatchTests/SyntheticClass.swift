import XCTest
import Foundation
@testable import TutorBatch

/// A course and a class of students written to a temporary folder: an
/// expected-output course (`expected_output.txt` per exercise) and workspaces
/// holding good, wrong and hostile submissions.
final class SyntheticClass {
    let root: String
    var course: String { root + "/course" }
    var students: String { root + "/students" }

    init() throws {
        var template = Array("/tmp/tutor-batch-test-XXXXXX".utf8CString)
        guard let p = mkdtemp(&template) else { throw CourseError("mkdtemp failed") }
        root = String(cString: p)
        // Workers run as another user when the tests run as root: let them read.
        chmod(root, 0o755)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ path: String, _ text: String) {
        let full = root + "/" + path
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o755])
        _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8), attributes: [.posixPermissions: 0o644])
    }

    /// Adds exercise `topic/name` (folders `01-topic/NN-name`) expecting `expected`.
    func exercise(_ dir: String, expected: String, points: Double? = nil) {
        write("course/\(dir)/expected_output.txt", expected)
        write("course/\(dir)/main.py", "# write your program here\n")
        if let p = points { write("course/\(dir)/points.txt", "\(p)\n") }
    }

    func submit(_ student: String, _ dir: String, _ source: String) {
        write("students/\(student)/\(dir)/main.py", source)
    }

    func addStudent(_ student: String) {
        try? FileManager.default.createDirectory(atPath: students + "/" + student, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o755])
    }

    /// Processes whose command line mentions this class's folder (workers and
    /// anything they forked).
    func leftoverProcesses() -> [String] {
        var found: [String] = []
        let me = getpid()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(name), pid != me,
                  let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline") else { continue }
            let cmd = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            // A zombie has an empty command line; count it too if it is our child in a worker group.
            if cmd.contains(root) { found.append("\(pid): \(cmd)") }
        }
        return found
    }

    // MARK: the programs

    static let hostile: [String: String] = [
        "infinite-loop": "while True:\n    pass\n",
        "fork-loop": """
            import multiprocessing
            def boom():
                while True:
                    p = multiprocessing.Process(target=boom)
                    p.start()
            if __name__ == "__main__":
                boom()
            """,
        // Doubling: grows faster than any sampling interval.
        "memory-bomb": "keep = []\ns = 'ab'\nwhile True:\n    s = s + s\n    keep.append(s)\n",
        "output-flood": "while True:\n    print('x' * 10000)\n",
        // Each thread holds its lock before either asks for the other's: a certain deadlock.
        "deadlock": """
            import threading
            a = threading.Lock()
            b = threading.Lock()
            both = threading.Barrier(2)
            def f():
                with a:
                    both.wait()
                    with b:
                        pass
            def g():
                with b:
                    both.wait()
                    with a:
                        pass
            t1 = threading.Thread(target=f)
            t2 = threading.Thread(target=g)
            t1.start(); t2.start()
            t1.join(); t2.join()
            print("ok")
            """,
        "syntax-error": "def f(:\n    pass\n",
    ]
}

/// The `tutor` executable built next to the test bundle.
enum TutorExecutable {
    static var path: String? {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (exe as NSString).deletingLastPathComponent
        for _ in 0..<3 {
            let candidate = dir + "/tutor"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return nil
    }

    static func require() throws -> String {
        guard let p = path else { throw XCTSkip("the tutor executable is not built next to the tests") }
        return p
    }

    /// Runs `tutor ARGS` in `directory`; returns status, stdout, stderr.
    @discardableResult
    static func run(_ args: [String], in directory: String, environment: [String: String] = [:]) throws
        -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try require())
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["GITHUB_ACTIONS"] = nil
        env["GITHUB_STEP_SUMMARY"] = nil
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // stdout is drained on another thread while this one drains stderr, so
        // neither pipe can fill up and block the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outBox.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let outData = outBox.data
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
