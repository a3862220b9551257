# global and nonlocal declarations.
count = 0
def increment():
    global count
    count += 1
    return count
increment()
increment()
print("count", count)
def read_only():
    return count * 10
print(read_only())
def shadow():
    count = 100
    return count
print(shadow(), count)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    print("before", x)
    inner()
    print("after", x)
outer()
def make_accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_accumulator()
print(acc(5), acc(10), acc(-3))
def levels():
    a = 1
    def mid():
        a = 2
        def deep():
            nonlocal a
            a += 10
            return a
        r = deep()
        return r, a
    res = mid()
    return res, a
print(levels())
value = "global"
def scopes():
    value = "enclosing"
    def inner():
        global value
        return value
    return inner()
print(scopes())
def multi():
    global g1, g2
    g1, g2 = 1, 2
multi()
print(g1 + g2)
