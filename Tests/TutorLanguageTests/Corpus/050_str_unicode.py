# Unicode strings: len, indexing, slicing, ord/chr, comparisons, repetition.
s = "héllo wörld"
print(s, len(s), s[1], s[-4], s[1:5], s[::-1])
emoji = "ab😀cd"
print(len(emoji), emoji[2], emoji[3:], ord(emoji[2]))
jp = "日本語テキスト"
print(len(jp), jp[0], jp[-1], jp[2:4])
print(ord("A"), ord("é"), ord("€"), ord("😀"), ord("\n"))
print(chr(65), chr(233), chr(8364), chr(128512), chr(0x41))
print([ord(c) for c in "Hi!"], "".join(chr(c) for c in range(97, 103)))
print("é" == "\u00e9", "é" == "\xe9", "\u20ac")
print("abc" * 3, 3 * "-", "x" * 0, repr("x" * -1))
print("ab" in "cabd", "" in "abc", "ba" not in "abc")
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "Z" < "a", "é" > "z")
print(sorted(["b", "A", "a", "B", "é", "1"]))
print(max("hello"), min("hello"), sorted("hello"))
print(str(42), str(3.5), str([1, "a"]), str(("t",)))
print(repr("quote'"), repr('dq"'), repr("tab\t"), repr("ü"))
print(list("héllo"), tuple("ab"))
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
for i, ch in enumerate("naïve"):
    print(i, ch, end=" | ")
print()
t = "immutable"
u = t.upper()
print(t, u)
print("straße".upper(), "ΑΒΓ".lower())
print(len("e\u0301"), "e\u0301")
print("a" "b" == "ab", "abc"[1] == "b", "abc"[-1:] == "c")
total = ""
for ch in "abc":
    total = ch + total
print(total)
