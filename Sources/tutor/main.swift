#if canImport(Glibc)
import Glibc
#endif
import TutorCLI

// `tutor run FILE [ARGS]` with no options is the command graders and students run
// most; it skips the argument parser's reflection (several milliseconds of start-up).
// Everything else, including errors and --help, goes through the parser.
let arguments = CommandLine.arguments
if arguments.count >= 3, arguments[1] == "run", !arguments[2].hasPrefix("-") {
    exit(RunCommand.execute(file: arguments[2], arguments: Array(arguments.dropFirst(3))))
}
// `tutor` alone opens the interactive shell.
if arguments.count == 1 {
    exit(ShellCommand.open())
}
TutorCommand.main()
