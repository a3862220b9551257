import ArgumentParser
import TutorGrading

/// `tutor new TOPIC/NAME --kind KIND`: scaffolds an exercise and its solution.
public struct NewCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new exercise (and its reference solution) from a template.")

    @OptionGroup var curriculum: CurriculumOptions

    @Option(help: "predict, fix or write.")
    var kind: ExerciseKindOption

    @Option(help: "The exercise's title (default: made from NAME).")
    var title: String?

    @Argument(help: "TOPIC/NAME, e.g. coroutines/three-sleeps; a new topic gets the next number.")
    var path: String

    public init() {}

    public func validate() throws {
        let parts = path.split(separator: "/")
        if parts.count != 2 { throw ValidationError("expected TOPIC/NAME, e.g. coroutines/three-sleeps") }
    }

    public func run() throws {
        let parts = path.split(separator: "/").map(String.init)
        var location: CurriculumLocation
        do {
            location = try curriculum.location()
        } catch {
            // A fresh curriculum: create it in the current directory.
            let here = FileSystem.currentDirectory() ?? "."
            location = CurriculumLocation(exercises: FileSystem.join(here, "Exercises"), solutions: FileSystem.join(here, "Solutions"))
        }
        do {
            let created = try ExerciseScaffold.create(topic: parts[0], name: parts[1], kind: kind.kind,
                                                      location: location, title: title)
            print("created \(created.id):")
            for p in created.paths { print("  " + p) }
            print("edit them, then run: tutor verify \(created.id)")
        } catch let failure as ExerciseScaffold.Failure {
            throw ValidationError(failure.description)
        }
    }
}

enum ExerciseKindOption: String, ExpressibleByArgument, CaseIterable {
    case predict, fix, write
    var kind: ExerciseKind { ExerciseKind(rawValue: rawValue) ?? .fix }
}
