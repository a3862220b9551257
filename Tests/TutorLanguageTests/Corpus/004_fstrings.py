# f-strings: nested expressions, conversions, self-documenting.
name = "Ada"
age = 36
items = [1, 2, 3]
d = {"k": "v"}
print(f"{name} is {age}")
print(f"{name!r} and {name!s}")
print(f"{age + 1} next year, {age * 2} doubled")
print(f"{items[0]} {items[-1]} {len(items)}")
print(f"{d['k']}")
print(f"{'nested ' + name.upper()}")
print(f"{[x * x for x in items]}")
print(f"{ {'a': 1} }")
print(f"{{literal braces}} {age}")
print(f"{name=}")
print(f"{age = }")
print(f"{age*2=}")
print(f"{name=!s}")
print(f"{3.14159=:.2f}")
print(f"{'quoted'!r}")
print(F"capital F {1+1}")
print(rf"raw \n {name}")
print(fr"{age}\t")
print(f"{'yes' if age > 30 else 'no'}")
print(f"{(lambda x: x + 1)(4)}")
print(f"{f'{name}'}")
width = 8
print(f"[{name:{width}}]")
print(f"[{name:>{width}}]")
print(f"[{3.14159:{width}.{2}f}]")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s}")
print(f"{None} {True} {3.0}")
print(f"""multi
{name}
line""")
print(f"{1}" f"{2}" "3")
