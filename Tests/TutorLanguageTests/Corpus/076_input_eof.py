# input() with stdin at end of file raises EOFError.
print("asking for input")
try:
    line = input()
    print("got", line)
except EOFError as e:
    print("EOFError:", e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", e)
print(issubclass(EOFError, Exception))
