# Comparison chains, membership and identity.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5)
print(x == 5 == 5.0, 3 != 4 != 3)
def val(v):
    print("eval", v)
    return v
print(val(1) < val(2) < val(0) < val(5))
print(val(3) < val(2) < val(5))
print(1 in [1, 2], 3 not in [1, 2], "ell" in "hello", "z" not in "hello")
print(2 in {1: "a", 2: "b"}, "a" in {1: "a"})
print(3 in range(5), 7 in range(0, 10, 2), (1, 2) in [(1, 2)])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, None is not None)
print(True is True, type(True) is bool)
print(x is not None and x == 5)
print(not x is None)
print([] == [], {} == {}, () == ())
print(1 == 1.0, 1 == True, 0 == False, "1" == 1)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9])
print("abc" < "abd", "Z" < "a", "" < "a")
print(1 < 2.5 < 3, -1 < 0.0)
print(None == 0, None == None)
print(1 < 3 in [3])
print(float("nan") == float("nan"))
n = float("nan")
print(n is n, n == n, n in [n])
