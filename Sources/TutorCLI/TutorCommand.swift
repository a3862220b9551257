import ArgumentParser

/// The `tutor` command line.
public struct TutorCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "Concurrency Tutor: learn coroutines, threads, locks and processes by doing.",
        subcommands: [RunCommand.self, InitCommand.self, ShellCommand.self, GradeCommand.self, VerifyCommand.self, NewCommand.self, CheckCommand.self])

    public init() {}
}
