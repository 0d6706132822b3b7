# covers: writing to sys.stderr via print(file=sys.stderr) and sys.stderr.write; sys.stdout.write; interleaved streams
# kind: program
# rule: exact
import sys

print("to stdout")
print("warning: low disk", file=sys.stderr)
sys.stderr.write("error: code %d\n" % 7)
n = sys.stdout.write("raw write\n")
print("write returned", n)
for i in range(3):
    if i == 1:
        print(f"item {i} failed", file=sys.stderr)
    else:
        print(f"item {i} ok")
sys.stderr.write("no newline at end")
