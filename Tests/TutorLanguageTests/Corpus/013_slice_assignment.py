# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = "ABCDE"
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del a[::3]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = range(3)
print(b)
b[::-1] = b[:]
print(b)
c = [0] * 5
c[1:4] = [9] * 3
print(c)
c[:] = "hi"
print(c)
d = [1, 2, 3]
alias = d
d[:] = [7, 8]
print(alias, d is alias)
e = [1, 2, 3, 4]
e[1:1] = [10, 20]
print(e)
e[-2:] = []
print(e)
del e[:]
print(e)
f = list(range(8))
del f[5:1:-2]
print(f)
g = [[0] * 2] * 2
g[0][0] = 1
print(g)
