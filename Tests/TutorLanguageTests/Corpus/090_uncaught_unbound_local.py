# Uncaught UnboundLocalError: assignment later in the function makes x local.
x = 5
def ok():
    return x + 1
def broken():
    print("inside broken")
    x += 1
    return x
print(ok())
broken()
print("never printed")
