# List sorting (with and without a key) and comprehensions.
data = [(i * 7919) % 100_003 for i in range(200_000)]
squares = [x * x for x in data if x % 3]
ordered = sorted(data)
by_last_digit = sorted(data, key=lambda x: x % 10)
table = {x: x % 97 for x in data[:50_000]}
print(len(squares), ordered[:3], by_last_digit[:3], len(table))
