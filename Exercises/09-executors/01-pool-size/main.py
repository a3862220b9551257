import concurrent.futures
import time


def brew(drink):
    time.sleep(1)
    return drink + " ready"


orders = ["latte", "tea", "mocha", "chai", "espresso"]

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(brew, orders))

print(results)
