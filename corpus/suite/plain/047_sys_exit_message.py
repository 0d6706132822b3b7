# covers: sys.exit("message") prints the message on stderr and exits 1; SystemExit caught by except SystemExit; sys.exit(0)
# kind: program
# rule: exact
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
print("about to fail")
config = {}
if "path" not in config:
    sys.exit("error: missing path in config")
print("unreachable")
