/// The grading layer: exercises, their checks, and the grader.
///
/// - `Catalog.load(exercises:solutions:)` reads the curriculum (`Exercises/`,
///   `Solutions/`); `CurriculumLocation.locate()` finds the default one
///   (`$TUTOR_HOME`, else the nearest `Exercises/` upwards from the current
///   directory). `catalog.topics`, `catalog.exercises`, `catalog.lookup(id)`.
/// - `Exercise`: id, title, kind, instructions, hints, files, question,
///   starter and solution paths, points, the parsed `ExerciseManifest`.
/// - `Grader().grade(exercise, directory:)` / `grade(exercise, submission:)`
///   run a fix or write exercise's checks and return a `GradeReport`;
///   `gradePrediction(exercise, answer:)` judges a predict answer (the truth
///   comes from `PredictionTruth.compute(for:)`, which callers may cache).
/// - `FeedbackRenderer.render(report, color:)` turns a report into text.
/// - `Verifier().verify(catalog, ids:)` checks exercises for instructors;
///   `VerifyTable` prints its rows. `ExerciseScaffold.create` makes new ones.
///
/// The manifest format is specified in docs/EXERCISES.md.
public enum Grading {}
