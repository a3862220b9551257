# zfill, center/ljust/rjust, str.format.
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "3.14".zfill(7))
print("[" + "hi".center(6) + "]", "[" + "hi".center(7) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "left".ljust(8) + "]", "[" + "right".rjust(8) + "]", "[" + "x".ljust(3, ".") + "]")
print("[" + "toolong".center(3) + "]", "[" + "odd".center(6, "-") + "]")
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.125)]
for name, qty, price in rows:
    print(name.ljust(8) + str(qty).rjust(5) + ("%.2f" % price).rjust(8))
print("{} + {} = {}".format(1, 2, 1 + 2))
print("{0}{1}{0}".format("ab", "-"))
print("{x}/{y}".format(x=3, y=4), "{x}/{y}".format(**{"x": "a", "y": "b"}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:06.2f} {:+d} {:x} {:o} {:b} {:e}".format(3.14159, 5, 255, 8, 5, 1234.5))
print("{:,} {:.1%} {!r} {!s}".format(1234567, 0.1234, "s", "s"))
print("{0.real} {1[1]}".format(3, [7, 8]))
print("{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(2.718281, w=10, p=3))
p = {"name": "Zed", "langs": ["py", "swift"]}
print("{name} knows {langs[1]}".format(**p))
print(format(3.5, "08.2f"), format(12, "b"), format("x", "^5"), format(10 ** 6, ","))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
