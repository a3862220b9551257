# Conditional expressions and lambdas.
for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(square.__name__)
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(list(filter(lambda v: v % 2, range(10))))
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
cond = lambda v: ("T" if v else "F")
print(cond(0), cond([1]), cond(""), cond("x"))
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
