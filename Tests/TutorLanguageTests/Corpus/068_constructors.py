# str/int/float/bool/list/tuple/dict/set constructors and conversions.
print(str(), int(), float(), bool(), list(), tuple(), dict(), set(), frozenset())
print(repr(str(12)), repr(str(1.5)), str([1, "2"]), str({"a": (1,)}))
print(int("12"), int(12.9), int(-0.5), int("-0"), int(" 3 "), int("101", 2))
print(float("2"), float(3), float(" 1.5e2 "), float(True), float("-inf"))
print(bool(0), bool(1), bool(""), bool("False"), bool([]), bool([[]]), bool(None), bool(0.0), bool({}))
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list({"k": 1}.values()))
print(tuple([1, 2]), tuple("xy"), tuple(range(2)), tuple(x for x in "ab"))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict(zip("ab", [1, 2])), dict([[1, 2]]), dict({"x": 1}, y=2))
print(sorted(set([3, 1, 3])), set("aab") == {"a", "b"}, sorted(set(range(4))), set({1: "x"}))
original = [1, 2]
copy = list(original)
copy.append(3)
print(original, copy)
print(type(int("5")).__name__, type(str(5)).__name__, type(float(5)).__name__)
print(int(float("1e3")), float(int("7")), str(float("1")), int(str(42) + "0"))
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]])
print(bool.__name__, int.__name__, isinstance(bool(), int))
print(str(b"x"), str(None), str(True), str(-0.0))
print(int("0b101", 0), int("0o17", 0), int("0x1f", 0), int("42", 0))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
class Number:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __str__(self):
        return "seven"
n = Number()
print(int(n), float(n), str(n))
