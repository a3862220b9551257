import asyncio
import time

menu = {'1': {'name': 'Americano', 'duration': 5},
        '2': {'name': 'Cappuccino', 'duration': 10},
        '3': {'name': 'Cheeseburger', 'duration': 20}}

auto_increment = 0


def worker(option):
    print('Starting to do', option['name'])
    time.sleep(option['duration'])
    print('Finished doing', option['name'])


def cashier(order):
    global auto_increment
    auto_increment += 1
    order_id = auto_increment
    start = time.time()
    print('Order number', order_id, 'please wait...')
    for item in order.split():
        worker(menu[item])
    print('Order', order_id, 'is ready after', round(time.time() - start), 'seconds')


async def main():
    print('Mac is open')
    cashier('1 2 3')


if __name__ == '__main__':
    asyncio.run(main())
