/// The shell's commands: names, aliases, argument forms and help texts.
struct CommandInfo {
    var name: String
    var aliases: [String] = []
    var usage: String
    var summary: String
    var help: String
    /// Whether its argument is an exercise (for Tab completion).
    var takesExercise = false
}

enum CommandTable {
    static let all: [CommandInfo] = [
        CommandInfo(name: "list", aliases: ["ls"], usage: "list",
                    summary: "exercises by topic, with your progress",
                    help: "Lists every exercise by topic: ✓ passed, ▸ the current one. The id in the first column is what start takes."),
        CommandInfo(name: "start", aliases: ["goto", "go"], usage: "start EXERCISE",
                    summary: "go to an exercise (its id, or the end of it)",
                    help: "Makes EXERCISE the current exercise and shows it. EXERCISE is an id from list, or any unique end of one: `start three-sleeps`.",
                    takesExercise: true),
        CommandInfo(name: "show", usage: "show [EXERCISE]",
                    summary: "the instructions and your file",
                    help: "Shows the current exercise's instructions and your copy of its file, highlighted.",
                    takesExercise: true),
        CommandInfo(name: "edit", usage: "edit",
                    summary: "open your file in $VISUAL / $EDITOR",
                    help: "Opens your file in $VISUAL, else $EDITOR, else nano or vi. Save and quit the editor to come back."),
        CommandInfo(name: "run", usage: "run [--schedule SEED | --time-scale K]",
                    summary: "run your file, then show its timeline",
                    help: "Runs your file on the tutor's runtime with its output as it comes, then draws its timeline (what each thread and task did when). Ctrl-C interrupts the program with KeyboardInterrupt. --schedule SEED replays the deterministic run a check reported (virtual time: sleeps take no time); --time-scale K makes time run K times faster."),
        CommandInfo(name: "check", usage: "check",
                    summary: "grade your file",
                    help: "Grades the current exercise and explains what failed. Passing marks it done; then type next."),
        CommandInfo(name: "hint", usage: "hint",
                    summary: "the next hint",
                    help: "Shows the next hint for the current exercise; each is more concrete than the last."),
        CommandInfo(name: "answer", aliases: ["predict"], usage: "answer TEXT",
                    summary: "answer a predict exercise",
                    help: "Answers the current predict exercise's question, e.g. `answer 3` for a duration in seconds, or the printed lines separated by `\\n` for an output question."),
        CommandInfo(name: "next", usage: "next",
                    summary: "go to the next exercise you have not passed",
                    help: "Moves on to the next exercise you have not passed yet."),
        CommandInfo(name: "reset", usage: "reset",
                    summary: "restore the starter file (yours is backed up)",
                    help: "Puts the starter file back. Your version is saved first under .tutor/backups/ in the workspace."),
        CommandInfo(name: "solution", usage: "solution",
                    summary: "the reference solution, beside yours (after passing)",
                    help: "Once you have passed the exercise, shows the reference solution beside your file (for a predict exercise, the explanation)."),
        CommandInfo(name: "timeline", usage: "timeline",
                    summary: "the timeline of the last run",
                    help: "Draws again what each thread and asyncio task did during the last run."),
        CommandInfo(name: "watch", usage: "watch",
                    summary: "check again every time you save",
                    help: "Checks the exercise, then again each time your file is saved. Ctrl-C (or Enter) stops watching."),
        CommandInfo(name: "py", aliases: ["python"], usage: "py",
                    summary: "Python at a >>> prompt",
                    help: "An interactive Python on the tutor's runtime: blocks end with an empty line, expression values are echoed, threads keep running while you type. exit() or Ctrl-D comes back here; your names are still there next time."),
        CommandInfo(name: "help", aliases: ["?"], usage: "help [COMMAND]",
                    summary: "this list, or one command in detail",
                    help: "help alone lists the commands; help COMMAND explains one.", takesExercise: false),
        CommandInfo(name: "quit", aliases: ["exit", "q"], usage: "quit",
                    summary: "leave (Ctrl-D too); progress is already saved",
                    help: "Leaves the tutor. Progress is saved after every change, so nothing is lost."),
    ]

    static func find(_ word: String) -> CommandInfo? {
        all.first { $0.name == word || $0.aliases.contains(word) }
    }

    static var names: [String] { all.map(\.name) }
}
