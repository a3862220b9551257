import XCTest
@testable import TutorLanguage

/// The math module.
/// Expected output was produced by CPython 3.11 running the same snippets.
final class MathModuleTests: XCTestCase {
    func testConstants() {
        expectContainerOutput(#"""
        import math
        print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
        """#, #"""
        3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan float
        """#)
    }

    func testPowersAndLogs() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        import math
        print(math.sqrt(2), math.sqrt(144), math.sqrt(0.25), math.sqrt(True), math.sqrt(-0.0), math.sqrt(math.inf))
        print(math.exp(0), math.exp(1), math.exp(-1000), math.exp(math.inf), math.exp(-math.inf), math.exp2(10), math.expm1(1e-10), math.cbrt(27), math.cbrt(-8))
        print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), math.log(1024, 2), math.log(10, 0.5), math.log(8, 2.0))
        print(math.log(10**400), math.log(2**2000, 2), math.log2(2**2000), math.log10(10**500), math.log2(8), math.log10(1000), math.log10(0.001), math.log1p(1e-10))
        print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(2, math.inf), math.pow(0, -math.inf), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, -math.inf))
        for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(-10**400), lambda: math.log(0, 2), lambda: math.log(2, 0),
                  lambda: math.log10(0), lambda: math.log2(-1), lambda: math.log1p(-1), lambda: math.log(-math.inf)]:
            show(f)
        show(lambda: math.log(1, 1))
        show(lambda: math.exp(1000))
        show(lambda: math.exp2(2000))
        show(lambda: math.pow(0, -1))
        show(lambda: math.pow(-8, 1/3))
        show(lambda: math.pow(10, 400))
        show(lambda: math.sqrt(10**400))
        show(lambda: math.sqrt('a'))
        show(lambda: math.sqrt())
        show(lambda: math.sqrt(1, 2))
        show(lambda: math.sqrt(x=1))
        show(lambda: math.log())
        show(lambda: math.log(1, 2, 3))
        show(lambda: math.log('a'))
        show(lambda: math.pow(1))
        """#, #"""
        1.4142135623730951 12.0 0.5 1.0 -0.0 inf
        1.0 2.718281828459045 0.0 inf 0.0 1024.0 1.00000000005e-10 3.0000000000000004 -2.0
        1.0 0.0 2.0 3.0 10.0 -3.3219280948873626 3.0
        921.0340371976182 2000.0000000000002 2000.0 500.0 3.0 3.0 -3.0 9.999999999500001e-11
        1024.0 1.4142135623730951 0.25 1.0 1.0 inf inf -inf -0.0 inf
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ZeroDivisionError float division by zero
        OverflowError math range error
        OverflowError math range error
        ValueError math domain error
        ValueError math domain error
        OverflowError math range error
        OverflowError int too large to convert to float
        TypeError must be real number, not str
        TypeError math.sqrt() takes exactly one argument (0 given)
        TypeError math.sqrt() takes exactly one argument (2 given)
        TypeError math.sqrt() takes no keyword arguments
        TypeError math.log requires 1 to 2 arguments
        TypeError math.log requires 1 to 2 arguments
        TypeError must be real number, not str
        TypeError pow expected 2 arguments, got 1
        """#)
    }

    func testTrigonometry() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        import math
        print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.sin(math.pi), math.tan(math.pi / 4), math.asin(1), math.acos(1), math.atan(1), math.atan(math.inf))
        print(math.atan2(1, 1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(math.inf, math.inf), math.degrees(math.pi), math.radians(180), math.degrees(1))
        print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.tanh(math.inf))
        print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-320, 1e-320, 1e-320))
        print(math.hypot(1.5, 2.5, 3.7, 0.1), math.hypot(0.1, 0.2, 0.3, 0.4, 0.5), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 5, 6)), math.dist(iter([1]), [2]), math.dist((), ()))
        for f in [lambda: math.sin(math.inf), lambda: math.asin(2), lambda: math.acos(-2), lambda: math.atanh(1), lambda: math.acosh(0), lambda: math.cosh(1000), lambda: math.sinh(-1000)]:
            show(f)
        show(lambda: math.hypot('a'))
        show(lambda: math.hypot(x=1))
        show(lambda: math.dist((0,), (3, 4)))
        show(lambda: math.dist(1, 2))
        show(lambda: math.dist((1,)))
        show(lambda: math.atan2(1))
        """#, #"""
        0.0 1.0 1.0 1.2246467991473532e-16 0.9999999999999999 1.5707963267948966 0.0 0.7853981633974483 1.5707963267948966
        0.7853981633974483 3.141592653589793 -3.141592653589793 0.7853981633974483 180.0 3.141592653589793 57.29577951308232
        1.1752011936438014 1.5430806348152437 0.7615941559557649 0.881373587019543 1.3169578969248166 0.5493061443340548 1.0
        0.0 3.0 3.0 5.0 1.7320508075688772 inf nan 1.4142135623730951e+308 5e-324 1.732e-320
        4.711687595755898 0.7416198487095663 5.0 5.196152422706632 1.0 0.0
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        OverflowError math range error
        OverflowError math range error
        TypeError must be real number, not str
        TypeError math.hypot() takes no keyword arguments
        ValueError both points must have the same number of dimensions
        TypeError 'int' object is not iterable
        TypeError dist expected 2 arguments, got 1
        TypeError atan2 expected 2 arguments, got 1
        """#)
    }

    func testRounding() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        import math
        print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7), math.ceil(-0.5), math.floor(True), math.trunc(True))
        print(type(math.floor(2.5)).__name__, math.floor(10), math.ceil(1e20), math.floor(10**30), math.floor(1e300) == int(1e300), math.ceil(10**20 + 0.5))
        class Num:
            def __floor__(self): return 'floor!'
            def __ceil__(self): return 'ceil!'
            def __trunc__(self): return 'trunc!'
        class F:
            def __float__(self): return 2.5
        print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.floor(F()), math.ceil(F()), math.sqrt(F()))
        print(math.fabs(-3), math.fabs(2.5), math.copysign(1, -0.0), math.copysign(3, math.nan), math.copysign(-2, 1))
        print(math.fmod(5, 3), math.fmod(-5, 3), math.fmod(5, math.inf), math.remainder(5, 3), math.remainder(-7, 2), math.remainder(5, math.inf))
        print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf), math.modf(math.nan), math.modf(-0.0))
        print(math.frexp(8), math.frexp(0), math.frexp(-0.1), math.frexp(math.inf), math.frexp(math.nan), math.frexp(5e-324), math.frexp(-3e-310), math.frexp(-0.0))
        print(math.ldexp(0.5, 2), math.ldexp(1, -10**30), math.ldexp(math.inf, -10**30), math.ldexp(1, True), math.ldexp(-0.0, 5), math.ldexp(3, -1074), math.ldexp(1, -1080))
        print(math.nextafter(1, 2), math.nextafter(0, -1), math.nextafter(1, 1), math.ulp(1), math.ulp(-1), math.ulp(0), math.ulp(math.inf), math.ulp(1.7976931348623157e308), math.ulp(math.nan))
        for f in [lambda: math.floor(math.nan), lambda: math.floor(math.inf), lambda: math.ceil(-math.inf), lambda: math.trunc(math.nan),
                  lambda: math.floor('a'), lambda: math.trunc('a'), lambda: math.floor(), lambda: math.fmod(5, 0), lambda: math.fmod(math.inf, 3),
                  lambda: math.remainder(5, 0), lambda: math.remainder(math.inf, 1), lambda: math.ldexp(1, 1024), lambda: math.ldexp(1, 10**30),
                  lambda: math.ldexp(1, 2.0), lambda: math.fabs(-10**400), lambda: math.fmod(1), lambda: math.copysign(1)]:
            show(f)
        """#, #"""
        2 -3 3 -2 -2 2 0 1 1
        int 10 100000000000000000000 1000000000000000000000000000000 True 100000000000000000000
        floor! ceil! trunc! 2 3 1.5811388300841898
        3.0 2.5 -1.0 3.0 2.0
        2.0 -2.0 5.0 -1.0 1.0 5.0
        (0.5, 3.0) (-0.5, -3.0) (0.0, inf) (-0.0, -inf) (nan, nan) (-0.0, -0.0)
        (0.5, 4) (0.0, 0) (-0.8, -3) (inf, 0) (nan, 0) (0.5, -1073) (-0.862892704733909, -1028) (-0.0, 0)
        2.0 0.0 inf 2.0 -0.0 1.5e-323 0.0
        1.0000000000000002 -5e-324 1.0 2.220446049250313e-16 2.220446049250313e-16 5e-324 inf 1.99584030953472e+292 nan
        ValueError cannot convert float NaN to integer
        OverflowError cannot convert float infinity to integer
        OverflowError cannot convert float infinity to integer
        ValueError cannot convert float NaN to integer
        TypeError must be real number, not str
        TypeError type str doesn't define __trunc__ method
        TypeError math.floor() takes exactly one argument (0 given)
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        OverflowError math range error
        OverflowError math range error
        TypeError Expected an int as second argument to ldexp.
        OverflowError int too large to convert to float
        TypeError fmod expected 2 arguments, got 1
        TypeError copysign expected 2 arguments, got 1
        """#)
    }

    func testPredicates() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        import math
        print(math.isnan(math.nan), math.isnan(5), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1), math.isfinite(math.nan))
        print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
        print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1), math.isclose(1, 2, abs_tol=1))
        show(lambda: math.isinf(10**400))
        show(lambda: math.isnan('a'))
        show(lambda: math.isclose(1, 1, rel_tol=-1))
        show(lambda: math.isclose(1, 2, 3))
        show(lambda: math.isclose(1))
        show(lambda: math.isclose(1, 2, foo=1))
        show(lambda: math.isclose(1, 2, 3, 4, 5))
        show(lambda: math.isclose(1, b=2, a=3))
        show(lambda: math.isclose('a', 1))
        """#, #"""
        True False True True False True False
        True False True False True
        True False False True True
        OverflowError int too large to convert to float
        TypeError must be real number, not str
        ValueError tolerances must be non-negative
        TypeError isclose() takes exactly 2 positional arguments (3 given)
        TypeError isclose() missing required argument 'b' (pos 2)
        TypeError 'foo' is an invalid keyword argument for isclose()
        TypeError isclose() takes at most 4 arguments (5 given)
        TypeError argument for isclose() given by name ('a') and position (1)
        TypeError must be real number, not str
        """#)
    }

    func testIntegerFunctions() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        import math
        print(math.gcd(), math.gcd(5), math.gcd(48, 18), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(12, 18, 8), math.gcd(2**100, 2**80 * 3), math.gcd(True, 4))
        print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(10**20, 3), math.lcm(7))
        print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(20), math.factorial(30), math.factorial(True), math.factorial(100) % 10**9)
        print(math.isqrt(0), math.isqrt(17), math.isqrt(24), math.isqrt(25), math.isqrt(10**40), math.isqrt(2**127), math.isqrt(12345678987654321**2 - 1), math.isqrt(True))
        print(math.comb(5, 2), math.comb(5, 7), math.comb(0, 0), math.comb(10**20, 2), math.comb(10**20, 3), math.comb(52, 5), math.comb(100, 50), math.comb(3000, 1500) % 10**9)
        print(math.perm(5), math.perm(5, 2), math.perm(5, None), math.perm(5, 7), math.perm(5, 0), math.perm(10**20, 2), math.perm(5, 10**30), math.comb(5, 10**30))
        class Idx:
            def __index__(self): return 6
        print(math.factorial(Idx()), math.gcd(Idx(), 4), math.comb(Idx(), 2), math.isqrt(Idx()))
        for f in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.factorial(5.0), lambda: math.factorial('a'), lambda: math.factorial(10**30),
                  lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.gcd(2.0, 4), lambda: math.lcm(2.0), lambda: math.gcd(x=1),
                  lambda: math.comb(-1, 2), lambda: math.comb(5, -2), lambda: math.comb(5.0, 2), lambda: math.comb(10**20, 10**19), lambda: math.comb(1),
                  lambda: math.perm(-5, 2), lambda: math.perm(10**30, 10**25), lambda: math.perm(), lambda: math.perm(1, 2, 3), lambda: math.factorial()]:
            show(f)
        """#, #"""
        0 5 6 2 0 2 1208925819614629174706176 1
        1 60 0 12 300000000000000000000 7
        1 1 3628800 2432902008176640000 265252859812191058636308480000000 1 0
        0 4 4 5 100000000000000000000 13043817825332782212 12345678987654320 1
        10 0 1 4999999999999999999950000000000000000000 166666666666666666661666666666666666666700000000000000000000 2598960 100891344545564193334812497256 749622656
        120 20 120 0 1 9999999999999999999900000000000000000000 0 0
        720 2 15 2
        ValueError factorial() not defined for negative values
        TypeError 'float' object cannot be interpreted as an integer
        TypeError 'float' object cannot be interpreted as an integer
        TypeError 'str' object cannot be interpreted as an integer
        OverflowError factorial() argument should not exceed 9223372036854775807
        ValueError isqrt() argument must be nonnegative
        TypeError 'float' object cannot be interpreted as an integer
        TypeError 'float' object cannot be interpreted as an integer
        TypeError 'float' object cannot be interpreted as an integer
        TypeError math.gcd() takes no keyword arguments
        ValueError n must be a non-negative integer
        ValueError k must be a non-negative integer
        TypeError 'float' object cannot be interpreted as an integer
        OverflowError min(n - k, k) must not exceed 9223372036854775807
        TypeError comb expected 2 arguments, got 1
        ValueError n must be a non-negative integer
        OverflowError k must not exceed 9223372036854775807
        TypeError perm expected at least 1 argument, got 0
        TypeError perm expected at most 2 arguments, got 3
        TypeError math.factorial() takes exactly one argument (0 given)
        """#)
    }

    func testTutorLimits() {
        expectContainerOutput(#"""
        import math
        print(len(str(math.factorial(1000))), math.factorial(1500) % 1000003)
        """#, #"""
        2568 526608
        """#)
    }

    func testSumsAndProducts() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        import math
        print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 'a']), math.prod(['a', 2]), math.prod([1, 2], start=3), math.prod(range(1, 21)), math.prod([0.5, 4]), math.prod([], start='x'))
        print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e-16, 1, 1e16]), math.fsum([1e308, -1e308, 1]), math.fsum([]), math.fsum(range(5)), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([-math.inf, -math.inf]))
        print(math.fsum([1, 1e100, 1, -1e100] * 10000), math.fsum([2.0**53, 1.0, 2.0**-60]), math.fsum((x / 7 for x in range(100))))
        show(lambda: math.fsum([1e308, 1e308]))
        show(lambda: math.fsum([math.inf, -math.inf]))
        show(lambda: math.fsum(['a']))
        show(lambda: math.fsum([10**400]))
        show(lambda: math.fsum(5))
        show(lambda: math.fsum())
        show(lambda: math.prod([1, 2], 3))
        show(lambda: math.prod())
        show(lambda: math.prod(x=1))
        show(lambda: math.prod(iterable=[1]))
        """#, #"""
        24 1 aa aa 6 2432902008176640000 2.0 x
        1.0 0.9999999999999999 1.0000000000000002e+16 1.0 0.0 10.0 inf nan -inf
        20000.0 9007199254740994.0 707.1428571428571
        OverflowError intermediate overflow in fsum
        ValueError -inf + inf in fsum
        TypeError must be real number, not str
        OverflowError int too large to convert to float
        TypeError 'int' object is not iterable
        TypeError math.fsum() takes exactly one argument (0 given)
        TypeError prod() takes exactly 1 positional argument (2 given)
        TypeError prod() takes exactly 1 positional argument (0 given)
        TypeError prod() takes exactly 1 positional argument (0 given)
        TypeError prod() takes exactly 1 positional argument (0 given)
        """#)
    }

    func testGammaFunctions() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        import math
        for x in [0.5, 1.5, 2.5, 3.3, 7.1, 10, 22.5, 100.3, 141.2, 171.6, -0.5, -2.7, -100.5, -201.5, 1e-21, 2.0000001]:
            print(x, math.gamma(x), math.lgamma(x))
        print(math.erf(1), math.erfc(1), math.erf(-0.5), math.erfc(10), math.gamma(math.inf), math.lgamma(-math.inf))
        for f in [lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.gamma(-math.inf), lambda: math.gamma(200), lambda: math.lgamma(0), lambda: math.lgamma(-2), lambda: math.lgamma(1e308)]:
            show(f)
        """#, #"""
        0.5 1.7724538509055159 0.5723649429247004
        1.5 0.886226925452758 -0.12078223763524543
        2.5 1.3293403881791372 0.2846828704729196
        3.3 2.6834373819557675 0.9870985778947339
        7.1 868.9568588006397 6.767293479384769
        10 362880.0 12.801827480081467
        22.5 2.382801594464184e+20 46.919978795808774
        100.3 3.711481867182676e+156 360.51470572905816
        141.2 3.619988814401909e+241 556.2094783474536
        171.6 1.5858969096672563e+308 709.6573587630564
        -0.5 -3.544907701811032 1.265512123484645
        -2.7 -0.931082784838964 -0.07140708531564521
        -100.5 -3.353690819807678e-159 -364.90096830942736
        -201.5 0.0 -870.0440772520664
        1e-21 1.0000000000000001e+21 48.35428695287496
        2.0000001 1.0000000422784376 4.227843697357514e-08
        0.8427007929497149 0.15729920705028513 -0.5204998778130465 2.088487583762545e-45 inf inf
        ValueError math domain error
        ValueError math domain error
        ValueError math domain error
        OverflowError math range error
        ValueError math domain error
        ValueError math domain error
        OverflowError math range error
        """#)
    }

    /// The tutor refuses results CPython would spend minutes on (see MathModule.factorialLimit).
    func testTutorRefusesHugeResults() {
        let r = runContainerSnippet("""
        import math
        for f in [lambda: math.factorial(20001), lambda: math.factorial(10**30), lambda: math.perm(20001),
                  lambda: math.comb(10**7, 5 * 10**6), lambda: math.comb(2**3000, 1000), lambda: math.perm(10**6, 10**5)]:
            try:
                f()
            except OverflowError as e:
                print(e)
        """)
        XCTAssertEqual(r.stdout, """
        factorial() argument should not exceed 20000
        factorial() argument should not exceed 9223372036854775807
        perm() result would be too large for the tutor
        comb() result would be too large for the tutor
        comb() result would be too large for the tutor
        perm() result would be too large for the tutor

        """)
    }

    /// Native loops over huge iterables still stop at the time limit.
    func testLongNativeLoopsHonourTimeLimit() {
        for source in ["import math\nmath.fsum(range(10**15))", "import math\nmath.prod(range(1, 10**15))"] {
            let r = runContainerSnippetLimited(source, timeLimit: 0.3)
            XCTAssertTrue(r.stderr.contains("time limit exceeded"), r.stderr)
        }
    }
}
