# dict methods: setdefault, pop, popitem, update, |, comprehensions, copy.
d = {"a": 1}
print(d.setdefault("a", 100), d.setdefault("b", 2), d.setdefault("c"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(d.pop("a"), d.pop("zz", "fallback"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1, "b": 22})
d.update(y=5)
d.update([("z", 0)])
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
m1 = {"a": 1, "b": 2}
m2 = {"b": 3, "c": 4}
print(m1 | m2, m2 | m1)
m1 |= {"z": 26}
print(m1)
print({k: v * v for k, v in m2.items()})
print({v: k for k, v in m1.items()})
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
c = m1.copy()
c["a"] = 100
print(m1["a"], c["a"])
c.clear()
print(c, len(c))
inventory = {"apples": 3, "pears": 0, "plums": 7}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock, sum(inventory.values()), max(inventory, key=inventory.get))
print(sorted(inventory.items(), key=lambda kv: kv[1], reverse=True))
word_counts = {}
for w in "one two two three three three".split():
    word_counts[w] = word_counts.get(w, 0) + 1
print(word_counts)
nested = {"outer": {"inner": {"deep": 1}}}
nested["outer"]["inner"]["deep"] += 1
nested["outer"]["new"] = [1]
print(nested)
print(list(zip(m2.keys(), m2.values())))
print(len({i: i for i in range(100)}), {i % 3: i for i in range(10)})
