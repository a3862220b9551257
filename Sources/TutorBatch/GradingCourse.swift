import TutorGrading

/// The curriculum: `exercise.toml` manifests read by TutorGrading's catalog and
/// graded by its grader (inside the worker).
final class ManifestCourse: BatchCourse {
    let root: String
    /// TutorGrading's exercises, in curriculum order.
    let graded: [Exercise]
    let exercises: [BatchExercise]

    /// Only the exercise a worker grades: parsing one manifest rather than the
    /// whole curriculum's keeps a worker's start-up short.
    init(root: String, exercise id: String, directory: String) throws {
        self.root = root
        let parts = directory.split(separator: "/").map(String.init)
        let topicParts = id.split(separator: "/").map(String.init)
        guard parts.count == 2, topicParts.count == 2, !directory.contains("..") else {
            throw CourseError("bad exercise folder '\(directory)'")
        }
        let dir = root + "/" + directory
        let manifestPath = dir + "/exercise.toml"
        guard let text = FileSystem.readText(manifestPath, limit: 1 << 20) else { throw CourseError("can't read \(manifestPath)") }
        let outcome = ManifestParser.parse(text, file: manifestPath)
        guard let manifest = outcome.manifest, outcome.problems.isEmpty else {
            throw CourseError(outcome.problems.map(\.description).joined(separator: "\n"))
        }
        let number = Int(parts[1].prefix(while: { $0.isNumber })) ?? 0
        let solutions = FileSystem.directoryName(root.hasSuffix("/") ? String(root.dropLast()) : root) + "/Solutions/" + directory
        let exercise = Exercise(id: id, topicId: topicParts[0], name: topicParts[1], number: number, directory: dir,
                                solutionDirectory: solutions, manifest: manifest)
        graded = [exercise]
        exercises = Self.batchExercises(graded, root: root)
    }

    init(root: String) throws {
        self.root = root
        let catalog = Catalog.load(exercises: root)
        graded = catalog.exercises
        if !catalog.invalidExercises.isEmpty || catalog.exercises.isEmpty {
            let problems = catalog.problems.prefix(10).map { "\($0.file):\($0.line): \($0.message)" }
            if catalog.exercises.isEmpty {
                throw CourseError("no exercises in '\(root)'" + (problems.isEmpty ? "" : ":\n" + problems.joined(separator: "\n")))
            }
        }
        exercises = Self.batchExercises(graded, root: root)
    }

    static func batchExercises(_ list: [Exercise], root: String) -> [BatchExercise] {
        list.map { e in
            // TOPIC-FOLDER/EXERCISE-FOLDER, as in a workspace.
            let dir = e.directory.split(separator: "/").suffix(2).joined(separator: "/")
            // Every check may make many runs (a schedules check: hundreds), each
            // bounded by the manifest's per-run limit: the worker gets room for a
            // few full-length runs per check, at least a minute, at most five.
            let runs = Double(max(1, e.manifest.checks.count) + 1)
            let wall = min(300, max(60, e.manifest.limits.time * runs))
            return BatchExercise(id: e.id, topic: e.topicId, title: e.title, directory: dir,
                                 files: e.kind == .predict ? [] : e.files, points: e.points,
                                 wallLimit: wall, outputLimit: e.manifest.limits.output * 4, isPredict: e.kind == .predict)
        }
    }

    func grade(_ exercise: BatchExercise, workspace: String, limits: Limits) -> GradeOutcome {
        guard let e = graded.first(where: { $0.id == exercise.id }) else {
            return GradeOutcome(status: .error, score: 0, maxScore: exercise.points, message: "no exercise '\(exercise.id)'")
        }
        let grader = Grader()
        let report: GradeReport
        if e.kind == .predict {
            guard let answer = PredictAnswers.load(workspace: workspace)[e.id] else {
                return GradeOutcome(status: .missing, score: 0, maxScore: e.points,
                                    message: "not answered: no answer for \(e.id) in .tutor/progress")
            }
            report = grader.gradePrediction(e, answer: answer)
        } else {
            report = grader.grade(e, directory: workspace + "/" + exercise.directory)
        }
        return Self.outcome(report, exercise: e)
    }

    static func outcome(_ report: GradeReport, exercise: Exercise) -> GradeOutcome {
        let checks = report.checks.map {
            CheckVerdict(name: $0.name, passed: $0.verdict == .passed, score: $0.pointsEarned,
                         maxScore: $0.pointsPossible, message: $0.message)
        }
        let feedback = FeedbackRenderer.render(report, color: false)
        if let problem = report.problem {
            let missing = problem.hasPrefix("Missing file")
            return GradeOutcome(status: missing ? .missing : .error, score: 0, maxScore: report.pointsPossible,
                                message: problem, output: feedback, checks: checks)
        }
        if report.passed {
            return GradeOutcome(status: .passed, score: report.pointsEarned, maxScore: report.pointsPossible,
                                message: "passed", checks: checks)
        }
        let failed = report.failedChecks
        var status = VerdictStatus.failed
        if failed.contains(where: { $0.message.contains("(the time limit)") }) { status = .timeLimit }
        if failed.contains(where: { $0.message.contains("and was stopped") && $0.message.contains("printed more than") }) {
            status = .outputLimit
        }
        let first = failed.first.map { "\($0.name): \($0.message.split(separator: "\n").first.map(String.init) ?? "")" }
        return GradeOutcome(status: status, score: report.pointsEarned, maxScore: report.pointsPossible,
                            message: first ?? "failed", output: feedback, checks: checks)
    }
}

/// Predict answers the shell recorded in a workspace's `.tutor/progress`, read
/// with the shell's own parser (a corrupt file counts as no answers).
enum PredictAnswers {
    static func load(workspace: String) -> [String: String] {
        guard let text = FileSystem.readText(workspace + "/.tutor/progress", limit: 1 << 20),
              let progress = try? Progress.parse(text) else { return [:] }
        return progress.answers
    }
}
