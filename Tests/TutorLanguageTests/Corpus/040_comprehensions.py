# List, set and dict comprehensions, nested and with conditions.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in "ab"])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v != 3])
print(sorted({x % 4 for x in range(20)}))
print({n * n for n in [1, -1, 2, -2, 3]} == {1, 4, 9})
print({w: len(w) for w in ["apple", "fig", "kiwi"]})
print({k: v for k, v in zip("abc", range(3)) if v})
inverted = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inverted)
print({i: [j for j in range(i)] for i in range(4)})
words = ["Hello", "World", "hello", "PYTHON"]
print([w.lower() for w in words if w.isupper() or w.istitle()])
print(sum([1 for ch in "mississippi" if ch == "s"]))
print([ch for ch in "comprehension" if ch in "aeiou"])
print([(i, c) for i, c in enumerate("xyz", start=1)])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
print([[0] * 3 for _ in range(2)])
print(len({(a, b) for a in range(3) for b in range(3) if a < b}))
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
print({c: "aeiou".count(c) for c in "aex"})
print([len(s) for s in "the quick brown fox".split()])
print([x for x in [] if x])
grid = [[c + r for c in "ab"] for r in "12"]
print(grid)
print(dict((k, v) for k, v in [("one", 1), ("two", 2)]))
counts = {}
[counts.__setitem__(c, counts.get(c, 0) + 1) for c in "abca"]
print(counts)
