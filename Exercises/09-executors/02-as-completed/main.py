import concurrent.futures
import time


def brew(drink, seconds):
    time.sleep(seconds)
    return drink


def serve_as_ready(orders):
    """Brew every (drink, seconds) of `orders` concurrently in a thread pool.

    Print "NAME is ready" for each drink as soon as it is ready, and return the
    list of drinks in the order they became ready.
    """
    # TODO
    ready = []
    for drink, seconds in orders:
        ready.append(brew(drink, seconds))
        print(drink, "is ready")
    return ready


if __name__ == "__main__":
    print(serve_as_ready([("latte", 3), ("espresso", 1), ("tea", 2)]))
