internal import TOMLKit

extension Catalog {
    /// Loads the curriculum. `solutions` defaults to `Solutions/` beside `exercises`.
    /// Never fails as a whole: problems are collected per file.
    public static func load(exercises: String, solutions: String? = nil) -> Catalog {
        let solutionsRoot = solutions ?? FileSystem.join(FileSystem.directoryName(exercises), "Solutions")
        var catalog = Catalog(exercisesRoot: exercises, solutionsRoot: solutionsRoot, topics: [], invalidExercises: [], problems: [])
        guard let names = FileSystem.list(exercises) else {
            catalog.problems.append(ManifestProblem(file: exercises, line: 0, message: "cannot read the exercises folder"))
            return catalog
        }
        var seenTopics: [String: String] = [:]
        for entry in topicFolders(names, root: exercises, problems: &catalog.problems) {
            let dir = FileSystem.join(exercises, entry.folder)
            if let other = seenTopics[entry.name] {
                catalog.problems.append(ManifestProblem(file: dir, line: 0, message: "topic id `\(entry.name)` is also used by \(other)"))
                continue
            }
            seenTopics[entry.name] = entry.folder
            let title = topicTitle(dir: dir, fallback: entry.name, problems: &catalog.problems)
            var topic = Topic(id: entry.name, number: entry.number, title: title, directory: dir, exercises: [])
            let children = FileSystem.list(dir) ?? []
            var seenExercises = Set<String>()
            for child in children where FileSystem.isDirectory(FileSystem.join(dir, child)) {
                let exerciseDir = FileSystem.join(dir, child)
                guard let numbered = NumberedName(child) else {
                    catalog.problems.append(ManifestProblem(file: exerciseDir, line: 0,
                        message: "exercise folders are named NN-name (e.g. 01-three-sleeps); this one is skipped"))
                    continue
                }
                let id = entry.name + "/" + numbered.name
                guard seenExercises.insert(numbered.name).inserted else {
                    catalog.problems.append(ManifestProblem(file: exerciseDir, line: 0, message: "exercise id `\(id)` is used twice"))
                    continue
                }
                let manifestPath = FileSystem.join(exerciseDir, "exercise.toml")
                guard let text = FileSystem.readText(manifestPath) else {
                    let p = ManifestProblem(file: manifestPath, line: 0, message: "missing exercise.toml")
                    catalog.problems.append(p)
                    catalog.invalidExercises.append(InvalidExercise(id: id, directory: exerciseDir, problems: [p]))
                    continue
                }
                let outcome = ManifestParser.parse(text, file: manifestPath)
                var problems = outcome.problems
                if let manifest = outcome.manifest {
                    for f in manifest.files where !FileSystem.isFile(FileSystem.join(exerciseDir, f)) {
                        problems.append(ManifestProblem(file: manifestPath, line: lineOfKey("files", in: text),
                                                        message: "`files` names \(f), which is not in \(exerciseDir)"))
                    }
                }
                if let manifest = outcome.manifest, problems.isEmpty {
                    let solutionDir = FileSystem.join(solutionsRoot, entry.folder, child)
                    topic.exercises.append(Exercise(id: id, topicId: entry.name, name: numbered.name, number: numbered.number,
                                                    directory: exerciseDir, solutionDirectory: solutionDir, manifest: manifest))
                } else {
                    catalog.problems += problems
                    catalog.invalidExercises.append(InvalidExercise(id: id, directory: exerciseDir, problems: problems))
                }
            }
            topic.exercises.sort { ($0.number, $0.name) < ($1.number, $1.name) }
            catalog.topics.append(topic)
        }
        return catalog
    }

    private static func topicFolders(_ names: [String], root: String, problems: inout [ManifestProblem]) -> [NumberedName] {
        var out: [NumberedName] = []
        for name in names where FileSystem.isDirectory(FileSystem.join(root, name)) {
            if let n = NumberedName(name) {
                out.append(n)
            } else {
                problems.append(ManifestProblem(file: FileSystem.join(root, name), line: 0,
                    message: "topic folders are named NN-topic (e.g. 01-coroutines); this one is skipped"))
            }
        }
        return out.sorted()
    }

    /// `topic.toml`'s `title`, else the id with its first letter capitalised.
    private static func topicTitle(dir: String, fallback: String, problems: inout [ManifestProblem]) -> String {
        let path = FileSystem.join(dir, "topic.toml")
        let generated = fallback.prefix(1).uppercased() + fallback.dropFirst().map { $0 == "-" ? " " : $0 }
        guard let text = FileSystem.readText(path) else { return String(generated) }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            problems.append(ManifestProblem(file: path, line: max(error.source.begin.line, 1), message: "TOML: \(error.description)"))
            return String(generated)
        } catch {
            problems.append(ManifestProblem(file: path, line: 1, message: "TOML: \(error)"))
            return String(generated)
        }
        let diagnostics = ManifestDiagnostics(file: path, text: text)
        let reader = StrictTable(table, path: [], diagnostics: diagnostics)
        let title = reader.string("title", required: true)
        reader.finish()
        problems += diagnostics.problems
        return title ?? String(generated)
    }

    static func lineOfKey(_ key: String, in text: String) -> Int {
        TOMLKeyLocator(text: text).line(of: [key])
    }
}
