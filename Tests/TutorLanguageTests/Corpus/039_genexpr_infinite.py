# Generator expressions and infinite generators with break.
squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(11)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "generator"), reverse=True))
print(tuple(x for x in range(10) if x % 3 == 0))
print(list((i, j) for i in range(3) for j in range(i)))
print(",".join(str(n) for n in range(5)))
print(any(x > 8 for x in range(10)), all(x < 8 for x in range(10)))
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        print("first square over 50 from", n)
        break
def take(n, it):
    result = []
    for x in it:
        if len(result) == n:
            break
        result.append(x)
    return result
print(take(5, naturals(10)))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens))
print(take(3, evens))
def cycle(seq):
    while True:
        for item in seq:
            yield item
print(take(7, cycle("ab")))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(6)), len(list(collatz(27))))
x = 100
gen = (x + i for i in range(3))
x = 200
print(list(gen))
data = [1, 2, 3]
lazy = (v * 10 for v in data)
data.append(4)
print(list(lazy))
pipeline = (s.upper() for s in (w.strip() for w in [" a ", "b ", " c"]) if s)
print(list(pipeline))
gen2 = (1 / v for v in [1, 0])
print(next(gen2))
try:
    next(gen2)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
