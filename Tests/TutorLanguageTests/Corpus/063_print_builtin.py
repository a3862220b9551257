# print() with sep, end, flush and several arguments.
print()
print("one")
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("x", "y", sep="\n")
print("no newline", end="")
print(" <- continued")
print("custom end", end="!\n")
print("flushed", flush=True)
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print(*range(5), sep="-", end=".\n")
print("sep None", "uses space", sep=None)
print("end None", end=None)
print("", "leading empty")
print("trailing empty", "")
print(sep="ignored", end="only end\n")
print("multi\nline", "arg")
print("tab\tseparated", 'q"uote', "it's")
print(str(1) + "2", 1, "2")
class Shown:
    def __str__(self):
        return "str-of-Shown"
    def __repr__(self):
        return "repr-of-Shown"
print(Shown(), [Shown()], (Shown(),))
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
import sys
print("to stdout", file=sys.stdout)
sys.stdout.write("direct write\n")
result = print("print returns")
print(result)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("é ü 😀 日本")
