# Chained and augmented assignment, including on attributes and subscripts.
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
class Box:
    pass
box = Box()
box.count = 10
box.count += 5
box.count -= 3
box.count *= 2
box.count //= 5
box.count **= 3
box.count %= 7
print(box.count)
box.items = [1]
alias = box.items
box.items += [2, 3]
print(box.items, alias, alias is box.items)
box.name = "ab"
box.name *= 3
print(box.name)
d = {"k": 1}
d["k"] += 10
d["new"] = d.get("new", 0) + 1
d["new"] <<= 4
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[0][1] -= 2
print(grid)
t = (1, 2)
orig = t
t += (3,)
print(t, orig, t is orig)
s = "x"
s += "y"
print(s)
n = 5
n /= 2
print(n)
m = 0b1100
m &= 0b1010
print(m)
m |= 1
m ^= 0b11
m >>= 1
print(m)
counter = {}
for ch in "banana":
    counter[ch] = counter.get(ch, 0) + 1
print(counter)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
p = q = r = "same"
print(p is q is r)
calls = []
def key():
    calls.append("key")
    return 0
arr = [5]
arr[key()] += 1
print(arr, calls)
