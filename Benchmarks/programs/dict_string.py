# Dictionaries keyed by strings, string building and splitting.
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 20).split()
counts = {}
for _ in range(300):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
parts = []
for k in sorted(counts):
    parts.append(f"{k}={counts[k]}")
line = ",".join(parts)
total = 0
for _ in range(20_000):
    total += len(line.split(","))
print(len(counts), total, line[:30])
