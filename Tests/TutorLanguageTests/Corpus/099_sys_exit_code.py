# sys.exit(3): the process exits with status 3; sys.stderr.write reports the reason.
import sys
def main():
    print("doing some work")
    for step in range(3):
        print("step", step)
    sys.stdout.write("about to exit\n")
    sys.stderr.write("warning: stopping early\n")
    sys.stderr.write("exiting with status 3\n")
    sys.exit(3)
    print("never printed")
main()
print("never printed either")
