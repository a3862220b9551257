import asyncio

menu = {'1': {'name': 'Americano', 'duration': 5},
        '2': {'name': 'Cappuccino', 'duration': 10},
        '3': {'name': 'Cheeseburger', 'duration': 20}}

coffee_machine_busy = False


async def coffee_machine(option):
    """The one coffee machine: one drink at a time. Do not change it."""
    global coffee_machine_busy
    if coffee_machine_busy:
        raise RuntimeError('the coffee machine is already making a drink!')
    coffee_machine_busy = True
    print('Starting to do', option['name'])
    await asyncio.sleep(option['duration'])
    print('Finished doing', option['name'])
    coffee_machine_busy = False


async def grill(option):
    """The grill is big: it can cook any number of cheeseburgers at once."""
    print('Starting to do', option['name'])
    await asyncio.sleep(option['duration'])
    print('Finished doing', option['name'])


coffee_machine_lock = asyncio.Lock()


async def worker(option):
    """Make one item: drinks on the coffee machine, the rest on the grill."""
    if option['name'] in ('Americano', 'Cappuccino'):
        async with coffee_machine_lock:
            await coffee_machine(option)
    else:
        await grill(option)


async def cashier(customer, order):
    """Make every item of `order` (e.g. '1 3') concurrently, then print
    'NAME is served'."""
    await asyncio.gather(*[worker(menu[item]) for item in order.split()])
    print(customer, 'is served')


async def open_cafe(customers):
    """Serve every (name, order) of `customers` concurrently."""
    await asyncio.gather(*[cashier(name, order) for name, order in customers])


if __name__ == '__main__':
    asyncio.run(open_cafe([('Kay', '1 3'), ('John', '2'), ('Skylar', '3')]))
