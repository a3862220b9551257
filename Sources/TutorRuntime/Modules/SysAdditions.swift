import TutorLanguage

/// `sys.setswitchinterval` and `sys.getswitchinterval`, added to the language
/// layer's `sys` by wrapping its factory, so SysModule.swift need not know the GIL.
enum SysAdditions {
    static func install(into interpreter: Interpreter, _ runtime: RuntimeState) {
        if let sys = interpreter.modules["sys"] {
            add(to: sys, runtime)
            return
        }
        guard let makeSys = interpreter.moduleFactories["sys"] else { return }
        interpreter.moduleFactories["sys"] = { ts in
            let sys = try makeSys(ts)
            add(to: sys, runtime)
            return sys
        }
    }

    static func add(to sys: PyModule, _ runtime: RuntimeState) {
        sys.define("getswitchinterval") { _, args, kwargs in
            try Arguments.exactly(0, "getswitchinterval", args[...], kwargs)
            return .float(runtime.switchInterval)
        }
        sys.define("setswitchinterval") { _, args, kwargs in
            try Arguments.exactly(1, "setswitchinterval", args[...], kwargs)
            let interval: Double
            switch args[0] {
            case .int(let i): interval = Double(i)
            case .bool(let b): interval = b ? 1 : 0
            case .float(let f): interval = f
            default: throw PyException.typeError("must be real number, not \(typeOf(args[0]).name)")
            }
            if interval <= 0 { throw PyException.valueError("switch interval must be strictly positive") }
            // CPython keeps whole microseconds (truncated; NaN becomes 0).
            let micro = interval * 1e6
            runtime.switchIntervalMicroseconds = micro.isNaN ? 0 : Int(min(micro, 1e15))
            return .none
        }
    }
}
