/// A generator, coroutine or async generator: a suspended frame plus its state.
/// All three share one mechanism, the resumable heap frame.
public final class PyGenerator: PyObject {
    public enum Kind { case generator, coroutine, asyncGenerator }
    public enum State { case created, suspended, running, finished }

    public let frame: Frame
    public let kind: Kind
    public let name: String
    public let qualifiedName: String
    public internal(set) var state: State = .created
    /// For the "coroutine ... was never awaited" warning. Interpreters outlive
    /// the objects of their run; a weak reference would slow every retain of it.
    unowned(unsafe) var interpreter: Interpreter?

    init(frame: Frame, kind: Kind, name: String, qualifiedName: String, interpreter: Interpreter) {
        self.frame = frame
        self.kind = kind
        self.name = name
        self.qualifiedName = qualifiedName
        self.interpreter = interpreter
        let t: PyType
        switch kind {
        case .generator: t = BuiltinTypes.generator
        case .coroutine: t = BuiltinTypes.coroutine
        case .asyncGenerator: t = BuiltinTypes.asyncGenerator
        }
        super.init(type: t)
    }

    deinit {
        if kind == .coroutine && state == .created, let i = interpreter, i.reportsUnawaitedCoroutines {
            i.reportNeverAwaited(self)
        }
    }
}

extension Interpreter {
    /// CPython prints this when a coroutine object is dropped without being awaited.
    func reportNeverAwaited(_ g: PyGenerator) {
        let code = g.frame.code
        stderr.write("\(code.filename):\(code.firstLine): RuntimeWarning: coroutine '\(g.qualifiedName)' was never awaited\n")
        stderr.write("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
    }
}
