import XCTest
@testable import TutorLanguage

/// int, bool and float methods.
/// Expected output was produced by CPython 3.11 running the same snippets.
final class NumberMethodTests: XCTestCase {
    func testIntBits() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        for n in [0, 1, 5, -5, 255, -256, 2**63, -2**63, 2**100 + 1, True, False]:
            print(n, n.bit_length(), n.bit_count())
        show(lambda: (1).bit_length(1))
        show(lambda: int.bit_length())
        show(lambda: int.bit_length('a'))
        """#, #"""
        0 0 0
        1 1 1
        5 3 2
        -5 3 2
        255 8 8
        -256 9 1
        9223372036854775808 64 1
        -9223372036854775808 64 1
        1267650600228229401496703205377 101 2
        True 1 1
        False 0 0
        TypeError int.bit_length() takes no arguments (1 given)
        TypeError unbound method int.bit_length() needs an argument
        TypeError descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object
        """#)
    }

    func testIntToFromBytes() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='little'), (1).to_bytes(), (0).to_bytes(0, 'big'))
        print((-1).to_bytes(2, 'big', signed=True), (-256).to_bytes(2, 'little', signed=True), (127).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True))
        print((2**64 + 5).to_bytes(9, 'big'), (-(2**70)).to_bytes(10, 'big', signed=True), (0).to_bytes(2, 'big', signed=True), (1).to_bytes(length=2, byteorder='little', signed=None))
        print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\xff\x7f', 'little', signed=True))
        print(int.from_bytes([1, 2], 'big'), int.from_bytes(b''), int.from_bytes(b'\x01'), int.from_bytes(bytes=b'\x00\x01', byteorder='little'), bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00'))
        print(int.from_bytes((2**80 - 1).to_bytes(10, 'big'), 'big') == 2**80 - 1, int.from_bytes((-12345).to_bytes(5, 'little', signed=True), 'little', signed=True))
        show(lambda: (1024).to_bytes(1, 'big'))
        show(lambda: (-1).to_bytes(2, 'big'))
        show(lambda: (128).to_bytes(1, 'big', signed=True))
        show(lambda: (-129).to_bytes(1, 'big', signed=True))
        show(lambda: (-1).to_bytes(0, 'big', signed=True))
        show(lambda: (1).to_bytes(2, 'middle'))
        show(lambda: (1).to_bytes(-1, 'big'))
        show(lambda: (1).to_bytes(10**20))
        show(lambda: (1).to_bytes(2.0))
        show(lambda: (1).to_bytes(2, byteorder=5))
        show(lambda: (1).to_bytes(1, 'big', 5))
        show(lambda: (1).to_bytes(1, 'big', length=1))
        show(lambda: (1).to_bytes(1, 'big', signed=True, x=1))
        show(lambda: (1).to_bytes(1, 'big', foo=1))
        show(lambda: int.from_bytes())
        show(lambda: int.from_bytes(5, 'big'))
        show(lambda: int.from_bytes('ab', 'big'))
        show(lambda: int.from_bytes([256], 'big'))
        show(lambda: int.from_bytes(b'', 'big', 1))
        """#, #"""
        b'\x04\x00' b'\x00\x04' b'\x00\x04\x00\x00' b'\x01' b''
        b'\xff\xff' b'\x00\xff' b'\x7f' b'\x80'
        b'\x01\x00\x00\x00\x00\x00\x00\x00\x05' b'\xff\xc0\x00\x00\x00\x00\x00\x00\x00\x00' b'\x00\x00' b'\x01\x00'
        1024 4 -1 32767
        258 0 1 256 True False
        True -12345
        OverflowError int too big to convert
        OverflowError can't convert negative int to unsigned
        OverflowError int too big to convert
        OverflowError int too big to convert
        b''
        ValueError byteorder must be either 'little' or 'big'
        ValueError length argument must be non-negative
        OverflowError Python int too large to convert to C ssize_t
        TypeError 'float' object cannot be interpreted as an integer
        TypeError to_bytes() argument 'byteorder' must be str, not int
        TypeError to_bytes() takes at most 2 positional arguments (3 given)
        TypeError argument for to_bytes() given by name ('length') and position (1)
        TypeError to_bytes() takes at most 3 arguments (4 given)
        TypeError 'foo' is an invalid keyword argument for to_bytes()
        TypeError from_bytes() missing required argument 'bytes' (pos 1)
        TypeError cannot convert 'int' object to bytes
        TypeError cannot convert 'str' object to bytes
        ValueError bytes must be in range(0, 256)
        TypeError from_bytes() takes at most 2 positional arguments (3 given)
        """#)
    }

    func testIntConversions() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        print((5).as_integer_ratio(), True.as_integer_ratio(), (-7).conjugate(), True.conjugate(), (2**70).as_integer_ratio())
        print((5).__index__(), True.__index__(), True.__int__(), (5).__float__(), True.__float__(), (-5).__abs__(), True.__neg__(), True.__pos__(), (5).__invert__(), (0).__bool__(), (3).__bool__())
        print((5).__trunc__(), True.__floor__(), (5).__ceil__(), (15).__round__(-1), (25).__round__(-1), (5).__round__(), (123).__round__(2))
        show(lambda: (5).__round__(None))
        print((-5).__hash__(), (2**64).__hash__(), (-1).__hash__(), (5).__repr__(), True.__repr__(), int.__repr__(True), (255).__format__('x'), (5).__format__(''), True.__format__(''), True.__format__('d'))
        show(lambda: (10**400).__float__())
        show(lambda: (5).__round__('a'))
        show(lambda: (5).__round__(1, 2))
        show(lambda: (5).__round__(ndigits=1))
        show(lambda: (1).__format__(5))
        show(lambda: (1).__format__())
        show(lambda: (5).__neg__(1))
        show(lambda: (5).__trunc__(1))
        """#, #"""
        (5, 1) (1, 1) -7 1 (1180591620717411303424, 1)
        5 1 1 5.0 1.0 5 -1 1 -6 False True
        5 1 5 20 20 5 123
        TypeError 'NoneType' object cannot be interpreted as an integer
        -5 8 -2 5 True 1 ff 5 True 1
        OverflowError int too large to convert to float
        TypeError 'str' object cannot be interpreted as an integer
        TypeError __round__ expected at most 1 argument, got 2
        TypeError int.__round__() takes no keyword arguments
        TypeError __format__() argument must be str, not int
        TypeError int.__format__() takes exactly one argument (0 given)
        TypeError expected 0 arguments, got 1
        TypeError int.__trunc__() takes no arguments (1 given)
        """#)
    }

    func testIntArithmeticDunders() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        print((5).__add__(3), int.__add__(5, 3), (5).__radd__(3), (5).__sub__(True), (5).__rsub__(2), (5).__mul__(2**70), (5).__rmul__(-1))
        print((5).__truediv__(2), (5).__rtruediv__(2), (7).__floordiv__(-2), (7).__rfloordiv__(100), (5).__mod__(-3), (5).__rmod__(17), (5).__divmod__(3), (5).__rdivmod__(17))
        print((2).__pow__(10), (2).__pow__(-1), (2).__pow__(3, 5), (5).__rpow__(2), (5).__rpow__(2, 3), int.__pow__(2, 3, None), (2).__pow__(-1, 5))
        print((5).__lshift__(2), (5).__rlshift__(2), (-20).__rshift__(2), (5).__rrshift__(64), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__rand__(3), (6).__ror__(1), (6).__rxor__(6))
        print((5).__add__(3.0), (5).__add__('a'), (5).__pow__(2.0), (5).__or__(2.0), (5).__mul__([1]), (5).__pow__(2, 3.0))
        print(True.__and__(True), True.__and__(1), True.__or__(False), True.__xor__(True), True.__rand__(0), False.__ror__(False), True.__rxor__(2), True.__add__(True), True.__and__(1.0))
        print((5).__eq__(5), (5).__eq__(5.0), (5).__ne__(6), (1).__lt__(2), (1).__le__(True), (3).__gt__(2**70), (3).__ge__('a'), (2**70).__eq__(2**70))
        show(lambda: (5).__truediv__(0))
        show(lambda: (5).__floordiv__(0))
        show(lambda: (5).__mod__(0))
        show(lambda: (5).__lshift__(-1))
        show(lambda: (2).__pow__(3, 0))
        show(lambda: (2).__pow__())
        show(lambda: (2).__pow__(1, 2, 3))
        show(lambda: (5).__add__())
        show(lambda: (5).__add__(x=1))
        show(lambda: int.__add__('a', 1))
        show(lambda: int.__add__())
        show(lambda: bool.__and__(1, 1))
        """#, #"""
        8 8 8 4 -3 5902958103587056517120 -5
        2.5 0.4 -4 14 -1 2 (1, 2) (3, 2)
        1024 0.5 3 32 2 8 3
        20 64 -5 2 2 7 5 2 7 0
        NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
        True 1 True False 0 False 3 2 NotImplemented
        True NotImplemented True True True False NotImplemented True
        ZeroDivisionError division by zero
        ZeroDivisionError integer division or modulo by zero
        ZeroDivisionError integer modulo by zero
        ValueError negative shift count
        ValueError pow() 3rd argument cannot be 0
        TypeError  expected at least 1 argument, got 0
        TypeError  expected at most 2 arguments, got 3
        TypeError expected 1 argument, got 0
        TypeError wrapper __add__() takes no keyword arguments
        TypeError descriptor '__add__' requires a 'int' object but received a 'str'
        TypeError descriptor '__add__' of 'int' object needs an argument
        TypeError descriptor '__and__' requires a 'bool' object but received a 'int'
        """#)
    }

    func testFloatMethods() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        print((1.5).is_integer(), (2.0).is_integer(), float('inf').is_integer(), float('nan').is_integer(), (-0.0).is_integer())
        print((0.75).as_integer_ratio(), (-0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[1] == 2**1074, (2.0**60).as_integer_ratio())
        for x in [1.0, -0.1, 0.0, -0.0, 3.5, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 0.1 + 0.2]:
            print(x.hex(), float.fromhex(x.hex()) == x or x != x)
        for s in ['0x1.8p1', '-0x1p-1074', 'inf', '-Infinity', 'nan', ' 0X1.FFFFFFFFFFFFFp+1023 ', '0x.8', '1', 'a', '0x1.0000000000000fp0', '0x1p-1075', '0x3p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0', '+0x0p5', '0x1P+3', '0x10p-4', '000.000']:
            print(repr(s), float.fromhex(s))
        print(float.fromhex('0x0.' + '1' * 5000), float.fromhex('0x' + '1' * 200 + 'p-790'), float.fromhex('0x1.' + '0' * 5000 + '1p0'), float.fromhex('0x0.' + '0' * 300 + '1p1200'), float.fromhex('0x1.00000000000008' + '0' * 40 + '1p0'))
        print(float.fromhex('0x' + 'f' * 256 + 'p-1024'), float.fromhex('-0x' + '0' * 1000 + '.8'), float.fromhex('0x1p+99999999999999999999999') if False else 'skip')
        show(lambda: float.fromhex('0x1p99999999999999999999'))
        print(float.fromhex('0x1p-99999999999999999999'))
        show(lambda: float.fromhex('0x1p1024'))
        show(lambda: float.fromhex('0x1.fffffffffffffffp1023'))
        show(lambda: float.fromhex('zz'))
        show(lambda: float.fromhex('0x1p'))
        show(lambda: float.fromhex('0x'))
        show(lambda: float.fromhex('1.2.3'))
        show(lambda: float.fromhex(5))
        show(lambda: float.fromhex())
        show(lambda: float('inf').as_integer_ratio())
        show(lambda: float('nan').as_integer_ratio())
        show(lambda: (1.5).is_integer(1))
        show(lambda: float.is_integer(1))
        """#, #"""
        False True False False True
        (3, 4) (-3602879701896397, 36028797018963968) (0, 1) 1 True (1152921504606846976, 1)
        0x1.0000000000000p+0 True
        -0x1.999999999999ap-4 True
        0x0.0p+0 True
        -0x0.0p+0 True
        0x1.c000000000000p+1 True
        0x1.7e43c8800759cp+996 True
        0x0.0000000000001p-1022 True
        0x1.0000000000000p-1022 True
        0x1.fffffffffffffp+1023 True
        inf True
        -inf True
        nan True
        0x1.3333333333334p-2 True
        '0x1.8p1' 3.0
        '-0x1p-1074' -5e-324
        'inf' inf
        '-Infinity' -inf
        'nan' nan
        ' 0X1.FFFFFFFFFFFFFp+1023 ' 1.7976931348623157e+308
        '0x.8' 0.5
        '1' 1.0
        'a' 10.0
        '0x1.0000000000000fp0' 1.0000000000000002
        '0x1p-1075' 0.0
        '0x3p-1076' 5e-324
        '0x1.00000000000008p0' 1.0
        '0x1.00000000000018p0' 1.0000000000000004
        '+0x0p5' 0.0
        '0x1P+3' 8.0
        '0x10p-4' 1.0
        '000.000' 0.0
        0.06666666666666667 68.26666666666667 1.0 0.0625 1.0000000000000002
        1.0 -0.5 skip
        OverflowError hexadecimal value too large to represent as a float
        0.0
        OverflowError hexadecimal value too large to represent as a float
        OverflowError hexadecimal value too large to represent as a float
        ValueError invalid hexadecimal floating-point string
        ValueError invalid hexadecimal floating-point string
        ValueError invalid hexadecimal floating-point string
        ValueError invalid hexadecimal floating-point string
        TypeError bad argument type for built-in operation
        TypeError float.fromhex() takes exactly one argument (0 given)
        OverflowError cannot convert Infinity to integer ratio
        ValueError cannot convert NaN to integer ratio
        TypeError float.is_integer() takes no arguments (1 given)
        TypeError descriptor 'is_integer' for 'float' objects doesn't apply to a 'int' object
        """#)
    }

    func testFloatDunders() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        print((1.5).conjugate(), (2.7).__trunc__(), (-2.7).__trunc__(), (-2.7).__floor__(), (-2.7).__ceil__(), (2.7).__int__(), (1e20).__int__(), (1.5).__float__(), (1.5).__bool__(), (0.0).__bool__())
        print((2.5).__round__(), (3.5).__round__(), (2.5).__round__(None), (2.675).__round__(2), (2.5).__round__(0), (1234.5).__round__(-2), (-1.5).__abs__(), (1.5).__neg__(), (1.5).__pos__())
        print((1.5).__hash__() == hash(1.5), (-1.5).__hash__(), (-0.1).__hash__(), (2.0).__hash__(), (1.5).__repr__(), (1e16).__repr__(), (1.5).__format__('.2f'), (1.5).__format__(''))
        print((1.5).__add__(1), (1.5).__radd__(True), (1.5).__sub__(0.5), (1.5).__rsub__(2), (1.5).__mul__(2), (1.5).__truediv__(2), (1.5).__rtruediv__(3), (7.5).__floordiv__(2), (7.5).__mod__(-2), (7.5).__rmod__(20))
        print((5.5).__divmod__(2), (5.5).__rdivmod__(2), (2.0).__pow__(10), (2.0).__rpow__(3), (2.0).__pow__(0.5), (1.5).__add__('a'), (1.5).__pow__([]))
        print((1.5).__eq__(1.5), (1.0).__eq__(1), (1.5).__lt__(2), (1.5).__ge__(2**70), (1.5).__lt__('a'), (1.5).__ne__(1.5))
        show(lambda: float('nan').__floor__())
        show(lambda: float('inf').__ceil__())
        show(lambda: float('nan').__int__())
        show(lambda: float('inf').__round__())
        show(lambda: (1.5).__radd__(2**1100))
        show(lambda: (1.5).__truediv__(0))
        show(lambda: (1.5).__mod__(0))
        show(lambda: (1.5).__floordiv__(0.0))
        show(lambda: (1.5).__divmod__(0))
        show(lambda: (5.0).__pow__(2, 3))
        show(lambda: (0.0).__pow__(-1))
        show(lambda: (2.5).__round__(1.0))
        show(lambda: (5.5).__round__(ndigits=1))
        show(lambda: (5.0).__trunc__(1))
        show(lambda: float.__add__(5, 1))
        """#, #"""
        1.5 2 -2 -3 -2 2 100000000000000000000 1.5 True False
        2 4 2 2.67 2.0 1200.0 1.5 -1.5 1.5
        True -1152921504606846977 -230584300921369408 2 1.5 1e+16 1.50 1.5
        2.5 2.5 1.0 0.5 3.0 0.75 2.0 3.0 -0.5 5.0
        (2.0, 1.5) (0.0, 2.0) 1024.0 9.0 1.4142135623730951 NotImplemented NotImplemented
        True True True False NotImplemented False
        ValueError cannot convert float NaN to integer
        OverflowError cannot convert float infinity to integer
        ValueError cannot convert float NaN to integer
        OverflowError cannot convert float infinity to integer
        OverflowError int too large to convert to float
        ZeroDivisionError float division by zero
        ZeroDivisionError float modulo
        ZeroDivisionError float floor division by zero
        ZeroDivisionError float divmod()
        TypeError pow() 3rd argument not allowed unless all arguments are integers
        ZeroDivisionError 0.0 cannot be raised to a negative power
        TypeError 'float' object cannot be interpreted as an integer
        TypeError float.__round__() takes no keyword arguments
        TypeError float.__trunc__() takes no arguments (1 given)
        TypeError descriptor '__add__' requires a 'float' object but received a 'int'
        """#)
    }
}
