# RecursionError caught, recursion limit adjusted, program continues.
import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print("continuing after RecursionError")
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(500))
old = sys.getrecursionlimit()
print("default limit", old)
sys.setrecursionlimit(1500)
print("new limit", sys.getrecursionlimit())
print(countdown(1200))
sys.setrecursionlimit(200)
try:
    countdown(500)
except RecursionError as e:
    print("with limit 200:", e)
print(countdown(100))
sys.setrecursionlimit(old)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion also raises RecursionError")
print(issubclass(RecursionError, RuntimeError))
class Node:
    def __init__(self, child=None):
        self.child = child
    def size(self):
        return 1 + (self.child.size() if self.child else 0)
chain = None
for _ in range(300):
    chain = Node(chain)
print(chain.size())
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
