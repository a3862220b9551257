# sorted (key, reverse, stability) and min/max (key, default, several args).
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(nums)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "x", 1: "y"}), sorted(range(3), reverse=True))
people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(min(nums), max(nums), min(3, 1, 2), max("a", "b"), max([1, 2], [1, 3]))
print(min(nums, key=abs), max(nums, key=abs), max(words, key=len), min(words, key=len))
print(max([], default="empty"), min([], default=None), max([4], default=0))
print(max(1, 2, 3, key=lambda x: -x), min("apple", "fig", "banana", key=len))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]), max([(1, "b"), (1, "a")]))
print(max({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
print(sorted([[2, 1], [1, 2], [1]]))
