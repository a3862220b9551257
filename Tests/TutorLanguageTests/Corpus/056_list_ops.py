# list operators, comparison, repr of nested and self-referencing lists.
a = [1, 2]
b = [3]
print(a + b, a * 3, [0] * 4, [] * 5, 2 * b)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100])
print([[1, [2, [3, []]]], "s", None, 1.5, True, (1,), {"k": [1]}])
print(repr([]), str([[], [[]]]), repr(["a'b", 'c"d']))
me = [1, 2]
me.append(me)
print(me, len(me), me[2] is me)
d = {"self": None}
d["self"] = d
print(d)
x = [[]] * 3
x[0].append(1)
print(x)
y = [[] for _ in range(3)]
y[0].append(1)
print(y)
lst = [1, 2, 3]
lst += [4]
lst *= 2
print(lst)
print(len([]), len([[]]), len([None] * 10))
print(3 in [1, 2, 3], [1] in [[1], [2]], 4 not in [1, 2])
print(list(range(5)), list("abc"), list((1, 2)), list({3: "x", 1: "y"}))
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
print(m)
print(sum([[1], [2, 3]], []))
print([1, 2, 3][1:] + [1, 2, 3][:1])
print(min([[2], [1, 9]]), max([[2], [1, 9]]))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][2]
except IndexError as e:
    print("IndexError:", e)
key = "0"
try:
    [1, 2][key]
except TypeError as e:
    print("TypeError:", e)
l2 = [5, 6, 7]
l2[-1] = 70
l2[0] += 50
print(l2)
try:
    l2[3] = 1
except IndexError as e:
    print("IndexError:", e)
print(list(enumerate(["a", "b"])))
