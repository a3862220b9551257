import XCTest
@testable import TutorRuntime

/// `random` against CPython 3.11: the expected outputs were printed by `python3`
/// for the same programs, so every draw must match bit for bit.
final class RandomModuleTests: XCTestCase {
    private func assertMatchesCPython(_ program: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let outcome = runPython(program)
        XCTAssertEqual(outcome.status, 0, outcome.stderr, file: file, line: line)
        XCTAssertEqual(outcome.stdout, expected, file: file, line: line)
    }

    func testSeededDraws() {
        assertMatchesCPython(seededDrawsProgram, seededDrawsExpected)
    }

    func testErrorMessages() {
        assertMatchesCPython(errorMessagesProgram, errorMessagesExpected)
    }

    func testSubclasses() {
        assertMatchesCPython(subclassesProgram, subclassesExpected)
    }

    func testSampleBranches() {
        assertMatchesCPython(sampleBranchesProgram, sampleBranchesExpected)
    }

    /// Forty seeds through every method; the output is summed up in a checksum.
    func testManySeedsThroughEveryMethod() {
        assertMatchesCPython(manySeedsProgram, manySeedsExpected)
    }

    /// An error raised inside the module reads as CPython's traceback does,
    /// with random.py's line numbers and source lines.
    func testTracebacksReadAsCPythons() {
        let outcome = runPython(tracebackProgram)
        XCTAssertEqual(outcome.stdout, "True\n")
        XCTAssertEqual(normalize(outcome.stderr), tracebackExpected)
    }

    /// Unseeded generators take their key from the schedule's seed, so a
    /// `--schedule SEED` run replays its random numbers, threads included.
    func testScheduledRunsReplayUnseededNumbers() {
        let first = runScheduled(unseededProgram, seed: 7)
        let second = runScheduled(unseededProgram, seed: 7)
        let other = runScheduled(unseededProgram, seed: 8)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, second.stdout)
        XCTAssertNotEqual(first.stdout, other.stdout)
        XCTAssertNotEqual(first.stdout.split(separator: "\n").first, other.stdout.split(separator: "\n").first)
    }

    /// Without a schedule the key comes from the OS: two runs differ.
    func testUnscheduledRunsDrawFromEntropy() {
        let first = runPython(unseededProgram), second = runPython(unseededProgram)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertNotEqual(first.stdout.split(separator: "\n").first, second.stdout.split(separator: "\n").first)
    }

    /// As CPython's fork hook does, a forked child reseeds the module's shared
    /// generator (children differ) but not other Random instances; in a
    /// scheduled run the reseeding is replayable too.
    func testForkedChildrenReseedTheSharedGenerator() {
        func run(_ seed: UInt64?) -> ProgramRunResult {
            var run = ProgramRun(source: processProgram, filename: "procs.py")
            if let seed { run.timing = .scheduled(ScheduleOptions(seed: seed)) }
            run.timeLimit = 30
            return run.run()
        }
        for seed: UInt64? in [nil, 5] {
            let r = run(seed)
            let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ") }
            XCTAssertEqual(lines.count, 3, r.stdout + r.stderr)
            guard lines.count == 3, lines.allSatisfy({ $0.count == 3 }) else { continue }
            let parent = lines.first { $0[0] == "parent" } ?? []
            XCTAssertEqual(parent.dropFirst().map(String.init), ["0.13436424411240122", "0.23796462709189137"])
            let children = lines.filter { $0[0] != "parent" }
            XCTAssertEqual(children.map { String($0[2]) }, ["0.23796462709189137", "0.23796462709189137"])
            XCTAssertNotEqual(children[0][1], children[1][1], r.stdout)
        }
        // The children's output may interleave in either order; their numbers may not differ.
        let first = run(5).stdout.split(separator: "\n").sorted(), second = run(5).stdout.split(separator: "\n").sorted()
        XCTAssertEqual(first, second)
    }

    private let processProgram = #"""
import multiprocessing, random
r = random.Random(3)
def work(n):
    print(n, random.random(), r.random())
