import Glibc
import TutorLanguage

/// `time`: clocks, `sleep` (which releases the GIL), and the calendar basics
/// (`localtime`, `gmtime`, `strftime`, `ctime`, ...). `struct_time` is a small
/// bundled Python class; everything else is Swift.
enum TimeModule {
    static func make(_ ts: ThreadState) throws -> PyModule {
        let m = try BundledModule.load("time", source: structTimeSource, filename: "<time>", ts: ts)
        defineClocks(m)
        m.define("sleep") { ts, args, kwargs in
            try Arguments.exactly(1, "time.sleep", args[...], kwargs)
            let seconds = try TimeValue.seconds(args[0])
            if seconds < 0 { throw PyException.valueError("sleep length must be non-negative") }
            try BlockingWait.sleep(ts, seconds: seconds)
            return .none
        }
        defineCalendar(m)
        return m
    }

    // MARK: clocks

    private static func clock(_ id: clockid_t) -> (seconds: Double, nanoseconds: Int) {
        var t = timespec()
        clock_gettime(id, &t)
        return (Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9, t.tv_sec * 1_000_000_000 + t.tv_nsec)
    }

    /// Every clock of a scheduled run reads virtual time (a time-scaled run's
    /// clocks read its `RunClock`); the wall clock starts at a
    /// fixed epoch so output replays byte for byte.
    private static func virtualClock(_ s: Scheduler, _ id: clockid_t) -> (seconds: Double, nanoseconds: Int) {
        let ns = Int(s.clock)
        if id == CLOCK_REALTIME {
            return (Scheduler.epoch + Double(ns) * 1e-9, Int(Scheduler.epoch) * 1_000_000_000 + ns)
        }
        return (Double(ns) * 1e-9, ns)
    }

    private static func defineClocks(_ m: PyModule) {
        let clocks: [(String, clockid_t)] = [
            ("time", CLOCK_REALTIME), ("monotonic", CLOCK_MONOTONIC), ("perf_counter", CLOCK_MONOTONIC),
            ("process_time", CLOCK_PROCESS_CPUTIME_ID), ("thread_time", CLOCK_THREAD_CPUTIME_ID),
        ]
        for (name, id) in clocks {
            m.define(name) { ts, args, kwargs in
                try Arguments.exactly(0, name, args[...], kwargs)
                if let s = ts.scheduler { return .float(virtualClock(s, id).seconds) }
                if let scaled = RunClock.of(ts.interpreter)?.read(id) { return .float(scaled.seconds) }
                return .float(clock(id).seconds)
            }
            m.define(name + "_ns") { ts, args, kwargs in
                try Arguments.exactly(0, name + "_ns", args[...], kwargs)
                if let s = ts.scheduler { return .int(virtualClock(s, id).nanoseconds) }
                if let scaled = RunClock.of(ts.interpreter)?.read(id) { return .int(scaled.nanoseconds) }
                return .int(clock(id).nanoseconds)
            }
        }
    }

    // MARK: calendar

