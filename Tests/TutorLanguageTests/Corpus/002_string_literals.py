# Every quote form, escapes and raw strings.
a = 'single'
b = "double"
c = '''triple single
spans lines'''
d = """triple double
spans "lines" too"""
print(a, b)
print(c)
print(d)
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab:\tend")
print("newline:\nnext")
print("backslash: \\")
print("hex: \x41\x42\x43")
print("unicode: \u00e9\u00e8 \U0001F600")
print("octal: \101\102", repr("\0end"), "\060\61")
print(len("\0"), len("\x00\x01"), ord("\101"))
print("bell and friends:", repr("\a\b\f\v\r"))
print(r"raw \n stays \t as is")
print(R'raw \\ double')
print(repr(r"\d+\.\d*"))
print(len(r"\n"), len("\n"))
print("adjacent" " literals" ' are' """ joined""")
print("line \
continued")
print(repr('a\'b"c'))
print(repr("it's"))
print(repr('say "x"'))
print(repr("both ' and \""))
print(repr("\t\n\\"))
print(repr("é\u00ff\x7f\x80"))
s = """first
second
third"""
print(s.count("\n"), len(s))
print('' == "", repr(''))
print(rb"raw\bytes", br"\x41")