if __name__ == "__main__":
    random.seed(1)
    ps = [multiprocessing.Process(target=work, args=(i,)) for i in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print("parent", random.random(), r.random())
"""#

    private let unseededProgram = #"""
import random, threading
print([random.randint(1, 10**9) for _ in range(4)], random.Random().random())
out = []
def work(n):
    for i in range(3):
        out.append((n, random.randrange(1000)))
threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(out)
"""#

    private let seededDrawsProgram = #"""
import random
random.seed(12345)
print([random.random() for _ in range(5)])
print(random.randint(1, 100), random.getrandbits(100), random.getrandbits(32), random.getrandbits(1), random.getrandbits(0))
print(random.choice('abcdef'), random.choice([1, 2, 3]), random.choice(range(10**15)))
x = list(range(20)); random.shuffle(x); print(x)
print(random.sample(range(100), 10), random.sample('abcdefgh', 3), random.sample(range(10**6), 7))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.choices('abc', k=5), random.choices(range(5), [1, 2, 3, 4, 5], k=6))
print(random.choices('xyz', cum_weights=[0.5, 1.5, 3.0], k=4))
print(random.randrange(10), random.randrange(3, 100, 7), random.randrange(100, 3, -7), random.randrange(-50, -10))
print(random.randrange(10**40), random.randint(-10**20, 10**20))
print(random.uniform(2.5, 7.5), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.expovariate(1.5), random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(3.5, 1), random.betavariate(2, 3), random.vonmisesvariate(1, 4))
print(random.randbytes(5), random.randbytes(0), random.randbytes(13))
for s in [0, 1, -1, -12345, 2**32, 2**100 + 7, -(2**100 + 7), 1.5, -1.5, 3.0, True, 'hello', b'hello', '', b'', 'h\u00e9llo \u2603', b'\x00\x00abc']:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(40))
random.seed('hello', version=1); print(random.random())
random.seed(b'hello', version=1); print(random.random())
r1 = random.Random(42); r2 = random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 6), r1.sample(range(50), 30))
st = r1.getstate(); a = r1.random(); r1.setstate(st); print(a == r1.random(), len(st[1]), st[0], st[2])
random.seed(7); print([random.random() for _ in range(3)])
r3 = random.Random(); r3.seed(7); print(r3.random())
print(random.sample(range(1000), 500)[:5], random.sample(range(30), 20)[:5])
"""#

    private let seededDrawsExpected = #"""
[0.41661987254534116, 0.010169169457068361, 0.8252065092537432, 0.2986398551995928, 0.3684116894884757]
25 193017900648154315564889588746 1602297017 0 0
d 2 706180936917028
[7, 12, 4, 10, 1, 0, 18, 3, 13, 15, 14, 9, 6, 16, 8, 2, 11, 19, 17, 5]
[58, 43, 3, 65, 88, 95, 53, 0, 84, 20] ['c', 'h', 'a'] [684238, 434668, 111036, 928552, 714513, 606167, 190477]
['blue', 'red', 'red', 'red', 'blue']
['c', 'a', 'c', 'a', 'c'] [3, 1, 3, 3, 4, 0]
['x', 'z', 'z', 'x']
3 38 44 -29
344652323965861653679957153165257729367 42255337412972936140
2.892813734266923 9.385424988082933 1.5484586320022427 -0.8440667919369462 6.478280964948554
0.756932816969263 2.37074739968898 1.021391967018021 0.9918555630778843
0.1487499792989842 1.092313155412701 5.7168745284038955 0.6108842284959304 0.8114173415394124
b',\xbb\x80\x89\x17' b'' b'8a\x05\x85\x8f\xb9\x1a\xb2\x80Z\xda\x00%'
0 0.8444218515250481 978212965548
1 0.13436424411240122 884107995871
-1 0.13436424411240122 884107995871
-12345 0.41661987254534116 897691841093
4294967296 0.11299430095636409 1028291745030
1267650600228229401496703205383 0.41604161323913513 585518997174
-1267650600228229401496703205383 0.41604161323913513 585518997174
1.5 0.551763726942059 160013701400
-1.5 0.7101153317194698 283471238399
3.0 0.23796462709189137 144071367498
True 0.13436424411240122 884107995871
'hello' 0.3537754404730722 836072071631
b'hello' 0.3537754404730722 836072071631
'' 0.9602256525641875 225895574272
b'' 0.9602256525641875 225895574272
'héllo ☃' 0.7946797157550272 1017183731463
b'\x00\x00abc' 0.2834855576453934 583229049333
0.8180391270568783
0.8180391270568783
True 1 [47, 17, 15, 14, 8, 6, 43, 34, 5, 37, 27, 2, 1, 41, 13, 46, 32, 40, 12, 22, 20, 30, 48, 35, 7, 42, 18, 45, 0, 36]
True 625 3 None
[0.32383276483316237, 0.15084917392450192, 0.6509344730398537]
0.32383276483316237
[74, 840, 548, 96, 374] [25, 22, 5, 13, 2]

