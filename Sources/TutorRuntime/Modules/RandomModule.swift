import BigInt
import Glibc
import TutorLanguage

/// `random`: the Mersenne Twister core (seeding, `random()`, `getrandbits`, state)
/// is Swift and draws exactly CPython 3.11's numbers; the methods built on it
/// (`randrange`, `shuffle`, `sample`, `choices`, the distributions) are a small
/// bundled Python class that makes the same calls in the same order, so every
/// result matches CPython's for the same seed, and subclasses work as there.
/// Unseeded generators are keyed from /dev/urandom, or in a scheduled run from
/// the schedule's seed, so that `--schedule SEED` replays them.
enum RandomModule {
    static func make(_ ts: ThreadState) throws -> PyModule {
        let entropy = EntropySource()
        _ = EntropySource.forkHandlersInstalled
        return try BundledModule.load("random", source: source, filename: "/usr/lib/python3.11/random.py", ts: ts) { m in
            m.dict.setString("_entropy", .object(entropy))
            m.define("_Core") { _, args, kwargs in
                try Arguments.exactly(0, "_Core", args[...], kwargs)
                return .object(PyRandomCore(entropy: entropy))
            }
            // Called once on `_inst`'s core, the generator CPython reseeds in a
            // forked child (os.register_at_fork(after_in_child=_inst.seed)).
            m.define("_follow_forks") { _, args, kwargs in
                try Arguments.exactly(1, "_follow_forks", args[...], kwargs)
                guard case .object(let core as PyRandomCore) = args[0] else {
                    throw PyException.typeError("_follow_forks() needs a generator")
                }
                core.lineage = EntropySource.forkHandlersInstalled ? entropy.path : nil
                return .none
            }
            m.define("_urandom") { ts, args, kwargs in
                try Arguments.exactly(1, "_urandom", args[...], kwargs)
                let n = try ts.index(args[0])
                if n < 0 { throw PyException.valueError("negative argument not allowed") }
                return .object(PyBytes(entropy.bytes(ts, n)))
            }
            // itertools.repeat(None, k) where only the count matters.
            m.define("_repeat") { ts, args, kwargs in
                try Arguments.exactly(2, "repeat", args[...], kwargs)
                return try ts.call(.object(BuiltinTypes.range), [args[1]])
            }
            m.define("_index") { ts, args, kwargs in
                try Arguments.exactly(1, "_index", args[...], kwargs)
                return try integer(ts, args[0])
            }
        }
    }

    /// `operator.index`: the int itself, or what `__index__` returns.
    static func integer(_ ts: ThreadState, _ v: Value) throws -> Value {
        switch v {
        case .int, .object(is PyBigInt): return v
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            let t = typeOf(v)
            if !t.isBuiltin, t.lookup("__index__") != nil {
                let r = try ts.callMethod(v, "__index__", [])
                switch r {
                case .int, .object(is PyBigInt): return r
                case .bool(let b): return .int(b ? 1 : 0)
                default: throw PyException.typeError("__index__ returned non-int (type \(typeOf(r).name))")
                }
            }
            throw PyException.typeError("'\(t.name)' object cannot be interpreted as an integer")
        }
    }
}

/// Where unseeded generators get their key: the OS, or in a scheduled run a
/// stream derived from the schedule's seed so that `--schedule SEED` replays.
/// One per interpreter, kept in the module as `_entropy`.
final class EntropySource: PyObject {
    private static let pythonType = PyType.runtimeType("_Entropy", module: "random")
    private var stream: SplitMix64?
    /// The fork lineage `stream` belongs to: a forked child starts its own.
    private var streamPath: UInt64 = 0
    /// Which process of this run's fork tree this is: a child made by fork()
    /// gets a path of its own, a function of the fork order alone, so scheduled
    /// children draw different, replayable numbers.
    private(set) var path: UInt64 = 0
    /// Forks this process made in this run.
    private var forks: UInt64 = 0

    init() { super.init(type: EntropySource.pythonType) }

