# Uncaught RecursionError from unbounded recursion.
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(10))
def forever(n):
    return forever(n + 1) + 1
print("starting unbounded recursion")
forever(0)
print("never printed")
