# list methods.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
print(a)
print(a.pop(), a.pop(0), a.pop(-2))
print(a)
a = [x for x in a if isinstance(x, int)]
a.remove(1)
print(a, a.index(4), a.index(1), a.count(1), a.count(7))
print(a.index(5, 2), a.index(5, -3))
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
b = [5, 2, 8, 1, 9]
b.sort()
print(b)
b.sort(reverse=True)
print(b)
words = ["banana", "Apple", "cherry", "date", "Elder"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
print(b.sort(), b)
c = [1, 2, 3]
c.reverse()
print(c, c.reverse(), c)
d = c.copy()
d.append(4)
print(c, d, d is c)
d.clear()
print(d, len(d))
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append("shared")
print(nested)
e = []
for i in range(5):
    e.append(i * i)
print(e, len(e), e[-1])
print(sorted([3, 1, 2]), list(reversed([1, 2, 3])))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
