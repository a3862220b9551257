import ArgumentParser
import Foundation
import TutorLanguage
import TutorRuntime

/// `tutor run FILE.py [ARGS]`: runs a program like `python3 FILE.py`.
public struct RunCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Python program on the tutor's interpreter.")

    @Option(name: .customLong("switch-points"),
            help: "Where threads may switch: 'every' instruction (default) or 'cpython' (calls and loop back edges).")
    var switchPoints: SwitchPointsOption = .every

    @Argument(help: "The program to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to the program as sys.argv[1:].")
    var programArguments: [String] = []

    public init() {}

    public func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write("tutor: can't open file '\(file)': No such file or directory\n".data(using: .utf8)!)
            throw ExitCode(2)
        }
        let source = String(decoding: data, as: UTF8.self)
        var options = Interpreter.Options()
        options.argv = [file] + programArguments
        options.switchPoints = switchPoints.mode
        var status: Int32 = 0
        LargeStackThread.run {
            let interpreter = Interpreter(options: options)
            Runtime.install(into: interpreter)
            status = interpreter.runProgram(source: source, filename: file)
        }
        if status != 0 { throw ExitCode(status) }
    }
}

enum SwitchPointsOption: String, ExpressibleByArgument, CaseIterable {
    case every
    case cpython

    var mode: SwitchPointMode { self == .every ? .everyInstruction : .callsAndBackwardJumps }
}
