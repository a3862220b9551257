# Generators: suspending and resuming frames.
def numbers(n):
    for i in range(n):
        yield i

def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x

print(sum(evens(numbers(1_500_000))))
