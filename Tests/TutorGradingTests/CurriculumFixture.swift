import XCTest
@testable import TutorGrading

/// A throwaway curriculum in a temp folder: `Exercises/` and `Solutions/`.
final class CurriculumFixture {
    let root: String
    var exercises: String { FileSystem.join(root, "Exercises") }
    var solutions: String { FileSystem.join(root, "Solutions") }

    init() {
        root = FileSystem.makeTemporaryDirectory(prefix: "tutor-grading-test") ?? "/tmp/tutor-grading-test-fallback"
        FileSystem.makeDirectories(exercises)
        FileSystem.makeDirectories(solutions)
    }

    deinit { FileSystem.removeTree(root) }

    /// Writes `Exercises/<folder>/<name>` for each file, and `Solutions/<folder>/<name>` for each solution file.
    func add(_ folder: String, manifest: String, starter: [String: String], solution: [String: String] = [:]) {
        let dir = FileSystem.join(exercises, folder)
        FileSystem.makeDirectories(dir)
        FileSystem.writeText(manifest, to: FileSystem.join(dir, "exercise.toml"))
        for (name, text) in starter { FileSystem.writeText(text, to: FileSystem.join(dir, name)) }
        let sdir = FileSystem.join(solutions, folder)
        FileSystem.makeDirectories(sdir)
        for (name, text) in solution { FileSystem.writeText(text, to: FileSystem.join(sdir, name)) }
    }

    func write(_ relative: String, _ text: String) {
        let path = FileSystem.join(root, relative)
        FileSystem.makeDirectories(FileSystem.directoryName(path))
        FileSystem.writeText(text, to: path)
    }

    func catalog() -> Catalog { Catalog.load(exercises: exercises, solutions: solutions) }

    /// Loads the catalog and returns the one exercise with this id, failing the test otherwise.
    func exercise(_ id: String, file: StaticString = #filePath, line: UInt = #line) -> Exercise? {
        let c = catalog()
        XCTAssertEqual(c.problems.map(\.description), [], file: file, line: line)
        let e = c.exercise(id)
        XCTAssertNotNil(e, "no exercise \(id)", file: file, line: line)
        return e
    }

    /// A manifest with the usual header and the given body (checks or predict).
    static func manifest(kind: String, _ body: String, files: String = "[\"main.py\"]") -> String {
        """
        title = "Test exercise"
        kind = "\(kind)"
        files = \(files)
        instructions = "Do it."
        hints = ["first hint", "second hint"]

        \(body)
        """
    }
}

/// Small programs shared by the tests.
enum Programs {
    static func racyCounter(_ n: Int = 200) -> String {
        """
        import threading

        counter = 0

        def work():
            global counter
            for _ in range(\(n)):
                counter += 1

        threads = [threading.Thread(target=work) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"counter = {counter}")

        """
    }

    static func lockedCounter(_ n: Int = 200) -> String {
        """
        import threading

        counter = 0
        lock = threading.Lock()

        def work():
            global counter
            for _ in range(\(n)):
                with lock:
                    counter += 1

        threads = [threading.Thread(target=work) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"counter = {counter}")

        """
    }

    /// Wrong but plausible: every thread makes its own lock, so nothing is excluded.
    static func lockPerThread(_ n: Int = 200) -> String {
        """
        import threading

        counter = 0

        def work():
            global counter
            lock = threading.Lock()
            for _ in range(\(n)):
                with lock:
                    counter += 1

        threads = [threading.Thread(target=work) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"counter = {counter}")

        """
    }

    static let fetchSequential = """
        import asyncio

        async def fetch(name):
            await asyncio.sleep(1)
            return name.upper()

        async def fetch_all(names):
            results = []
            for n in names:
                results.append(await fetch(n))
            return results

        if __name__ == "__main__":
            print(asyncio.run(fetch_all(["a", "b", "c"])))

        """

    /// Wrong but plausible: tasks are created, but each is awaited before the next exists.
    static let fetchTasksOneByOne = """
        import asyncio

        async def fetch(name):
            await asyncio.sleep(1)
            return name.upper()

        async def fetch_all(names):
            results = []
            for n in names:
                task = asyncio.create_task(fetch(n))
                results.append(await task)
            return results

        if __name__ == "__main__":
            print(asyncio.run(fetch_all(["a", "b", "c"])))

        """

    static let fetchGather = """
        import asyncio

        async def fetch(name):
            await asyncio.sleep(1)
            return name.upper()

        async def fetch_all(names):
            return await asyncio.gather(*(fetch(n) for n in names))

        if __name__ == "__main__":
            print(asyncio.run(fetch_all(["a", "b", "c"])))

        """
}
