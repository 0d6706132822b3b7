# covers: with open(name, "w") write/writelines, with open(name) read(), readlines, iteration with strip, encoding argument; temp file removed at the end
# kind: program
# rule: exact
import os

name = "suite_037_tmp.txt"
with open(name, "w", encoding="utf-8") as f:
    f.write("first line\n")
    n = f.write("second line\n")
    f.writelines(["third\n", "fourth\n"])
print("write returned", n)
with open(name) as f:
    content = f.read()
print(repr(content), len(content))
with open(name) as f:
    lines = f.readlines()
print(lines)
with open(name, "r") as f:
    for i, line in enumerate(f, 1):
        print(i, line.strip())
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
print(os.path.exists(name), f.closed)
os.remove(name)
print(os.path.exists(name))