"""#

    private let errorMessagesProgram = #"""
import random
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(random.randrange, 0)
t(random.randrange, -5)
t(random.randrange, 5, 5)
t(random.randrange, 10, 2)
t(random.randrange, 0, 10, 0)
t(random.randrange, 0, 10, -1)
t(random.randrange, 1.5)
t(random.randrange, 0, 2.5)
t(random.randrange, 0, 10, 1.5)
t(random.randrange, 10, step=2)
t(random.randrange, 'a')
t(random.randint, 5, 1)
t(random.randint, 1.5, 3)
t(random.choice, [])
t(random.choice, '')
t(random.sample, range(5), 6)
t(random.sample, range(5), -1)
t(random.sample, {1, 2, 3}, 2)
t(random.sample, {1: 2}, 1)
t(random.sample, 'ab', 1, counts=[1])
t(random.sample, 'ab', 1, counts=[0, 0])
t(random.sample, 'ab', 1, counts=[1.0, 2.0])
t(random.choices, 'abc', [1, 2])
t(random.choices, 'abc', 3)
t(random.choices, 'abc', [1, 2], cum_weights=[1, 2, 3])
t(random.choices, 'abc', [0, 0, 0])
t(random.choices, 'abc', [1, float('inf'), 1])
t(random.getrandbits, -1)
t(random.getrandbits, 2.0)
t(random.seed, [1, 2])
t(random.seed, (1, 2))
t(random.Random, {})
t(random.setstate, (9, (), None))
t(random.setstate, (3, [1] * 625, None))
t(random.setstate, (3, (1,) * 10, None))
t(random.setstate, (3, (1,) * 624 + (625,), None))
t(random.setstate, (3, (-1,) * 625, None))
t(random.randbytes, -1)
"""#

    private let errorMessagesExpected = #"""
ValueError: empty range for randrange()
ValueError: empty range for randrange()
ValueError: empty range for randrange() (5, 5, 0)
ValueError: empty range for randrange() (10, 2, -8)
ValueError: zero step for randrange()
ValueError: empty range for randrange()
ValueError: non-integer arg 1 for randrange()
ValueError: non-integer stop for randrange()
ValueError: non-integer step for randrange()
TypeError: Missing a non-None stop argument
ValueError: invalid literal for int() with base 10: 'a'
ValueError: empty range for randrange() (5, 2, -3)
ValueError: non-integer arg 1 for randrange()
IndexError: Cannot choose from an empty sequence
IndexError: Cannot choose from an empty sequence
ValueError: Sample larger than population or is negative
ValueError: Sample larger than population or is negative
TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
ValueError: The number of counts does not match the population
ValueError: Total of counts must be greater than zero
TypeError: Counts must be integers
ValueError: The number of weights does not match the population
TypeError: The number of choices must be a keyword argument: k=3
TypeError: Cannot specify both weights and cumulative weights
ValueError: Total of weights must be greater than zero
ValueError: Total of weights must be finite
ValueError: number of bits must be non-negative
TypeError: 'float' object cannot be interpreted as an integer
TypeError: The only supported seed types are: None,
int, float, str, bytes, and bytearray.
TypeError: The only supported seed types are: None,
int, float, str, bytes, and bytearray.
TypeError: The only supported seed types are: None,
int, float, str, bytes, and bytearray.
ValueError: state with version 9 passed to Random.setstate() of version 3
TypeError: state vector must be a tuple
ValueError: state vector is the wrong size
ValueError: invalid state
OverflowError: can't convert negative value to unsigned int
ValueError: number of bits must be non-negative

"""#

    private let subclassesProgram = #"""
import random
class Fixed(random.Random):
    def random(self):
        return 0.75
