# if / elif / else and truthiness.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))
for value in [0, 1, "", "a", [], [0], {}, {"k": 0}, None, 0.0, -0.0, 1e-9, (), (None,), range(0), range(1)]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x: print("one-line if")
if not x:
    pass
elif x == 7:
    print("elif hit")
if x > 100:
    print("no")
print("done")
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizz(i) for i in range(1, 16)))
