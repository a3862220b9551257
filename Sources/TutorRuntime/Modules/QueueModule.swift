import TutorLanguage

/// `queue`: the bundled Python module on top of `threading`.
enum QueueModule {
    static func make(_ ts: ThreadState) throws -> PyModule {
        try BundledModule.load("queue", source: QueueSource.text, filename: QueueSource.filename, ts: ts)
    }
}
