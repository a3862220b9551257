extension ThreadState {
    /// Calls the callee sitting below `argc` arguments on the frame's stack. The
    /// arguments are consumed; the callee (and receiver) stay for the caller to pop.
    @inline(__always)
    func callFromStack(_ f: Frame, callee: Value, argc: Int, receiver: Value?) throws -> Value {
        if case .object(let o) = callee, o.type === BuiltinTypes.function {
            let fn = unsafeDowncast(o, to: PyFunction.self)
            let total = argc + (receiver == nil ? 0 : 1)
            if fn.isSimple && fn.code.argumentCount == total {
                var frame = Frame.make(code: fn.code, globals: fn.globals, builtins: interpreter.builtins,
                                       closure: fn.closure)
                var slot = 0
                if let r = receiver {
                    frame.fast[0] = r
                    slot = 1
                }
                let base = f.sp - argc
                for i in 0..<argc { frame.fast[slot + i] = (f.stack + base + i).move() }
                f.sp = base
                if !fn.code.cellNames.isEmpty { frame.initialiseCellArguments() }
                let result = try run(frame)
                Frame.recycle(&frame)
                return result
            }
        }
        var args = f.popMany(argc)
        if let r = receiver { args.insert(r, at: 0) }
        return try call(callee, args, [])
    }

    /// Calls any Python callable.
    public func call(_ callee: Value, _ args: [Value], _ kwargs: KeywordArguments = []) throws -> Value {
        guard case .object(let o) = callee else {
            throw PyException.typeError("'\(typeOf(callee).name)' object is not callable")
        }
        switch o {
        case let fn as PyFunction:
            return try callFunction(fn, args, kwargs)
        case let b as PyBuiltinFunction:
            if let r = b.receiver {
                return try b.body(self, [r] + args, kwargs)
            }
            return try b.body(self, args, kwargs)
        case let m as PyBoundMethod:
            return try call(m.function, [m.receiver] + args, kwargs)
        case let t as PyType:
            return try instantiate(t, args, kwargs)
        default:
            let t = o.type!
            if let method = t.lookup("__call__") {
                return try call(method, [callee] + args, kwargs)
            }
            throw PyException.typeError("'\(t.name)' object is not callable")
        }
    }

    public func callFunction(_ fn: PyFunction, _ args: [Value], _ kwargs: KeywordArguments) throws -> Value {
        let frame = try bindArguments(fn, args, kwargs)
        let code = fn.code
        if code.isGenerator || code.isCoroutine || code.isAsyncGenerator {
            let kind: PyGenerator.Kind = code.isCoroutine ? .coroutine : code.isAsyncGenerator ? .asyncGenerator : .generator
            return .object(PyGenerator(frame: frame, kind: kind, name: fn.name, qualifiedName: fn.qualifiedName,
                                       interpreter: interpreter))
        }
        var f = frame
        let result = try run(f)
        Frame.recycle(&f)
        return result
    }

    /// Builds a frame for `fn` with its parameters bound, reporting argument errors as CPython does.
    func bindArguments(_ fn: PyFunction, _ args: [Value], _ kwargs: KeywordArguments) throws -> Frame {
        let code = fn.code
        let frame = code.isGenerator || code.isCoroutine || code.isAsyncGenerator
            ? Frame(code: code, globals: fn.globals, builtins: interpreter.builtins, locals: nil, closure: fn.closure)
            : Frame.make(code: code, globals: fn.globals, builtins: interpreter.builtins, closure: fn.closure)
        let argcount = code.argumentCount
        let kwonly = code.keywordOnlyCount
        let hasVarArgs = code.flags.contains(.varArgs)
        let hasVarKw = code.flags.contains(.varKeywords)
        let names = code.variableNames
        let fname = fn.name

        if !hasVarArgs && !hasVarKw && kwonly == 0 && kwargs.isEmpty && args.count == argcount {
            for i in 0..<argcount { frame.fast[i] = args[i] }
            if !code.cellNames.isEmpty { frame.initialiseCellArguments() }
            return frame
        }

        let positionalCount = min(args.count, argcount)
        for i in 0..<positionalCount { frame.fast[i] = args[i] }
        var varArgsIndex = argcount + kwonly
        if hasVarArgs {
            frame.fast[varArgsIndex] = .tuple(args.count > argcount ? Array(args[argcount...]) : [])
            varArgsIndex += 1
        } else if args.count > argcount {
            let given = args.count
            let required = argcount - fn.defaults.count
            let kwGiven = kwargs.filter { k in names[..<argcount].contains(k.name) }.count
            let takes: String
            if fn.defaults.isEmpty {
                takes = "\(argcount) positional argument\(argcount == 1 ? "" : "s")"
            } else {
                takes = "from \(required) to \(argcount) positional arguments"
            }
            var msg = "\(fname)() takes \(takes) but \(given) "
            if kwGiven > 0 {
                msg += "positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given"
            } else {
                msg += given == 1 ? "was given" : "were given"
            }
            throw PyException.typeError(msg)
        }
        let kwDict: PyDict? = hasVarKw ? PyDict() : nil
        if let d = kwDict { frame.fast[varArgsIndex] = .object(d) }

        for (name, value) in kwargs {
            var slot: Int?
            for i in code.positionalOnlyCount..<(argcount + kwonly) where names[i] == name {
                slot = i
                break
            }
            if let s = slot {
                if frame.fast[s] != nil {
                    throw PyException.typeError("\(fname)() got multiple values for argument '\(name)'")
                }
                frame.fast[s] = value
            } else if let d = kwDict {
                if d.getString(name) != nil {
                    throw PyException.typeError("\(fname)() got multiple values for keyword argument '\(name)'")
                }
                d.setString(name, value)
            } else if names[..<code.positionalOnlyCount].contains(name) {
                throw PyException.typeError(
                    "\(fname)() got some positional-only arguments passed as keyword arguments: '\(name)'")
            } else {
                throw PyException.typeError("\(fname)() got an unexpected keyword argument '\(name)'")
            }
        }

        // Defaults for the trailing positional parameters.
        let firstDefault = argcount - fn.defaults.count
        var missing: [String] = []
        for i in 0..<argcount where frame.fast[i] == nil {
            if i >= firstDefault { frame.fast[i] = fn.defaults[i - firstDefault] } else { missing.append(names[i]) }
        }
        if !missing.isEmpty { throw missingArguments(fname, missing, kind: "positional") }
        var missingKw: [String] = []
        for i in argcount..<(argcount + kwonly) where frame.fast[i] == nil {
            if let d = fn.keywordDefaults[names[i]] { frame.fast[i] = d } else { missingKw.append(names[i]) }
        }
        if !missingKw.isEmpty { throw missingArguments(fname, missingKw, kind: "keyword-only") }
        if !code.cellNames.isEmpty { frame.initialiseCellArguments() }
        return frame
    }

    private func missingArguments(_ fname: String, _ names: [String], kind: String) -> PyException {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = quoted[0] + " and " + quoted[1]
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = names.count == 1 ? "argument" : "arguments"
        return PyException.typeError("\(fname)() missing \(names.count) required \(kind) \(plural): \(list)")
    }

    /// Calls `obj.name(*args)`, looking the method up on the type as special methods are.
    public func callMethod(_ obj: Value, _ name: String, _ args: [Value],
                           missing: ((String) -> PyException)? = nil) throws -> Value {
        let t = typeOf(obj)
        guard let m = t.lookup(name) else {
            if let make = missing { throw make(t.name) }
            throw PyException.attributeError("'\(t.name)' object has no attribute '\(name)'")
        }
        return try callDescriptor(m, obj, args)
    }

    /// Calls a class attribute found by a special-method lookup with `obj` as receiver.
    func callDescriptor(_ m: Value, _ obj: Value, _ args: [Value]) throws -> Value {
        if case .object(let o) = m {
            if o is PyFunction || (o as? PyBuiltinFunction)?.isMethod == true {
                return try call(m, [obj] + args, [])
            }
            if let s = o as? PyStaticMethod { return try call(s.function, args, []) }
            if let c = o as? PyClassMethod { return try call(c.function, [.object(typeOf(obj))] + args, []) }
        }
        return try call(try bindIfNeeded(m, obj), args, [])
    }

    /// The value of a class attribute as seen through an instance (binding methods).
    func bindIfNeeded(_ attr: Value, _ obj: Value) throws -> Value {
        guard case .object(let o) = attr else { return attr }
        switch o {
        case is PyFunction:
            return .object(PyBoundMethod(function: attr, receiver: obj))
        case let b as PyBuiltinFunction where b.isMethod && b.receiver == nil:
            return .object(b.bound(to: obj))
        case let s as PyStaticMethod:
            return s.function
        case let c as PyClassMethod:
            return .object(PyBoundMethod(function: c.function, receiver: .object(typeOf(obj))))
        case let p as PyProperty:
            if case .none = p.getter { throw PyException.attributeError("unreadable attribute") }
            return try call(p.getter, [obj], [])
        default:
            return attr
        }
    }
}
