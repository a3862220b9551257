# // and % sign rules, divmod, with ints and floats.
for a in (7, -7):
    for b in (2, -2):
        print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}")
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(0 // 5, 0 % -5, -0 // 3)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 // 2.0, 7 % -2.5, divmod(-7.5, 2))
print(-10 ** 20 // 3, -10 ** 20 % 3, 10 ** 20 // -7, 10 ** 20 % -7)
print(divmod(-10 ** 20, 7), divmod(10 ** 20, -7))
print(-(2 ** 100) // (2 ** 50 + 1), -(2 ** 100) % (2 ** 50 + 1))
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(5 / 2, -5 / 2, 4 / 2, 1 / 3, 10 / 4)
print(type(4 / 2).__name__, type(4 // 2).__name__, type(4.0 // 2).__name__)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
print(-3 % 10, 13 % 10, -13 % -10)
print(2 ** 10 % 1000, -(2 ** 10) % 1000)
print(1e300 * 1e10 // 1, 5 % 3.0)
print((-9) // 4 * 4 + (-9) % 4)
