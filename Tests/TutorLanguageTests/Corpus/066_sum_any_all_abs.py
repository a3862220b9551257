# sum, any, all, abs, divmod, round, hex/bin/oct, chr/ord.
print(sum([1, 2, 3]), sum([]), sum(range(10), 100), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in [1, 5]), all(isinstance(x, int) for x in [1, 2, True]))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-10 ** 30), abs(False))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(0, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(round(3.7), round(-3.7), round(3.14159, 2), round(5), round(12345, -2))
print(hex(255), hex(-255), hex(0), bin(10), bin(-10), bin(0), oct(8), oct(-8))
print(int(hex(1000), 16), int(bin(77), 2), int(oct(99), 8))
print(chr(97), ord("a"), chr(ord("a") + 1), [chr(c) for c in range(65, 70)])
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(2.0, 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
scores = [88, 92, 79, 65, 95]
print(sum(scores) / len(scores), max(scores) - min(scores), sum(s >= 80 for s in scores))
