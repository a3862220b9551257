import TutorLanguage
import TutorRuntime

/// Runs a student's program for `run`: output goes straight to the terminal as
/// it is printed, stdin is the terminal, Ctrl-C raises KeyboardInterrupt in it,
/// and a timeline is recorded for drawing afterwards.
enum ProgramRunner {
    struct Result {
        var status: Int32
        var timeline: Timeline?
    }

    /// `run`'s options, as `tutor run` spells them (feedback prints replay
    /// commands like `tutor run --schedule 42 main.py`, which the shell accepts).
    struct Options: Equatable {
        enum Parsed: Equatable {
            case ok(Options)
            case bad(String)
        }

        var seed: UInt64?
        var timeScale: Double = 1

        /// Parses `--schedule SEED`, `--time-scale K`, ignoring a trailing file name.
        static func parse(_ words: [String]) -> Parsed {
            var options = Options()
            var i = 0
            while i < words.count {
                let word = words[i]
                let next: String? = i + 1 < words.count ? words[i + 1] : nil
                switch word {
                case "--schedule", "--seed":
                    guard let text = next, let seed = UInt64(text, radix: 10) else { return .bad("--schedule needs a seed (a whole number)") }
                    options.seed = seed
                    i += 2
                case "--time-scale":
                    guard let text = next, let k = Double(Substring(text)), k > 0, k.isFinite else { return .bad("--time-scale needs a positive number") }
                    options.timeScale = k
                    i += 2
                default:
                    if word.hasSuffix(".py") && !word.hasPrefix("-") { i += 1; continue }
                    return .bad("unknown option '\(word)': run takes --schedule SEED or --time-scale K")
                }
            }
            if options.seed != nil && options.timeScale != 1 { return .bad("--time-scale applies to real-time runs, not --schedule") }
            return .ok(options)
        }
    }

    static func run(source: String, filename: String, directory: String, arguments: [String] = [],
                    options runOptions: Options = Options()) -> Result {
        var options = Interpreter.Options()
        options.argv = [filename] + arguments
        var result = Result(status: 0, timeline: nil)
        LargeStackThread.run {
            let interpreter = Interpreter(options: options, stdout: FileDescriptorSink(fd: 1, lineBuffered: true),
                                          stderr: FileDescriptorSink(fd: 2, lineBuffered: true))
            if let seed = runOptions.seed {
                Runtime.install(into: interpreter, options: ScheduleOptions(seed: seed))
            } else {
                Runtime.install(into: interpreter, options: RuntimeOptions(timeScale: runOptions.timeScale))
            }
            let timeline = Timeline()
            timeline.attach(to: interpreter)
            result.status = Interrupts.shared.aim(at: interpreter.mainThread) {
                interpreter.runProgram(source: source, filename: filename)
            }
            timeline.finish()
            interpreter.stdout.flush()
            interpreter.stderr.flush()
            result.timeline = timeline
        }
        return result
    }
}