r = Fixed(3)
print(r.randrange(10), r.choice('abcd'), r.uniform(0, 4), r.getrandbits(8))
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
b = Bits(1)
print(b.randrange(3), b.choice(range(100)))
print(random.Random(5).random(), random.Random('x').random())
print(type(random.random()).__name__, random.Random.VERSION)
s = random.getstate(); x = [random.random() for _ in range(3)]; random.setstate(s); print(x == [random.random() for _ in range(3)])
v2 = (2, tuple(list(random.getstate()[1])), None); random.setstate(v2); print(random.random() == x[0] or True)
print(random.random.__name__ if hasattr(random.random, '__name__') else '?')
"""#

    private let subclassesExpected = #"""
4 a 3.0 60
1 1
0.6229016948897019 0.6307877176639078
float 3
True
True
random

"""#

    private let sampleBranchesProgram = #"""
import random
random.seed(2024)
for n, k in [(21, 21), (22, 5), (26, 6), (100, 6), (30, 20), (85, 7), (86, 7), (1000, 500), (10**9, 12)]:
    print(n, k, random.sample(range(n), k))
print(random.sample(tuple('abcdefghij'), 10), random.sample(b'bytes!', 3))
x = ['a', 'b', 'c', 'd', 'e']
r = random.Random(99)
r.shuffle(x); print(x)
print(r.choices([10, 20, 30], weights=[0.1, 0, 5], k=8), r.choices('ab', [1, 1]))
print(r.sample(range(20), k=0), r.choices('ab', k=0))
"""#

    private let sampleBranchesExpected = #"""
21 21 [15, 5, 18, 9, 6, 13, 12, 11, 14, 4, 8, 3, 7, 19, 17, 20, 10, 1, 16, 2, 0]
22 5 [6, 14, 20, 4, 17]
26 6 [6, 13, 1, 11, 20, 24]
100 6 [59, 15, 92, 95, 17, 97]
30 20 [10, 12, 29, 11, 25, 6, 27, 13, 22, 23, 18, 24, 21, 7, 19, 0, 26, 3, 14, 4]
85 7 [64, 40, 72, 53, 78, 14, 42]
86 7 [83, 77, 29, 30, 59, 46, 17]
1000 500 [207, 377, 505, 609, 856, 643, 144, 268, 396, 638, 345, 343, 962, 725, 729, 476, 881, 173, 700, 712, 786, 983, 135, 339, 946, 211, 594, 703, 67, 100, 963, 863, 177, 4, 921, 154, 448, 720, 241, 358, 234, 83, 200, 822, 291, 245, 711, 472, 616, 269, 493, 536, 900, 446, 679, 424, 205, 862, 72, 308, 309, 285, 139, 578, 677, 748, 256, 539, 103, 507, 223, 912, 957, 803, 397, 180, 527, 870, 228, 327, 363, 768, 719, 928, 818, 46, 592, 694, 557, 386, 759, 737, 648, 75, 121, 235, 57, 530, 128, 849, 215, 650, 629, 89, 516, 967, 961, 499, 597, 915, 749, 169, 165, 88, 901, 632, 106, 830, 608, 575, 831, 618, 646, 30, 996, 110, 573, 184, 911, 715, 322, 0, 125, 287, 29, 186, 62, 883, 898, 639, 689, 634, 751, 899, 593, 212, 660, 194, 952, 190, 484, 321, 279, 750, 464, 649, 449, 733, 825, 222, 409, 600, 459, 428, 978, 917, 136, 214, 164, 319, 407, 201, 770, 183, 365, 466, 972, 15, 122, 988, 690, 2, 791, 965, 827, 519, 429, 674, 38, 219, 623, 475, 567, 508, 560, 51, 441, 340, 10, 522, 348, 566, 261, 682, 846, 161, 230, 878, 874, 926, 69, 833, 179, 25, 346, 314, 258, 506, 887, 371, 477, 444, 503, 628, 334, 163, 811, 124, 821, 372, 435, 651, 872, 517, 722, 97, 55, 675, 975, 26, 847, 236, 120, 325, 556, 580, 140, 217, 583, 891, 817, 790, 105, 612, 765, 922, 272, 778, 572, 774, 758, 868, 526, 127, 203, 910, 548, 586, 416, 456, 732, 176, 853, 253, 565, 298, 283, 605, 841, 460, 652, 114, 414, 829, 288, 756, 513, 534, 233, 243, 366, 232, 431, 478, 985, 316, 293, 691, 701, 198, 479, 727, 553, 763, 783, 389, 666, 832, 950, 423, 902, 137, 668, 323, 955, 550, 688, 95, 766, 225, 474, 622, 866, 303, 726, 663, 859, 398, 744, 188, 491, 373, 31, 611, 698, 384, 65, 788, 931, 433, 626, 331, 195, 77, 913, 260, 33, 267, 533, 193, 742, 171, 197, 483, 743, 70, 473, 736, 102, 607, 274, 133, 394, 603, 970, 816, 598, 240, 168, 302, 141, 637, 889, 990, 785, 422, 336, 341, 805, 893, 20, 617, 938, 391, 142, 857, 273, 175, 518, 263, 929, 561, 977, 438, 555, 657, 885, 659, 237, 695, 979, 112, 665, 543, 430, 34, 486, 159, 723, 368, 851, 355, 724, 949, 458, 986, 32, 290, 191, 392, 930, 369, 515, 497, 815, 794, 66, 814, 564, 860, 828, 864, 450, 779, 775, 6, 993, 117, 795, 50, 671, 958, 84, 669, 994, 995, 932, 514, 238, 320, 525, 939, 892, 300, 903, 216, 485, 251, 704, 848, 933, 337, 40, 143, 834, 354, 353, 964, 54, 357, 956, 686, 869, 927, 581, 582, 845, 804, 740, 641, 494, 702, 402, 696, 624, 204, 662, 683, 880, 571, 231, 767, 664, 854, 463, 126, 63, 746, 437, 312]
1000000000 12 [483405424, 351722850, 7460895, 790091483, 723090892, 639583676, 890532384, 866376133, 559466600, 444290516, 767598121, 673227606]
['h', 'd', 'c', 'g', 'a', 'e', 'i', 'b', 'j', 'f'] [101, 121, 98]
['b', 'c', 'a', 'e', 'd']
[30, 30, 30, 30, 30, 30, 30, 30] ['a']
[] []

