# str.split / rsplit / join / strip / replace / find / count and friends.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "a b c d".rsplit(maxsplit=1))
print("".split(), "".split(","), "   ".split(), "abc".split("b"))
print("x--y--z".split("--"), "1<>2<>3".rsplit("<>"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join("abc"), " ".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print("www.example.com".strip("cmowz."))
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("banana".find("an"), "banana".find("an", 2), "banana".find("x"), "banana".rfind("an"))
print("banana".index("na"), "banana".rindex("na"), "banana".find("a", -2))
try:
    "banana".index("x")
except ValueError as e:
    print("ValueError:", e)
print("banana".count("a"), "banana".count("an"), "aaaa".count("aa"), "abc".count(""))
print("file.py".endswith(".py"), "file.py".endswith((".txt", ".py")), "file.py".startswith(("a", "f")))
print("hello".startswith("ell", 1), "hello".endswith("ell", 0, 4))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(), "x\ny\n".splitlines(True))
print("".splitlines(), "one".splitlines())
words = "the cat sat on the mat".split()
print(len(words), words.count("the"), " ".join(reversed(words)))
csv = "name, age ,city"
print([field.strip() for field in csv.split(",")])
print("a\tb".expandtabs(4))
