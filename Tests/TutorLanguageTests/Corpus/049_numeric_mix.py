# Mixed int/float/bool arithmetic, comparisons, None.
print(True + True, True * 10, False - 1, True / 2, -True)
print(sum([True, False, True, True]), True == 1, False == 0, True == 1 == 1.0)
print(1 + 2.0, 3 * 1.5, 7 - 0.5, type(1 + 2.0).__name__)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 10 ** 20 < 1e21, 2 ** 64 == 2.0 ** 64)
print(0.5 < 1 < 1.5, -1 < -0.5 < 0 == 0.0)
print(max(1, 2.0), min(1.0, 1), max(True, 0), max(2, 2.0))
print(abs(-3), abs(-3.5), abs(True), abs(-0.0))
print(1 / 4, 3 / 1, 0 / 5, -0 / 5, 0.0 / -5)
print(int(True) + float(False), str(True), repr(False))
print(None, repr(None), str(None), type(None).__name__)
print(None == None, None is None, None == 0, None == False, None == "")
print(bool(None), bool(0), bool(0.0), bool(-1), bool(1e-300))
x = None
print(x is None, x is not None, not x)
def f():
    pass
print(f() is None)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 < "1"
except TypeError as e:
    print("TypeError:", e)
print(True and 3, False or 2.5, 0.0 or None)
print(3 * True + 2 * False, True << 3, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + 0).__name__)
print(hash(True) == hash(1), {1: "int", True: "bool"})
print({0: "a", 0.0: "b", False: "c"})
print(float(1) == 1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(3 ** 2, 3.0 ** 2, 4 ** 0.5, (-8) ** 2, 2 ** -2, type(2 ** -2).__name__)
print(10 % 3.5, 2 ** 0, 0 ** 0, 0.0 ** 0)
print(divmod(7, 2.5), pow(2, 0.5))
print(1.0.is_integer(), (2.5).is_integer(), (7).bit_length())
