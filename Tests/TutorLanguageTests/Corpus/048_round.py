# round() with banker's rounding and float representation effects.
print(round(2.5), round(3.5), round(0.5), round(1.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2))
print(round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 2)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(7), round(-7), round(True))
print(round(1e20), round(1e20, 2))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(2.5000001), round(-0.4), round(-0.6))
for v in [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]:
    print(v, "->", round(v), end="; ")
print()
print(round(-0.0), round(0.49999999999999994))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(123.456, 1), round(-123.456, 1))
