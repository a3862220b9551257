# Comprehension scoping: the loop variable does not leak.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
i = "outer i"
evens = {i for i in range(6) if i % 2 == 0}
print(sorted(evens), i)
k = "outer k"
d = {k: k * 2 for k in "ab"}
print(d, k)
g = list(y for y in range(3))
try:
    print(y)
except NameError as e:
    print("NameError:", e)
try:
    [leak for leak in range(2)]
    print(leak)
except NameError as e:
    print("NameError:", e)
factor = 10
print([v * factor for v in range(3)])
def func():
    base = 5
    return [base + n for n in range(3)]
print(func())
class Holder:
    items = [1, 2, 3]
    doubled = [n * 2 for n in items]
print(Holder.doubled)
def nested_scopes():
    result = []
    for outer_var in range(2):
        result.append([outer_var * 10 + inner for inner in range(2)])
    return result, outer_var
print(nested_scopes())
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs2 = [(lambda m: lambda: m)(n) for n in range(3)]
print([f() for f in funcs2])
total = 0
for n in [1, 2, 3]:
    total += n
print("regular for loop leaks n =", n, total)
z = [[z for z in range(2)] for z in range(3)]
print(z)
