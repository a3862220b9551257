import multiprocessing


def add(x, y):
    return x + y


def square(n):
    return n * n


def add_all(pairs):
    """Return [add(x, y) for (x, y) in pairs], each sum computed in a worker
    process of a multiprocessing.Pool, submitted with apply_async."""
    # TODO
    return []


def square_all(numbers):
    """Return [square(n) for n in numbers], computed with a Pool's map."""
    # TODO
    return []


if __name__ == "__main__":
    print(add_all([(3, 4), (10, 20)]))
    print(square_all(range(6)))
