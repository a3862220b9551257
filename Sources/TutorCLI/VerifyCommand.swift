#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import TutorGrading

/// `tutor verify [ID...]`: checks that exercises are sound (see `Verifier`),
/// printing one row per exercise as it is verified, then how long it took.
public struct VerifyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the exercises: valid manifests, solutions that pass, starters that fail, stable predictions.")

    @OptionGroup var curriculum: CurriculumOptions

    @Argument(help: "Exercise ids (or unique suffixes); all exercises when none are given.")
    var ids: [String] = []

    public init() {}

    public func run() throws {
        let start = MonotonicClock.seconds()
        let catalog = try curriculum.catalog()
        let color = isatty(1) != 0 && getenv("NO_COLOR") == nil
        let allIds = catalog.exercises.map(\.id) + catalog.invalidExercises.map(\.id) + ids + ["(catalog)"]
        let table = VerifyTable(ids: allIds, color: color)
        print(table.header(), terminator: "")
        fflush(stdout)
        let rows = Verifier().verify(catalog, ids: ids) { row in
            print(table.row(row), terminator: "")
            fflush(stdout)
        }
        if rows.isEmpty { print("no exercises found in \(catalog.exercisesRoot)") }
        print(table.footer(rows, totalSeconds: MonotonicClock.seconds() - start), terminator: "")
        if rows.isEmpty || rows.contains(where: { !$0.ok }) { throw ExitCode(1) }
    }
}