    /// The forking thread's interpreter's source (fork handlers run on that thread).
    private static func current() -> EntropySource? {
        guard let ts = ThreadState.current,
              case .object(let e as EntropySource)? = ts.interpreter.modules["random"]?.dict.getString("_entropy")
        else { return nil }
        return e
    }

    static let forkHandlersInstalled: Bool = pthread_atfork({ EntropySource.current()?.forks &+= 1 }, nil, {
        guard let e = EntropySource.current() else { return }
        e.path = (e.path ^ e.forks) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        e.forks = 0
    }) == 0

    /// An `init_by_array` key as long as CPython's from os.urandom.
    func key(_ ts: ThreadState) -> [UInt32] {
        let b = bytes(ts, MersenneTwister.n * 4)
        return (0..<MersenneTwister.n).map { i in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(b[4 * i + $1]) << (8 * $1) }
        }
    }

    /// `count` bytes from the OS, or in a scheduled run from the seed's stream.
    func bytes(_ ts: ThreadState, _ count: Int) -> [UInt8] {
        if let s = ts.scheduler {
            // Tagged so the numbers do not echo the scheduler's own decisions.
            var rng = SplitMix64(seed: s.randomSeed ^ 0x7261_6E64_6F6D_5F5F ^ path)
            if let current = stream, streamPath == path { rng = current }
            var out: [UInt8] = []
            out.reserveCapacity(count + 8)
            while out.count < count {
                let w = rng.next()
                out += (0..<8).map { UInt8(truncatingIfNeeded: w >> (8 * UInt64($0))) }
            }
            stream = rng
            streamPath = path
            return Array(out.prefix(count))
        }
        var out = [UInt8](repeating: 0, count: count)
        if readURandom(&out) { return out }
        // No /dev/urandom: CPython then mixes the time and the pid.
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        var rng = SplitMix64(seed: UInt64(bitPattern: Int64(t.tv_sec &* 1_000_000_000 &+ t.tv_nsec)) ^ UInt64(truncatingIfNeeded: getpid()))
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
    }

    private func readURandom(_ bytes: inout [UInt8]) -> Bool {
        let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if fd < 0 { return false }
        defer { close(fd) }
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return read(fd, base + filled, buffer.count - filled)
            }
            if n <= 0 { return false }
            filled += n
        }
        return true
    }
}

/// MT19937 with the seeding CPython uses (`init_by_array` over a key of 32-bit words).
struct MersenneTwister {
    static let n = 624
    private static let m = 397
    private static let matrixA: UInt32 = 0x9908_B0DF
    var state = [UInt32](repeating: 0, count: MersenneTwister.n)
    var index = MersenneTwister.n

