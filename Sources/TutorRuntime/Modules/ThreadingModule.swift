import TutorLanguage

/// `threading`: the bundled Python module on top of `_thread`.
enum ThreadingModule {
    static func make(_ ts: ThreadState) throws -> PyModule {
        try BundledModule.load("threading", source: ThreadingSource.text, filename: ThreadingSource.filename, ts: ts)
    }
}
