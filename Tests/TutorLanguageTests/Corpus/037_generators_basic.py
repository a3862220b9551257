# Generators: yield, laziness, StopIteration, return value.
def count_up(n):
    print("generator started")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("generator finished")
g = count_up(2)
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "exhausted default"))
def with_return():
    yield 1
    yield 2
    return "the result"
gen = with_return()
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("return value:", e.value, e.args)
print(list(with_return()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), sum(evens(range(101))))
def pairs(s):
    for i, ch in enumerate(s):
        yield i, ch
print(dict(pairs("abc")))
def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup ran")
for item in gen_with_finally():
    print(item)
g2 = gen_with_finally()
print(next(g2))
g2.close()
print("closed")
def empty():
    return
    yield
print(list(empty()))
def lines():
    yield from "xy"
    yield "z"
print(list(lines()))
it = count_up(1)
print(iter(it) is it)
print(list(it))
def gen_raises():
    yield 1
    raise ValueError("from generator")
try:
    for v in gen_raises():
        print("got", v)
except ValueError as e:
    print("ValueError:", e)