    init(key: [UInt32]) {
        let n = MersenneTwister.n
        state[0] = 19_650_218
        for i in 1..<n {
            state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        var i = 1, j = 0
        for _ in 0..<max(n, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000  // guarantees a non-zero state
        index = n
    }

    mutating func next() -> UInt32 {
        if index >= MersenneTwister.n { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        return y ^ (y >> 18)
    }

    private mutating func twist() {
        let n = MersenneTwister.n, m = MersenneTwister.m
        for k in 0..<n {
            let y = (state[k] & 0x8000_0000) | (state[(k + 1) % n] & 0x7FFF_FFFF)
            state[k] = state[(k + m) % n] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : MersenneTwister.matrixA)
        }
        index = 0
    }

    /// A float in [0, 1) from 53 random bits, as CPython's `random_random`.
    mutating func random() -> Double {
        let a = Double(next() >> 5), b = Double(next() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits, filled from the least significant 32-bit word up; the last
    /// word keeps its top bits.
    mutating func bits(_ k: Int) -> BigUInt {
        var words: [UInt32] = []
        var left = k
        while left > 0 {
            var r = next()
            if left < 32 { r >>= UInt32(32 - left) }
            words.append(r)
            left -= 32
        }
        return BigUInt(words: stride(from: 0, to: words.count, by: 2).map { i in
            UInt(words[i]) | (i + 1 < words.count ? UInt(words[i + 1]) << 32 : 0)
        })
    }
}

/// The generator behind each `random.Random` (CPython's `_random.Random`).
final class PyRandomCore: PyObject {
    static let pythonType: PyType = {
        let t = PyType.runtimeType("Random", module: "_random")
        func core(_ args: [Value], _ name: String, _ ts: ThreadState) throws -> PyRandomCore {
            let c = try receiver(args, PyRandomCore.self, name, "_random.Random")
            if let l = c.lineage, l != c.entropy.path {
                // First use in a forked child: reseed as CPython's fork hook does.
                c.generator = MersenneTwister(key: c.entropy.key(ts))
                c.lineage = c.entropy.path
            }
            return c
        }
        t.defineMethod("random") { ts, args, kwargs in
            try Arguments.exactly(0, "random", args.dropFirst(), kwargs)
            return .float(try core(args, "random", ts).generator.random())
        }
        t.defineMethod("getrandbits") { ts, args, kwargs in
            try Arguments.exactly(1, "getrandbits", args.dropFirst(), kwargs)
            let c = try core(args, "getrandbits", ts)
            let k = try bitCount(ts, args[1])
            if k <= 32 { return .int(k == 0 ? 0 : Int(c.generator.next() >> UInt32(32 - k))) }
            return .int(BigInt(c.generator.bits(k)))
        }
        // `_randbelow_with_getrandbits` on this core's own getrandbits: the same
        // words, without a Python call per draw.
        t.defineMethod("randbelow") { ts, args, kwargs in
            try Arguments.exactly(1, "randbelow", args.dropFirst(), kwargs)
            let c = try core(args, "randbelow", ts)
            let n: BigUInt
            switch args[1] {
            case .int(let i) where i > 0:
                let k = Int.bitWidth - i.leadingZeroBitCount
                if k <= 32 {
                    while true {
                        let r = Int(c.generator.next() >> UInt32(32 - k))
                        if r < i { return .int(r) }
                    }
                }
                n = BigUInt(i)
            case .object(let big as PyBigInt) where big.value.sign == .plus: n = big.value.magnitude
            default: throw PyException.valueError("randbelow() needs a positive int")
            }
            while true {
                let r = c.generator.bits(n.bitWidth)  // BigUInt.bitWidth is the bit length
                if r < n { return .int(BigInt(r)) }
            }
        }
        t.defineMethod("seed") { ts, args, kwargs in
            let slots = try Arguments.bind("seed", args.dropFirst(), kwargs, names: ["n", "version"])
            let c = try core(args, "seed", ts)
            var version = 2
            switch slots[1] {
            case .int(let v)?: version = v
            case .bool(let b)?: version = b ? 1 : 0
            case nil: break
            default: version = 0
            }
            c.generator = MersenneTwister(key: try c.key(ts, slots[0] ?? .none, version: version))
            return .none
        }
        t.defineMethod("getstate") { ts, args, kwargs in
            try Arguments.exactly(0, "getstate", args.dropFirst(), kwargs)
            let g = try core(args, "getstate", ts).generator
            return .tuple(g.state.map { .int(Int($0)) } + [.int(g.index)])
        }
        t.defineMethod("setstate") { ts, args, kwargs in
            try Arguments.exactly(1, "setstate", args.dropFirst(), kwargs)
            let c = try core(args, "setstate", ts)
            guard case .object(let tuple as PyTuple) = args[1] else {
                throw PyException.typeError("state vector must be a tuple")
            }
            guard tuple.items.count == MersenneTwister.n + 1 else {
                throw PyException.valueError("state vector is the wrong size")
            }
            var g = c.generator
            for (i, item) in tuple.items.dropLast().enumerated() {
                g.state[i] = UInt32(truncatingIfNeeded: try unsignedLong(item))
            }
            let index: Int
            switch tuple.items[MersenneTwister.n] {
            case .int(let i): index = i
            case .bool(let b): index = b ? 1 : 0
            case .object(is PyBigInt): throw PyException.overflowError("Python int too large to convert to C long")
            default: throw PyException.typeError("an integer is required")
            }
            if index < 0 || index > MersenneTwister.n { throw PyException.valueError("invalid state") }
            g.index = index
            c.generator = g
            return .none
        }
        return t
    }()

    let entropy: EntropySource
    /// Set on the module's shared generator only: the fork lineage its state
    /// was seeded in.
    var lineage: UInt64?
    var generator = MersenneTwister(key: [0])

    init(entropy: EntropySource) {
        self.entropy = entropy
        super.init(type: PyRandomCore.pythonType)
    }

    /// The number of bits for getrandbits: a C int, as CPython's converter reads it.
    private static func bitCount(_ ts: ThreadState, _ v: Value) throws -> Int {
        if case .float = v { throw PyException.typeError("'float' object cannot be interpreted as an integer") }
        if case .object(is PyBigInt) = v { throw PyException.overflowError("Python int too large to convert to C int") }
        let k = try ts.index(v)
        if k > Int(Int32.max) || k < Int(Int32.min) { throw PyException.overflowError("Python int too large to convert to C int") }
        if k < 0 { throw PyException.valueError("number of bits must be non-negative") }
        return k
    }

    /// A state word as C's `PyLong_AsUnsignedLong` reads it.
    private static func unsignedLong(_ v: Value) throws -> UInt64 {
        switch v {
        case .int(let i):
            if i < 0 { throw PyException.overflowError("can't convert negative value to unsigned int") }
            return UInt64(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let big as PyBigInt):
            if big.value.sign == .minus { throw PyException.overflowError("can't convert negative value to unsigned int") }
            guard let u = UInt64(exactly: big.value) else {
                throw PyException.overflowError("Python int too large to convert to C unsigned long")
            }
            return u
        default: throw PyException.typeError("an integer is required")
        }
    }

    /// The `init_by_array` key for a seed, after `random.Random.seed`'s conversions.
    func key(_ ts: ThreadState, _ a: Value, version: Int) throws -> [UInt32] {
        switch a {
        case .none: return entropy.key(ts)
        case .int(let i): return PyRandomCore.words(BigUInt(i.magnitude))
        case .bool(let b): return [b ? 1 : 0]
        case .float: return try hashKey(a)
        case .object(let big as PyBigInt): return PyRandomCore.words(big.value.magnitude)
        case .object(let s as PyStr):
            if version == 1 { return PyRandomCore.versionOneKey(s.value.unicodeScalars.map { UInt64($0.value) }) }
            if version == 2 { return PyRandomCore.versionTwoKey(Array(s.value.utf8)) }
            return try hashKey(a)
        case .object(let b as PyBytes):
            if version == 1 { return PyRandomCore.versionOneKey(b.value.map { UInt64($0) }) }
            if version == 2 { return PyRandomCore.versionTwoKey(b.value) }
            return try hashKey(a)
        default:
            throw PyException.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        }
    }

    /// Other seeds (floats) go by their hash, read as an unsigned C size_t.
    private func hashKey(_ a: Value) throws -> [UInt32] {
        PyRandomCore.words(BigUInt(UInt64(bitPattern: Int64(try Hashing.hash(a)))))
    }

    /// The 32-bit words of |n|, least significant first; zero is one zero word.
    static func words(_ n: BigUInt) -> [UInt32] {
        var out: [UInt32] = []
        for w in n.words {
            out.append(UInt32(truncatingIfNeeded: w))
            out.append(UInt32(truncatingIfNeeded: UInt64(w) >> 32))
        }
        while out.count > 1, out.last == 0 { out.removeLast() }
        return out.isEmpty ? [0] : out
    }

    /// Version 2: the int whose big-endian bytes are the seed followed by its SHA-512.
    private static func versionTwoKey(_ bytes: [UInt8]) -> [UInt32] {
        let all = bytes + SHA512.digest(bytes)
        var out: [UInt32] = []
        var i = all.count
        while i > 0 {
            let start = max(0, i - 4)
            out.append(all[start..<i].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
            i = start
        }
        while out.count > 1, out.last == 0 { out.removeLast() }
        return out
    }

    /// Version 1 (Python 2's string hash), for replaying old sequences.
    private static func versionOneKey(_ codes: [UInt64]) -> [UInt32] {
        var x: UInt64 = codes.first.map { $0 << 7 } ?? 0
        for c in codes { x = (1_000_003 &* x) ^ c }
        x ^= UInt64(codes.count)
        return words(BigUInt(x))
    }
}

/// SHA-512 (FIPS 180-4), only for string and bytes seeds.
enum SHA512 {
    /// The round constants and initial hash: the first 64 fractional bits of the
    /// cube roots of the first 80 primes and the square roots of the first 8,
    /// computed rather than transcribed.
    private static let tables: (k: [UInt64], h: [UInt64]) = {
        var primes: [Int] = []
        var p = 2
        while primes.count < 80 {
            if !primes.contains(where: { p % $0 == 0 }) { primes.append(p) }
            p += 1
        }
        func fraction(_ p: Int, root: Int) -> UInt64 {
            let target = BigUInt(p) << (64 * root)
            // Newton's method from above converges to floor(target^(1/root)).
            var x = BigUInt(1) << ((target.bitWidth / root) + 1)
            while true {
                let y = ((BigUInt(root - 1) * x) + target / x.power(root - 1)) / BigUInt(root)
                if y >= x { break }
                x = y
            }
            return UInt64(truncatingIfNeeded: x)
        }
        return (primes.map { fraction($0, root: 3) }, primes.prefix(8).map { fraction($0, root: 2) })
    }()

    static func digest(_ message: [UInt8]) -> [UInt8] {
        let k = tables.k
        var h = tables.h
        var data = message
        data.append(0x80)
        while data.count % 128 != 112 { data.append(0) }
        data += [UInt8](repeating: 0, count: 8)
        let bitLength = UInt64(message.count) &* 8
        for i in (0..<8).reversed() { data.append(UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(i)))) }
        func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
        var w = [UInt64](repeating: 0, count: 80)
        for block in stride(from: 0, to: data.count, by: 128) {
            for t in 0..<16 {
                w[t] = (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64(data[block + 8 * t + $1]) }
            }
            for t in 16..<80 {
                let s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
                let s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for t in 0..<80 {
                let t1 = hh &+ (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                let t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) &+ ((a & b) ^ (a & c) ^ (b & c))
                (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            for (i, v) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] &+= v }
        }
        return h.flatMap { v in (0..<8).reversed().map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
    }
}

extension RandomModule {
    /// The methods above the core, making the core calls CPython 3.11's
    /// random.py makes, in the same order. The filename and `#@line`s make
    /// tracebacks through it read as CPython's do.
    static let source = #"""
"""Random variable generators: a Mersenne Twister with CPython 3.11's seeding."""

# Lines that can appear in a traceback sit where CPython 3.11's random.py has
# them (the #@line directives), so tracebacks read the same.

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import floor as _floor, isfinite as _isfinite

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular",
           "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "getrandbits", "choices", "randbytes",
           "SystemRandom"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1


def _accumulate(values):
    # itertools.accumulate, as a list.
    out = []
    for v in values:
        out.append(v if not out else out[-1] + v)
    return out


def _bisect(a, x, lo=0, hi=None):
    # bisect.bisect_right
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


#@line 103
class Random:
    """Random number generator base class used by bound module functions."""

    VERSION = 3

#@line 119
    def __init__(self, x=None):
        """Initialize an instance."""
        self._core = _Core()
#@line 125
        self.seed(x)
        self.gauss_next = None

#@line 128
    def seed(self, a=None, version=2):
        """Initialize internal state from a seed (None, int, float, str or bytes)."""
#@line 159
        if not isinstance(a, (type(None), int, float, str, bytes)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
#@line 163
        self._core.seed(a, version)
        self.gauss_next = None

#@line 166
    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, self._core.getstate(), self.gauss_next

#@line 170
    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            self._core.setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
#@line 182
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            self._core.setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

#@line 215
    def __init_subclass__(cls, **kwargs):
        # A subclass that only overrides random() must not use getrandbits().
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def random(self):
        """random() -> x in the interval [0, 1)."""
        return self._core.random()

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        return self._core.getrandbits(k)

#@line 235
    def _randbelow_with_getrandbits(self, n):
        "Return a random int in the range [0,n).  Defined for n > 0."
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

#@line 245
    def _randbelow_without_getrandbits(self, n, maxsize=1<<BPF):
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        limit = (maxsize - maxsize % n) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    def _randbelow(self, n):
        # The core runs _randbelow_with_getrandbits on its own getrandbits;
        # __init_subclass__ switches subclasses that override either source.
        return self._core.randbelow(n)

#@line 277
    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

#@line 284
    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(stop) or range(start, stop[, step])."""
        # Integral floats are still accepted, without CPython's DeprecationWarning.
#@line 294
        try:
            istart = _index(start)
        except TypeError:
            istart = int(start)
            if istart != start:
#@line 301
                raise ValueError("non-integer arg 1 for randrange()")
#@line 306
        if stop is None:
#@line 309
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")

#@line 316
        try:
            istop = _index(stop)
        except TypeError:
            istop = int(stop)
            if istop != stop:
#@line 323
                raise ValueError("non-integer stop for randrange()")
#@line 328
        width = istop - istart
        try:
            istep = _index(step)
        except TypeError:
            istep = int(step)
            if istep != step:
#@line 336
                raise ValueError("non-integer step for randrange()")
#@line 342
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))

#@line 348
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
#@line 362
        return self.randrange(a, b+1)

#@line 367
    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
#@line 372
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
#@line 379
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
#@line 382
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
#@line 438
        if not isinstance(population, (list, tuple, str, range, bytes)):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            bisect = _bisect
            return [population[bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # A pool copy is cheaper than a set of picks while the population is
        # small next to the set the picks would need.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                result[i] = population[j]
        return result

#@line 480
    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
#@line 487
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                floor = _floor
                n += 0.0
                return [population[floor(random() * n)] for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}'
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        bisect = _bisect
        hi = n - 1
        return [population[bisect(cum_weights, random() * total, 0, hi)]
                for i in _repeat(None, k)]

#@line 520
    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

#@line 524
    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

#@line 544
    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

#@line 565
    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, keeping the second value)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

#@line 603
    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

#@line 613
    def expovariate(self, lambd):
        """Exponential distribution."""
        return -_log(1.0 - self.random()) / lambd

#@line 630
    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

#@line 672
    def gammavariate(self, alpha, beta):
        """Gamma distribution."""
#@line 688
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

#@line 737
    def betavariate(self, alpha, beta):
        """Beta distribution."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

#@line 764
    def paretovariate(self, alpha):
        """Pareto distribution."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

#@line 771
    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


#@line 787
class SystemRandom(Random):
    """Random numbers from the OS's entropy source (the schedule's stream in a
    scheduled run); it has no state to seed, save or restore."""

#@line 796
    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        return (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes))
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """Generate n random bytes."""
#@line 812
        return _urandom(n)

    def seed(self, *args, **kwds):
        "Stub method.  Not used for a system random number generator."
        return None

    def _notimplemented(self, *args, **kwds):
        "Method should not be called for a system random number generator."
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


#@line 831
_inst = Random()
_follow_forks(_inst._core)
seed = _inst.seed
# As in CPython, these two are the generator's own (C there, Swift here) methods.
random = _inst._core.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst._core.getrandbits
randbytes = _inst.randbytes
"""#
}
