import Dispatch
import Glibc

/// Limits on one program run. The language layer enforces wall-clock time; the
/// grader adds CPU, memory and process limits around whole runs.
public struct RunLimits: Sendable {
    /// Wall-clock seconds before the run is stopped; nil for none.
    public var timeLimit: Double?
    public init(timeLimit: Double? = nil) { self.timeLimit = timeLimit }
}

/// The exception class that ends a run which exceeded its time limit. It derives
/// from BaseException so `except Exception` does not catch it, and it is re-raised
/// at every switch point so no handler can keep the program alive.
public enum TimeLimit {
    public static let exceptionType: PyType = {
        let t = PyType.builtin("TimeLimitExceeded", base: BuiltinTypes.baseException, layout: .exception,
                               subclassable: false)
        return t
    }()

    /// Arms a timer that terminates `ts` after `seconds`; cancel the returned item when the run ends.
    public static func arm(_ ts: ThreadState, seconds: Double) -> DispatchWorkItem {
        let item = DispatchWorkItem {
            ts.terminate(PyException(exceptionType, "time limit exceeded after \(formatSeconds(seconds))"))
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
        return item
    }

    public static func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : ((try? formatFloat(s, spec: ".2f")) ?? "\(s)") + " s"
    }
}

/// The exception that stops a run which printed more than its output limit;
/// like TimeLimitExceeded, no handler can catch it for good.
public enum OutputLimit {
    public static let exceptionType: PyType =
        PyType.builtin("OutputLimitExceeded", base: BuiltinTypes.baseException, layout: .exception, subclassable: false)

    public static func exceeded(_ limit: Int) -> PyException {
        PyException(exceptionType, "output limit exceeded: the program printed more than \(limit) bytes")
    }
}
