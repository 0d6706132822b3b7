# covers: sys.exit with an integer code after output; code after sys.exit does not run; finally still runs
# kind: program
# rule: exact
import sys


def check(values):
    bad = [v for v in values if v < 0]
    if bad:
        print("invalid values:", bad)
        return False
    return True


print("checking")
try:
    if not check([3, -1, 4, -5]):
        sys.exit(3)
    print("not reached")
finally:
    print("cleanup")
print("not reached either")
