import ArgumentParser
import TutorShell

/// `tutor shell` (and `tutor` alone): the interactive shell of the workspace
/// around the current folder.
public struct ShellCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Open the interactive shell (what `tutor` alone does).")

    public init() {}

    /// What `tutor` with no arguments does; returns the exit status.
    public static func open() -> Int32 { ShellLauncher.openShell() }

    public func run() throws {
        let status = Self.open()
        if status != 0 { throw ExitCode(status) }
    }
}
