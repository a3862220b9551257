# Uncaught IndexError: list index out of range.
queue = ["a", "b", "c"]
for i in range(3):
    print("item", i, queue[i])
def last_plus_one(items):
    return items[len(items)]
print("about to index past the end")
print(last_plus_one(queue))
print("never printed")
