# Uncaught ValueError from int() parsing.
inputs = ["12", " 7 ", "-3", "abc", "5"]
total = 0
for text in inputs:
    number = int(text)
    total += number
    print("parsed", number, "running total", total)
print("never printed")
