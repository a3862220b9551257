# int() and float() from strings, with bases.
print(int("42"), int("  42  "), int("-17"), int("+8"), int("\t\n5\n"))
print(int("1_000"), int("0"), int("-0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("Zz", 36), int("10", 3), int("-101", 2))
print(int(3.9), int(-3.9), int(True), int(False), int(1e10))
print(int("12345678901234567890"))
print(float("3.14"), float("  -2.5  "), float("1e3"), float("inf"), float("-inf"), float("nan"))
print(float("1_000.5"), float(".5"), float("5."), float(7), float("-0"))
print(float("Infinity"), float("+1E-2"))
for bad in ["abc", "", "1.5", "12a", "0x10", " ", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad, base in [("9", 8), ("2", 2), ("g", 16)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["x", "1.2.3", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(str(255), str(-0), str(10 ** 25), repr(12))
