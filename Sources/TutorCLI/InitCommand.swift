import ArgumentParser
import TutorShell

/// `tutor init [DIR]`: makes a workspace with every exercise's starter files.
public struct InitCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a workspace: your copy of every exercise's files and your progress.")

    @Argument(help: "The folder to make the workspace in (default: the current folder).")
    var directory: String?

    public init() {}

    public func run() throws {
        let status = ShellLauncher.initCommand(directory: directory)
        if status != 0 { throw ExitCode(status) }
    }
}