    private static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func defineCalendar(_ m: PyModule) {
        defineZone(m)
        m.define("localtime") { ts, args, kwargs in
            try structTime(ts, m, try broken(down: try secondsArgument("localtime", args, kwargs), local: true))
        }
        m.define("gmtime") { ts, args, kwargs in
            try structTime(ts, m, try broken(down: try secondsArgument("gmtime", args, kwargs), local: false))
        }
        m.define("mktime") { ts, args, kwargs in
            try Arguments.exactly(1, "mktime", args[...], kwargs)
            var t = try timeTuple(ts, args[0], "mktime")
            t.tm_wday = -1
            let result = Glibc.mktime(&t)
            if result == -1 && t.tm_wday == -1 { throw PyException.overflowError("mktime argument out of range") }
            return .float(Double(result))
        }
        m.define("asctime") { ts, args, kwargs in
            if args.count > 1 || !kwargs.isEmpty { throw PyException.typeError("asctime expected at most 1 argument, got \(args.count)") }
            let t = try args.first.map { try timeTuple(ts, $0, "asctime") } ?? broken(down: nil, local: true)
            return .str(asctime(t))
        }
        m.define("ctime") { _, args, kwargs in
            .str(asctime(try broken(down: try secondsArgument("ctime", args, kwargs), local: true)))
        }
        m.define("strftime") { ts, args, kwargs in
            if !kwargs.isEmpty { throw PyException.typeError("strftime() takes no keyword arguments") }
            if args.isEmpty || args.count > 2 {
                throw PyException.typeError("strftime expected \(args.isEmpty ? "at least 1" : "at most 2") argument\(args.isEmpty ? "" : "s"), got \(args.count)")
            }
            guard case .object(let format as PyStr) = args[0] else {
                throw PyException.typeError("strftime() argument 1 must be str, not \(typeOf(args[0]).name)")
            }
            var t = try args.count > 1 ? timeTuple(ts, args[1], "strftime") : broken(down: nil, local: true)
            return .str(strftime(format.value, &t))
        }
    }

    /// timezone, altzone, daylight and tzname, from the offsets in January and July
    /// (reversed in the southern hemisphere), as CPython computes them without tzname.
    private static func defineZone(_ m: PyModule) {
        tzset()
        var now = tm()
        var clock = Glibc.time(nil)
        localtime_r(&clock, &now)
        func zone(month: Int32) -> (offset: Int, name: String) {
            var t = tm()
            t.tm_year = now.tm_year
            t.tm_mon = month
            t.tm_mday = 1
            t.tm_hour = 12
            t.tm_isdst = -1
            var when = Glibc.mktime(&t)
            var local = tm()
            localtime_r(&when, &local)
            return (-Int(local.tm_gmtoff), local.tm_zone.map { String(cString: $0) } ?? "")
        }
        var standard = zone(month: 0), summer = zone(month: 6)
        if standard.offset < summer.offset { swap(&standard, &summer) }
        m.dict.setString("timezone", .int(standard.offset))
        m.dict.setString("altzone", .int(summer.offset))
        m.dict.setString("daylight", .int(standard.offset != summer.offset ? 1 : 0))
        m.dict.setString("tzname", .tuple([.str(standard.name), .str(summer.name)]))
    }

    /// The optional seconds argument of localtime/gmtime/ctime (None means now).
    private static func secondsArgument(_ name: String, _ args: [Value], _ kwargs: KeywordArguments) throws -> Int? {
        if !kwargs.isEmpty { throw PyException.typeError("\(name)() takes no keyword arguments") }
        if args.count > 1 { throw PyException.typeError("\(name) expected at most 1 argument, got \(args.count)") }
        guard let v = args.first, !v.isNone else { return nil }
        let s = try TimeValue.seconds(v)
        return Int(s.rounded(.down))
    }

    private static func broken(down seconds: Int?, local: Bool) throws -> tm {
        var when = time_t(seconds ?? Int(Glibc.time(nil)))
        var result = tm()
        let ok = local ? localtime_r(&when, &result) : gmtime_r(&when, &result)
        if ok == nil { throw PyException.overflowError("timestamp out of range for platform time_t") }
        return result
    }

    private static func structTime(_ ts: ThreadState, _ m: PyModule, _ t: tm) throws -> Value {
        let zone = t.tm_zone.map { String(cString: $0) }
        let fields: [Value] = [
            .int(Int(t.tm_year) + 1900), .int(Int(t.tm_mon) + 1), .int(Int(t.tm_mday)),
            .int(Int(t.tm_hour)), .int(Int(t.tm_min)), .int(Int(t.tm_sec)),
            .int((Int(t.tm_wday) + 6) % 7), .int(Int(t.tm_yday) + 1), .int(Int(t.tm_isdst)),
            zone.map { .str($0) } ?? .none, .int(Int(t.tm_gmtoff)),
        ]
        guard let cls = m.dict.getString("struct_time") else { return .tuple(Array(fields[0..<9])) }
        return try ts.call(cls, [.tuple(fields)])
    }

