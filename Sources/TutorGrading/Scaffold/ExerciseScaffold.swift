/// `tutor new TOPIC/NAME --kind KIND`: creates the exercise folder (numbered
/// after the topic's last exercise; the topic folder too if it is new) and its
/// solution folder from `ScaffoldTemplates`.
public enum ExerciseScaffold {
    public struct Created: Sendable {
        public var id: String
        /// Every file written, in order.
        public var paths: [String]
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public static func create(topic: String, name: String, kind: ExerciseKind,
                              location: CurriculumLocation, title: String? = nil) throws -> Created {
        let topicId = NumberedName.stripped(topic)
        let exerciseName = NumberedName.stripped(name)
        for part in [topicId, exerciseName] where !isSlug(part) {
            throw Failure(description: "`\(part)` must be lowercase letters, digits and dashes (e.g. three-sleeps)")
        }
        guard FileSystem.makeDirectories(location.exercises) else {
            throw Failure(description: "cannot create \(location.exercises)")
        }
        let existingTopics = (FileSystem.list(location.exercises) ?? []).compactMap(NumberedName.init)
            .filter { FileSystem.isDirectory(FileSystem.join(location.exercises, $0.folder)) }
        var paths: [String] = []
        let topicFolder: String
        if let t = existingTopics.first(where: { $0.name == topicId }) {
            topicFolder = t.folder
        } else {
            topicFolder = twoDigits((existingTopics.map(\.number).max() ?? 0) + 1) + "-" + topicId
            let dir = FileSystem.join(location.exercises, topicFolder)
            guard FileSystem.makeDirectories(dir) else { throw Failure(description: "cannot create \(dir)") }
            let topicToml = FileSystem.join(dir, "topic.toml")
            try write("title = \"\(humanTitle(topicId))\"\n", to: topicToml)
            paths.append(topicToml)
        }
        let topicDir = FileSystem.join(location.exercises, topicFolder)
        let siblings = (FileSystem.list(topicDir) ?? []).compactMap(NumberedName.init)
        if siblings.contains(where: { $0.name == exerciseName }) {
            throw Failure(description: "exercise \(topicId)/\(exerciseName) already exists")
        }
        let folder = twoDigits((siblings.map(\.number).max() ?? 0) + 1) + "-" + exerciseName
        let exerciseDir = FileSystem.join(topicDir, folder)
        let solutionDir = FileSystem.join(location.solutions, topicFolder, folder)
        guard FileSystem.makeDirectories(exerciseDir), FileSystem.makeDirectories(solutionDir) else {
            throw Failure(description: "cannot create \(exerciseDir) or \(solutionDir)")
        }
        let files = ScaffoldTemplates.files(kind: kind, title: title ?? humanTitle(exerciseName))
        for (path, text) in [(FileSystem.join(exerciseDir, "exercise.toml"), files.manifest),
                             (FileSystem.join(exerciseDir, "main.py"), files.starter)] {
            try write(text, to: path)
            paths.append(path)
        }
        for (name, text) in files.solution.sorted(by: { $0.key < $1.key }) {
            let path = FileSystem.join(solutionDir, name)
            try write(text, to: path)
            paths.append(path)
        }
        return Created(id: topicId + "/" + exerciseName, paths: paths)
    }

    private static func write(_ text: String, to path: String) throws {
        guard FileSystem.writeText(text, to: path) else { throw Failure(description: "cannot write \(path)") }
    }

    private static func isSlug(_ s: String) -> Bool {
        !s.isEmpty && s.first != "-" && s.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "_" }
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func humanTitle(_ slug: String) -> String {
        let words = slug.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