"""#

    private let manySeedsProgram = #"""
import random
out = []
for s in range(40):
    r = random.Random(s * 7919 - 100)
    n = r.randrange(1, 60)
    k = r.randrange(0, n + 1)
    out.append((r.sample(range(n), k), r.sample(list('abcdefghijklmnopqrstuvwxyz'), min(k, 26)),
                r.choices(range(n), k=3), r.choices('abc', [s % 3, 1, 2.5], k=3),
                r.randrange(-10**12, 10**12, 3 + s), r.getrandbits(s * 5), r.randint(0, 2**64),
                r.gauss(), r.normalvariate(), r.expovariate(2), r.gammavariate(0.3 + s / 10, 2), r.betavariate(1.5, 0.5 + s / 20),
                r.vonmisesvariate(0.5, s / 10), r.triangular(1, 5), r.paretovariate(2), r.weibullvariate(2, 3), r.uniform(-1, 1),
                r.sample(range(10**8), 30)[-1], r.sample(['x', 'y'], counts=[s + 1, 3], k=3), r.randbytes(s % 11)))
    x = list(range(s)); r.shuffle(x); out.append(x)
text = repr(out)
checksum = 0
for ch in text:
    checksum = (checksum * 31 + ord(ch)) % (2 ** 61 - 1)
print(len(text), checksum)
print(text[:200])
"""#

    private let manySeedsExpected = #"""
21149 482310744888383761
[([7, 2, 6, 5, 8, 3, 0], ['r', 'd', 'c', 'o', 'i', 'b', 'g'], [3, 3, 7], ['b', 'b', 'b'], 215651895806, 0, 3889200775397244508, 1.22511880195201, -1.6575446292246308, 0.06624783920282348, 9.0813315929

"""#
    private let tracebackProgram = #"""
import random

def roll(a, b):
    return random.randint(a, b)

print(roll(1, 6) in range(1, 7))
roll(6, 1)
"""#

    private let tracebackExpected = #"""
Traceback (most recent call last):
  File "test.py", line 7, in <module>
    roll(6, 1)
  File "test.py", line 4, in roll
    return random.randint(a, b)
  File "random.py", line 362, in randint
    return self.randrange(a, b+1)
  File "random.py", line 345, in randrange
    raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
ValueError: empty range for randrange() (6, 2, -4)

"""#
}
