# SyntaxError: the whole file is rejected before anything runs.
print("this line is never executed")
x = 1
y = x +* 2
print(y)
