# Closures: counter factories and late binding.
def make_counter(start=0):
    count = start
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print("late binding:", [f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print("default capture:", [f() for f in funcs])
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_fixed():
    def factory(i):
        return lambda x: x * i
    return [factory(i) for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = bank(50)
print(dep(25), wd(100), wd(70), dep(1))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
