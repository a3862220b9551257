import threading
import time

menu = {'1': {'name': 'Americano', 'duration': 5},
        '2': {'name': 'Cappuccino', 'duration': 10},
        '3': {'name': 'Cheeseburger', 'duration': 20}}

coffee_machine_busy = False


def coffee_machine(option):
    """There is only one coffee machine: it makes one drink at a time."""
    global coffee_machine_busy
    if coffee_machine_busy:
        raise RuntimeError('the coffee machine is already making a drink!')
    coffee_machine_busy = True
    print('Starting to do', option['name'])
    time.sleep(option['duration'])
    print('Finished doing', option['name'])
    coffee_machine_busy = False


def grill(option):
    print('Starting to do', option['name'])
    time.sleep(option['duration'])
    print('Finished doing', option['name'])


def worker(option):
    if option['name'] in ('Americano', 'Cappuccino'):
        coffee_machine(option)
    else:
        grill(option)


def cashier(order):
    tasks = []
    for item in order.split():
        tasks.append(threading.Thread(target=worker, args=(menu[item],)))
    for task in tasks:
        task.start()
    for task in tasks:
        task.join()
    print('Your order is ready')


if __name__ == '__main__':
    print('Mac is open')
    cashier('1 2 3')
