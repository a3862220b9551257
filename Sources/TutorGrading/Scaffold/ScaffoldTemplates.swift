/// The files `tutor new` writes for each kind: a small working exercise that
/// `tutor verify` accepts as is, for the author to rewrite.
enum ScaffoldTemplates {
    struct Files {
        var manifest: String
        var starter: String
        /// File name -> text, under `Solutions/`.
        var solution: [String: String]
    }

    static func files(kind: ExerciseKind, title: String) -> Files {
        switch kind {
        case .predict: return predict(title)
        case .fix: return fix(title)
        case .write: return write(title)
        }
    }

    private static func tomlString(_ s: String) -> String {
        "\"" + s.flatMap { ch -> [Character] in ch == "\"" || ch == "\\" ? ["\\", ch] : [ch] } + "\""
    }

    private static func predict(_ title: String) -> Files {
        Files(manifest: """
            title = \(tomlString(title))
            kind = "predict"
            files = ["main.py"]
            instructions = \"\"\"
            Read `main.py`. How many seconds does it take to run?
            \"\"\"
            hints = [
              "What does `await` do while the awaited coroutine sleeps?",
              "Each `await asyncio.sleep(1)` finishes before the next line starts.",
            ]

            [predict]
            question = "How many seconds does this program take?"
            answer = "duration"
            tolerance = 0.1

            [[predict.feedback]]
            answer = "1"
            message = "The sleeps do not overlap: each `await` waits for the previous sleep to end."

            """,
            starter: """
            import asyncio

            async def main():
                await asyncio.sleep(1)
                await asyncio.sleep(1)
                await asyncio.sleep(1)
                print("done")

            asyncio.run(main())

            """,
            solution: ["explanation.md": """
            Three seconds. `await asyncio.sleep(1)` suspends `main` until the sleep is
            over, so the three sleeps happen one after another: 1 + 1 + 1 = 3 s.
            To overlap them, start them as tasks or pass them to `asyncio.gather`.

            """])
    }

    private static let racyCounter = """
        import threading

        counter = 0

        def work():
            global counter
            for _ in range(500):
                counter += 1

        threads = [threading.Thread(target=work) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"counter = {counter}")

        """

    private static func fix(_ title: String) -> Files {
        Files(manifest: """
            title = \(tomlString(title))
            kind = "fix"
            files = ["main.py"]
            instructions = \"\"\"
            Two threads each add 1 to `counter` 500 times, yet the program does
            not always print `counter = 1000`. Fix it so that it always does.
            \"\"\"
            hints = [
              "`counter += 1` is a read, an add and a write: another thread can run in between.",
              "Make the read-add-write one step for other threads: do it while holding one shared `threading.Lock()`.",
            ]

            [[checks]]
            name = "counter is 2000 under every schedule"
            type = "schedules"
            runs = 40
            match = "exact"
            expected = "counter = 1000\\n"

            [[checks]]
            type = "structure"
            must_use = ["lock-with"]
            threads_joined = true

            [[checks]]
            type = "exception"
            expect = "none"

            """,
            starter: racyCounter,
            solution: ["main.py": """
            import threading

            counter = 0
            lock = threading.Lock()

            def work():
                global counter
                for _ in range(500):
                    with lock:
                        counter += 1

            threads = [threading.Thread(target=work) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(f"counter = {counter}")

            """])
    }

    private static func write(_ title: String) -> Files {
        Files(manifest: """
            title = \(tomlString(title))
            kind = "write"
            files = ["main.py"]
            instructions = \"\"\"
            Write `fetch_all(names)`: fetch every name with `fetch` *at the same time*
            and return the results in the order of `names`.
            \"\"\"
            hints = [
              "Awaiting each `fetch` in a loop waits for one before starting the next.",
              "`await asyncio.gather(*(fetch(n) for n in names))` runs them together and keeps their order.",
            ]

            [[checks]]
            name = "returns the results in order"
            type = "output"
            driver = \"\"\"
            import asyncio
            from main import fetch_all
            print(asyncio.run(fetch_all(["a", "b", "c"])))
            \"\"\"

            [[checks]]
            name = "fetches concurrently"
            type = "timing"
            max = 1.1
            driver = \"\"\"
            import asyncio
            from main import fetch_all
            asyncio.run(fetch_all(["a", "b", "c"]))
            \"\"\"

            [[checks]]
            type = "structure"
            must_not_call_in_async = ["time.sleep"]

            """,
            starter: """
            import asyncio

            async def fetch(name):
                await asyncio.sleep(1)
                return name.upper()

            async def fetch_all(names):
                # TODO: fetch every name at the same time; return the results in order.
                return []

            if __name__ == "__main__":
                print(asyncio.run(fetch_all(["a", "b", "c"])))

            """,
            solution: ["main.py": """
            import asyncio

            async def fetch(name):
                await asyncio.sleep(1)
                return name.upper()

            async def fetch_all(names):
                return await asyncio.gather(*(fetch(n) for n in names))

            if __name__ == "__main__":
                print(asyncio.run(fetch_all(["a", "b", "c"])))

            """])
    }
}
