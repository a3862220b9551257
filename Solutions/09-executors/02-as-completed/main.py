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
    ready = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(orders)) as pool:
        futures = [pool.submit(brew, drink, seconds) for drink, seconds in orders]
        for future in concurrent.futures.as_completed(futures):
            drink = future.result()
            print(drink, "is ready")
            ready.append(drink)
    return ready


if __name__ == "__main__":
    print(serve_as_ready([("latte", 3), ("espresso", 1), ("tea", 2)]))
