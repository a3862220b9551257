# Assignment expressions (walrus).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print(n)
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
print([(last := i) for i in range(3)], last)
def chunks(seq):
    it = iter(seq)
    out = []
    while (chunk := [v for _, v in zip(range(2), it)]):
        out.append(chunk)
    return out
print(chunks(range(7)))
print((z := 10) + z)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
if any((hit := v) > 5 for v in data):
    print("first above 5:", hit)
def f():
    if (local := 42):
        return local
print(f())
print(f"{(w := 7)} and {w * 2}")
