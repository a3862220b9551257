import XCTest
@testable import TutorShell

/// The shell under test runs in a child process: this test binary executed
/// again with `TUTOR_SHELL_CHILD=1`, running only `ShellChildEntry/testChild`,
/// which opens the shell like `tutor` with no arguments and exits with its
/// status. So the tests need neither the `tutor` executable nor anything above
/// TutorShell, and the shell gets a real process: its own stdin, terminal and
/// signals.
final class ShellChildEntry: XCTestCase {
    func testChild() {
        guard ProcessInfo.processInfo.environment["TUTOR_SHELL_CHILD"] == "1" else { return }
        let args = ProcessInfo.processInfo.environment["TUTOR_SHELL_ARGS"] ?? ""
        if args.hasPrefix("init ") {
            exit(ShellLauncher.initCommand(directory: String(args.dropFirst(5))))
        }
        exit(ShellLauncher.openShell())
    }
}

/// How to start the child shell.
enum ChildShell {
    static var testBinary: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    static func environment(home: String, extra: [String: String] = [:]) -> [String] {
        var env = ProcessInfo.processInfo.environment
        env["TUTOR_SHELL_CHILD"] = "1"
        env["HOME"] = home
        env["TERM"] = "xterm"
        env["NO_COLOR"] = "1"
        env["COLUMNS"] = "80"
        env.removeValue(forKey: "VISUAL")
        env.removeValue(forKey: "EDITOR")
        env.removeValue(forKey: "TUTOR_HOME")
        env.removeValue(forKey: "TUTOR_WORKSPACE")
        // An empty value removes the variable (e.g. NO_COLOR, to test colour).
        for (k, v) in extra { env[k] = v.isEmpty ? nil : v }
        return env.map { "\($0.key)=\($0.value)" }
    }

    static var arguments: [String] { [testBinary, "TutorShellTests.ShellChildEntry/testChild"] }
}
