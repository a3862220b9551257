# Uncaught TypeError: a call is missing a required positional argument.
def f(a, b):
    return a * b
print(f(2, 3))
print(f(b=4, a=5))
args = [7]
print("calling f with", args)
print(f(*args))
print("never printed")
