# Uncaught ZeroDivisionError after some output.
def average(values):
    return sum(values) / len(values)
print("average of [1, 2, 3]:", average([1, 2, 3]))
print("average of [10]:", average([10]))
print("now averaging an empty list...")
print(average([]))
print("never printed")
