/// One exercise of the curriculum, with its validated manifest and where its
/// files live. Everything the shell and the batch grader show comes from here.
public struct Exercise: Sendable {
    /// `topic/name`, e.g. `coroutines/three-sleeps`.
    public var id: String
    public var topicId: String
    public var name: String
    /// Position within its topic (the folder's `NN`).
    public var number: Int
    /// The exercise folder (under `Exercises/`).
    public var directory: String
    /// The reference solution folder (same relative path under `Solutions/`).
    public var solutionDirectory: String
    public var manifest: ExerciseManifest

    public init(id: String, topicId: String, name: String, number: Int, directory: String,
                solutionDirectory: String, manifest: ExerciseManifest) {
        self.id = id
        self.topicId = topicId
        self.name = name
        self.number = number
        self.directory = directory
        self.solutionDirectory = solutionDirectory
        self.manifest = manifest
    }

    public var title: String { manifest.title }
    public var kind: ExerciseKind { manifest.kind }
    /// Markdown.
    public var instructions: String { manifest.instructions }
    public var hints: [String] { manifest.hints }
    /// The student's file names (`files` in the manifest).
    public var files: [String] { manifest.files }
    public var points: Double { manifest.points }
    /// Predict exercises: the question asked.
    public var question: String? { manifest.predict?.question }
    public var manifestPath: String { FileSystem.join(directory, "exercise.toml") }

    /// Starter files, in `files` order.
    public var starterPaths: [String] { files.map { FileSystem.join(directory, $0) } }

    /// Reference solution files: the same names for fix/write, `explanation.md` for predict.
    public var solutionPaths: [String] {
        kind == .predict ? [explanationPath] : files.map { FileSystem.join(solutionDirectory, $0) }
    }

    /// Predict only: the reasoning shown after a correct answer.
    public var explanationPath: String { FileSystem.join(solutionDirectory, "explanation.md") }

    /// Starter file contents by file name; unreadable files are left out.
    public func starterFiles() -> [String: String] {
        read(directory)
    }

    /// Reference solution contents by file name (fix/write); unreadable files are left out.
    public func solutionFiles() -> [String: String] {
        read(solutionDirectory)
    }

    /// Predict: `explanation.md`, if present.
    public func explanation() -> String? { FileSystem.readText(explanationPath) }

    private func read(_ dir: String) -> [String: String] {
        var out: [String: String] = [:]
        for f in files {
            if let text = FileSystem.readText(FileSystem.join(dir, f)) { out[f] = text }
        }
        return out
    }
}

/// An exercise folder whose manifest could not be used.
public struct InvalidExercise: Sendable {
    public var id: String
    public var directory: String
    public var problems: [ManifestProblem]
}

/// A topic: an ordered folder of exercises.
public struct Topic: Sendable {
    /// The folder name without its number, e.g. `coroutines`.
    public var id: String
    public var number: Int
    public var title: String
    public var directory: String
    public var exercises: [Exercise]
}
