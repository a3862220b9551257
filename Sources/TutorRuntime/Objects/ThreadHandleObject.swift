import TutorLanguage

/// `_thread._ThreadHandle`: what `threading.Thread` joins. It is signalled by the
/// runtime once the thread has left Python for good, whatever happened in it, so
/// `join()` cannot miss the end of a thread that was terminated.
final class PyThreadHandle: PyObject {
    static let pythonType: PyType = {
        let t = PyType.runtimeType("_ThreadHandle", module: "_thread")
        t.defineMethod("join") { ts, args, kwargs in
            let handle = try receiver(args, PyThreadHandle.self, "join", "_thread._ThreadHandle")
            let slots = try Arguments.bind("join", args.dropFirst(), kwargs, names: ["timeout"])
            var deadline: Deadline?
            if let t = slots[0], !t.isNone {
                let seconds = try TimeValue.seconds(t)
                if seconds >= 0 { deadline = Deadline.after(seconds: seconds, on: ts) }
            }
            return .bool(try handle.record.waitUntilFinished(ts, deadline: deadline))
        }
        t.defineMethod("is_done") { _, args, _ in
            .bool(try receiver(args, PyThreadHandle.self, "is_done", "_thread._ThreadHandle").record.isFinished)
        }
        return t
    }()

    let record: ThreadRecord

    init(_ record: ThreadRecord) {
        self.record = record
        super.init(type: PyThreadHandle.pythonType)
    }
}
