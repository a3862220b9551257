# Uncaught user-defined exception class.
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item):
        super().__init__(f"{item} is out of stock")
stock = {"apple": 2, "pear": 0}
def take(item):
    if stock[item] <= 0:
        raise OutOfStock(item)
    stock[item] -= 1
    return item
print("took", take("apple"))
try:
    take("pear")
except InventoryError as e:
    print("handled once:", e)
print("trying again without a handler")
take("pear")
print("never printed")
