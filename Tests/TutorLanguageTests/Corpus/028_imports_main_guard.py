# import / from-import / as (sys and math only) and the __main__ guard.
import math
import sys
import math as m
from math import sqrt, pi as PI
from math import floor, ceil
from sys import maxsize
print(math.sqrt(16), m.sqrt(2) == math.sqrt(2), sqrt(9))
print(round(PI, 5), PI == math.pi)
print(floor(-2.5), ceil(-2.5), floor(2.5), ceil(2.5))
print(maxsize == sys.maxsize, maxsize == 2 ** 63 - 1)
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("028_imports_main_guard.py"))
print(__name__)
def main():
    print("main() called")
    return 0
if __name__ == "__main__":
    print("running as script")
    main()
else:
    print("imported")
import math, sys
print(math is m)
print(sys.getrecursionlimit() >= 1000)
sys.stdout.write("written with sys.stdout.write\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)
def uses_local_import():
    import math as mm
    from math import e
    return round(mm.log(e), 3)
print(uses_local_import())
print(m.__name__, sys.__name__)
