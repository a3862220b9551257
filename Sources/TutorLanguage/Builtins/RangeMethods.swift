/// Methods of `range` and `slice` objects.
enum RangeMethods {
    static func install() {
        let r = BuiltinTypes.range
        r.method("index") { ts, args, kw in
            try ArgCheck.method("index", args, kw, min: 1, max: 1)
            let range = try args[0].receiver(PyRange.self, "index", "range")
            if case .int(let i) = args[1] {
                let inRange = range.step > 0 ? (i >= range.start && i < range.stop) : (i <= range.start && i > range.stop)
                if inRange && (i &- range.start) % range.step == 0 { return .int((i &- range.start) / range.step) }
            } else {
                var n = 0
                let it = try ts.getIterator(args[0])
                while let x = try ts.iterateNext(it) {
                    if try ts.valuesEqual(x, args[1]) { return .int(n) }
                    n += 1
                }
            }
            throw PyException.valueError("\(try ts.repr(args[1])) is not in range")
        }
        r.method("count") { ts, args, kw in
            try ArgCheck.method("count", args, kw, min: 1, max: 1)
            if case .int = args[1] { return .int(try ts.contains(args[0], args[1]) ? 1 : 0) }
            var n = 0
            let it = try ts.getIterator(args[0])
            while let x = try ts.iterateNext(it) {
                if try ts.valuesEqual(x, args[1]) { n += 1 }
            }
            return .int(n)
        }
        r.method("__len__") { ts, args, _ in .int(try ts.length(args[0])) }
        r.method("__contains__") { ts, args, _ in .bool(try ts.contains(args[0], args[1])) }
        r.method("__getitem__") { ts, args, _ in try ts.getItem(args[0], args[1]) }
        r.method("__iter__") { ts, args, _ in try ts.getIterator(args[0]) }

        BuiltinTypes.slice.method("indices") { ts, args, kw in
            try ArgCheck.method("indices", args, kw, min: 1, max: 1)
            let s = try args[0].receiver(PySlice.self, "indices", "slice")
            let length = try ts.index(args[1])
            if length < 0 { throw PyException.valueError("length should not be negative") }
            let (start, stop, step) = try ts.sliceIndices(s, length: length)
            return .tuple([.int(start), .int(stop), .int(step)])
        }
    }
}
