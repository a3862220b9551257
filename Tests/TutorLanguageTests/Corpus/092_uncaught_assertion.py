# Uncaught AssertionError with a message.
def check_sorted(items):
    for a, b in zip(items, items[1:]):
        assert a <= b, f"not sorted: {a} > {b}"
    return True
print(check_sorted([1, 2, 3]))
print(check_sorted([]))
print("checking [1, 5, 4]")
check_sorted([1, 5, 4])
print("never printed")
