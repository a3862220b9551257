/// The curriculum: topics and exercises in order, loaded from `Exercises/` and
/// `Solutions/`. A broken manifest or topic is reported in `problems` and
/// leaves the rest of the catalog usable.
public struct Catalog: Sendable {
    public var exercisesRoot: String
    public var solutionsRoot: String
    public var topics: [Topic]
    /// Exercise folders whose manifest had problems (also listed in `problems`).
    public var invalidExercises: [InvalidExercise]
    /// Every problem found while loading, each naming its file and line.
    public var problems: [ManifestProblem]

    /// Every valid exercise in curriculum order.
    public var exercises: [Exercise] { topics.flatMap(\.exercises) }

    public enum Lookup {
        case found(Exercise)
        case notFound
        /// The query is a suffix of several ids.
        case ambiguous([String])
    }

    /// Finds an exercise by id (`coroutines/three-sleeps`), by a unique suffix
    /// of one (`three-sleeps`), or by its folder path (`01-coroutines/01-three-sleeps`).
    public func lookup(_ query: String) -> Lookup {
        let parts = query.split(separator: "/").map { NumberedName.stripped(String($0)) }
        guard !parts.isEmpty else { return .notFound }
        let key = parts.joined(separator: "/")
        let all = exercises
        if let exact = all.first(where: { $0.id == key }) { return .found(exact) }
        let matches = all.filter { $0.id.hasSuffix("/" + key) }
        switch matches.count {
        case 0: return .notFound
        case 1: return .found(matches[0])
        default: return .ambiguous(matches.map(\.id))
        }
    }

    /// The exercise with this id or unique suffix, or nil.
    public func exercise(_ query: String) -> Exercise? {
        if case .found(let e) = lookup(query) { return e }
        return nil
    }

    public func topic(_ id: String) -> Topic? {
        topics.first { $0.id == id || $0.id == NumberedName.stripped(id) }
    }

    /// The exercise after `id` in curriculum order, if any.
    public func exercise(after id: String) -> Exercise? {
        let all = exercises
        guard let i = all.firstIndex(where: { $0.id == id }), i + 1 < all.count else { return nil }
        return all[i + 1]
    }
}