    /// A struct_time or 9-tuple as a C `tm`, checked as CPython's gettmarg does.
    private static func timeTuple(_ ts: ThreadState, _ v: Value, _ function: String) throws -> tm {
        let items: [Value]
        switch v {
        case .object(let tuple as PyTuple): items = tuple.items
        case .object(let o) where o.type.name == "struct_time": items = try ts.iterateToArray(v)
        default: throw PyException.typeError("Tuple or struct_time argument required")
        }
        guard items.count == 9 else {
            throw PyException.typeError("\(function)(): illegal time tuple argument")
        }
        var n = [Int]()
        for item in items { n.append(try ts.index(item)) }
        var t = tm()
        t.tm_year = Int32(truncatingIfNeeded: n[0] - 1900)
        t.tm_mon = Int32(truncatingIfNeeded: max(n[1], 1) - 1)
        t.tm_mday = Int32(truncatingIfNeeded: max(n[2], 1))
        t.tm_hour = Int32(truncatingIfNeeded: n[3])
        t.tm_min = Int32(truncatingIfNeeded: n[4])
        t.tm_sec = Int32(truncatingIfNeeded: n[5])
        t.tm_wday = Int32(truncatingIfNeeded: (n[6] + 1) % 7)
        t.tm_yday = Int32(truncatingIfNeeded: max(n[7], 1) - 1)
        t.tm_isdst = Int32(truncatingIfNeeded: n[8])
        if t.tm_mon > 11 { throw PyException.valueError("month out of range") }
        if t.tm_mday > 31 { throw PyException.valueError("day of month out of range") }
        if !(0...23).contains(t.tm_hour) { throw PyException.valueError("hour out of range") }
        if !(0...59).contains(t.tm_min) { throw PyException.valueError("minute out of range") }
        if !(0...61).contains(t.tm_sec) { throw PyException.valueError("seconds out of range") }
        if n[6] < 0 { throw PyException.valueError("day of week out of range") }
        if t.tm_yday > 365 { throw PyException.valueError("day of year out of range") }
        return t
    }

    private static func asctime(_ t: tm) -> String {
        let day = dayNames[(Int(t.tm_wday) + 6) % 7]
        let month = monthNames[Int(t.tm_mon)]
        let mday = t.tm_mday < 10 ? " \(t.tm_mday)" : "\(t.tm_mday)"
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(day) \(month) \(mday) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
    }

    private static func strftime(_ format: String, _ t: inout tm) -> String {
        if format.isEmpty { return "" }
        var capacity = 1024
        while capacity <= 1 << 20 {
            var buffer = [CChar](repeating: 0, count: capacity)
            let n = format.withCString { Glibc.strftime(&buffer, capacity, $0, &t) }
            if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
            capacity *= 8
        }
        return ""
    }

    static let structTimeSource = #"""
class struct_time:
    """The time value sequence returned by gmtime(), localtime() and strptime()."""
    __module__ = 'time'
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
               'tm_wday', 'tm_yday', 'tm_isdst')

    def __init__(self, sequence):
        values = tuple(sequence)
        if len(values) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(values))
        if len(values) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(values))
        object.__setattr__(self, '_values', values[:9])
        object.__setattr__(self, 'tm_zone', values[9] if len(values) > 9 else None)
        object.__setattr__(self, 'tm_gmtoff', values[10] if len(values) > 10 else None)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    tm_year = property(lambda self: self._values[0])
    tm_mon = property(lambda self: self._values[1])
    tm_mday = property(lambda self: self._values[2])
    tm_hour = property(lambda self: self._values[3])
    tm_min = property(lambda self: self._values[4])
    tm_sec = property(lambda self: self._values[5])
    tm_wday = property(lambda self: self._values[6])
    tm_yday = property(lambda self: self._values[7])
    tm_isdst = property(lambda self: self._values[8])

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            other = other._values
        return self._values == other

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % pair for pair in zip(self._fields, self._values))
"""#
}
