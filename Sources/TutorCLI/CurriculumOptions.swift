import ArgumentParser
import TutorGrading

/// `--exercises DIR --solutions DIR`, shared by the instructor commands. The
/// default curriculum is `$TUTOR_HOME/Exercises` (and `Solutions`) when
/// TUTOR_HOME is set, else the nearest `Exercises/` folder in the current
/// directory or one of its parents, with `Solutions/` beside it.
struct CurriculumOptions: ParsableArguments {
    @Option(name: .customLong("exercises"), help: ArgumentHelp(
        "The exercises folder (default: $TUTOR_HOME/Exercises, else the nearest Exercises/ in the current directory or a parent).",
        valueName: "DIR"))
    var exercises: String?

    @Option(name: .customLong("solutions"), help: ArgumentHelp(
        "The reference solutions folder (default: Solutions/ beside the exercises folder).", valueName: "DIR"))
    var solutions: String?

    func location() throws -> CurriculumLocation {
        if let e = exercises {
            let dir = FileSystem.absolute(e)
            return CurriculumLocation(exercises: dir, solutions: solutions.map(FileSystem.absolute)
                ?? FileSystem.join(FileSystem.directoryName(dir), "Solutions"))
        }
        guard var found = CurriculumLocation.locate() else {
            throw ValidationError("no Exercises/ folder found here or above; pass --exercises DIR or set TUTOR_HOME")
        }
        if let s = solutions { found.solutions = FileSystem.absolute(s) }
        return found
    }

    func catalog() throws -> Catalog {
        let l = try location()
        return Catalog.load(exercises: l.exercises, solutions: l.solutions)
    }
}
