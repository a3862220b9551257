# IndentationError: an if statement without an indented body.
value = 3
if value > 2:
print("value is big")
print("done")
