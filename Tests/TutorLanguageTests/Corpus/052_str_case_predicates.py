# Case conversion and character-class predicates.
s = "hello World, it's 3PM"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ÉCOLE".lower(), "école".capitalize(), "mIxEd".swapcase())
print("hello world".title(), "they're bill's".title(), "3rd place".title())
print("ALL CAPS".capitalize(), "".capitalize(), "a".upper())
tests = ["123", "12.3", "abc", "abc123", "ABC", "abc ", "   ", "", "\t\n", "Hello", "hello", "HELLO1", "½", "é"]
for t in tests:
    print(repr(t).ljust(10), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower())
print("Title Case".istitle(), "Not title".istitle())
print("123".isdecimal(), "123".isnumeric(), "x1".isidentifier(), "1x".isidentifier())
print("Hello".casefold() == "hELLO".casefold())
name = "ada lovelace"
print(" ".join(w.capitalize() for w in name.split()))
print(sum(1 for c in "Hello World" if c.isupper()), sum(c.islower() for c in "Hello World"))
