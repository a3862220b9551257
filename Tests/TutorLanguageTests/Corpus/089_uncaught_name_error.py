# Uncaught NameError: name 'y' is not defined.
x = 10
def compute():
    print("x is", x)
    return x + y
print("before compute")
compute()
print("never printed")
