import TutorLanguage

/// The Python call a new thread makes, and how it reports an exception that
/// escapes it.
final class ThreadEntry {
    private var function: Value?
    private var arguments: [Value]
    private var keywords: KeywordArguments

    init(function: Value, arguments: [Value] = [], keywords: KeywordArguments = []) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
    }

    /// Runs on the new thread with the GIL held; leaves no Python reference behind.
    func run(_ ts: ThreadState) {
        guard let f = function else { return }
        if let timeline = Timeline.current(ts) { timeline.nameThread(ts, Self.threadName(f, ts)) }
        let args = arguments, kwargs = keywords
        function = nil
        arguments = []
        keywords = []
        do {
            _ = try ts.call(f, args, kwargs)
        } catch let e as PyException {
            report(e, function: f, ts: ts)
        } catch {
            ts.interpreter.stderr.write("internal error in thread: \(error)\n")
        }
    }

    /// A `threading.Thread`'s name (the entry is its bound `_bootstrap_inner`), else
    /// the function's name, for the run's timeline.
    private static func threadName(_ f: Value, _ ts: ThreadState) -> String? {
        if case .object(let m as PyBoundMethod) = f, case .object(let s as PyStr)? = try? ts.getAttribute(m.receiver, "name") {
            return s.value
        }
        if case .object(let s as PyStr)? = try? ts.getAttribute(f, "__name__") { return s.value }
        return nil
    }

    private func report(_ e: PyException, function: Value, ts: ThreadState) {
        // A terminated thread (time limit, shutdown of daemon threads) ends silently:
        // the run reports the reason once, from the main thread.
        if let reason = ts.terminationReason, reason === e { return }
        if e.isInstance(of: BuiltinTypes.systemExit) { return }
        ts.interpreter.noteUncaught(e)
        let described = (try? ts.repr(function)) ?? "<object>"
        ts.interpreter.stderr.write("Exception ignored in thread started by: \(described)\n"
                                    + TracebackPrinter.format(e, ts: ts))
        ts.interpreter.stderr.flush()
    }
}
