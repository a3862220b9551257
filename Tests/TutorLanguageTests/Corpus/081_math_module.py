# The math module functions allowed in the subset.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(144), math.sqrt(0.25))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(10), math.ceil(1e20))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
print(math.gcd(48, 18), math.gcd(0, 0), math.factorial(0), math.factorial(10), math.factorial(20))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.fabs(-3), math.fabs(2.5), math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1))
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), math.log(1024, 2))
print(math.exp(0), math.exp(1), round(math.exp(2), 10))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), math.sin(math.pi))
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
print(math.inf > 10 ** 400, math.nan == math.nan, math.inf == float("inf"))
radius = 3
print("area %.4f circumference %.4f" % (math.pi * radius ** 2, 2 * math.pi * radius))
hyp = math.sqrt(3 ** 2 + 4 ** 2)
print(hyp, type(hyp).__name__)
print([math.floor(math.log(n, 2)) for n in [1, 2, 3, 4, 7, 8, 1000]])
print(math.gcd(2 ** 40, 3 ** 20 * 2 ** 10), math.factorial(30) % 1000007)
