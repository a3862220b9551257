# Integration: nested lists as matrices.
def make(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]
def identity(n):
    m = make(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def transpose(m):
    return [list(row) for row in zip(*m)]
def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(width) for v in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a)
show(transpose(a))
show(multiply(a, b))
show(multiply(identity(2), multiply(a, b)))
print(multiply(identity(3), b) == b)
def power(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = multiply(result, m)
        m = multiply(m, m)
        n >>= 1
    return result
fib = power([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
grid = make(3, 4, ".")
grid[1][2] = "#"
grid[0][0] = "@"
print("\n".join("".join(r) for r in grid))
flat = [v for row in a for v in row]
print(flat, sum(flat), [flat[i:i + 2] for i in range(0, len(flat), 2)])
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
show(rotate(a))
show(rotate(rotate(a)))
spiral = []
m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
while m:
    spiral.extend(m.pop(0))
    m = [list(r) for r in zip(*m)][::-1]
print(spiral)
print(sum(map(sum, a)), [sum(col) for col in zip(*a)], max(max(r) for r in b))
