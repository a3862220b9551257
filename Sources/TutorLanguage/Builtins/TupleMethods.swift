enum TupleMethods {
    static func install() {
        let t = BuiltinTypes.tuple
        let T = PyTuple.self

        t.native("count", .oneArg, T) { ts, tuple, args, _ in
            var n = 0
            for x in tuple.items where try ts.valuesEqual(x, args[0]) { n += 1 }
            return .int(n)
        }
        t.native("index", .positional(1, 3), T) { ts, tuple, args, _ in
            let (start, stop) = try SequenceIndex.range(ts, args, length: tuple.items.count)
            var i = start
            while i < stop && i < tuple.items.count {
                if try ts.valuesEqual(tuple.items[i], args[0]) { return .int(i) }
                i += 1
            }
            throw PyException.valueError("tuple.index(x): x not in tuple")
        }

        t.native("__len__", .slot(0), T) { _, tuple, _, _ in .int(tuple.items.count) }
        t.native("__getitem__", .slot(1), T) { ts, tuple, args, _ in try ts.getItem(.object(tuple), args[0]) }
        t.native("__contains__", .slot(1), T) { ts, tuple, args, _ in .bool(try ts.contains(.object(tuple), args[0])) }
        t.native("__iter__", .slot(0), T) { ts, tuple, _, _ in try ts.getIterator(.object(tuple)) }
        t.native("__add__", .slot(1), T) { _, tuple, args, _ in
            guard case .object(let other as PyTuple) = args[0] else {
                throw PyException.typeError("can only concatenate tuple (not \"\(typeOf(args[0]).name)\") to tuple")
            }
            return .tuple(tuple.items + other.items)
        }
        for name in ["__mul__", "__rmul__"] {
            t.native(name, .slot(1), T) { ts, tuple, args, _ in
                let n = try SequenceIndex.repeatCount(ts, args[0])
                return try ts.binaryOperation(.object(tuple), .int(n), .multiply)
            }
        }
        t.native("__hash__", .slot(0), T) { _, tuple, _, _ in .int(try Hashing.hash(.object(tuple))) }
        ListMethods.installComparisons(t, T) { $0 is PyTuple }
        t.native("__repr__", .slot(0), T) { ts, tuple, _, _ in .str(try ts.repr(.object(tuple))) }
    }
}
