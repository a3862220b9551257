# printf-style % formatting.
print("%s and %s" % ("this", "that"))
print("%d items" % 5, "%d" % 3.99, "%i" % -2)
print("%r vs %s" % ("text", "text"))
print("[%5.2f] [%.3f] [%f] [%.0f]" % (3.14159, 2.0, 1.5, 2.5))
print("[%-5s] [%5s] [%-5d] [%05d]" % ("ab", "ab", 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("100%% sure", "%d%%" % 50)
print("%e %E %g %g" % (12345.678, 0.00012, 0.00001, 123456789))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%(x)r %(x)s" % {"x": "v"})
print("%c%c" % (72, "i"))
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%.2s" % "abcdef", "%5.1s|" % "xyz")
print("%s" % None, "%s" % True, "%d" % True)
print("%10.4f|" % -3.14159265)
print("%s" % "single")
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
table = [("a", 1.5), ("bb", 22.25)]
for k, v in table:
    print("%-4s|%8.3f|" % (k, v))
