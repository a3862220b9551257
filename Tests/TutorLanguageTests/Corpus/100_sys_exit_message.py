# sys.exit("message"): the message goes to stderr and the status is 1.
import sys
errors = []
for name in ["alpha", "", "gamma"]:
    if not name:
        errors.append("empty name")
    else:
        print("ok:", name)
try:
    print("finally blocks still run on exit")
    if errors:
        sys.exit("fatal: " + ", ".join(errors))
finally:
    print("cleanup done")
print("never printed")
