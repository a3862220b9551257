# Deterministic hash() of ints and tuples; iter()/next() protocol details.
print(hash(0), hash(1), hash(-1), hash(42), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(10 ** 30))
print(hash(1.0), hash(2.5), hash(-0.0), hash(1.5) == hash(1.5))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))))
print(hash(None) == hash(None), hash(5) == hash(5.0), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 10
    def __eq__(self, other):
        return self.v == other.v
print(hash(Key(123)), len({Key(1), Key(11), Key(1)}))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
print(next(it))
print(list(it))
print(next(it, "done"))
d_it = iter({"a": 1, "b": 2})
print(next(d_it), next(d_it), next(d_it, None))
s_it = iter({3, 1, 2})
print(sorted([next(s_it), next(s_it), next(s_it)]))
r_it = iter(range(2))
print(next(r_it), next(r_it), next(r_it, -1))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
sentinel_iter = iter(tick, 4)
print(list(sentinel_iter))
it2 = iter("abc")
for ch in it2:
    if ch == "a":
        print("skipping", next(it2))
    else:
        print("loop", ch)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(30)
print(list(f), list(f), sum(f))
print(iter(it) is it)
