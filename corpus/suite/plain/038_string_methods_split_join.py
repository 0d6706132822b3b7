# covers: string methods join, split (default, sep, maxsplit), rsplit, splitlines, strip/lstrip/rstrip (with chars), partition
# kind: program
# rule: exact
line = "  alpha, beta,gamma ,, delta  "
print(line.split(","))
print([p.strip() for p in line.split(",") if p.strip()])
print("a  b\tc\n d".split())
print("k=v=w".split("=", 1), "a/b/c".rsplit("/", 1))
print(", ".join(["x", "y", "z"]), "-".join("abc"), "".join([]))
print(repr(line.strip()), repr(line.lstrip()), repr(line.rstrip()))
print("xxhixx".strip("x"), "...end".lstrip("."), "path///".rstrip("/"))
print("one\ntwo\r\nthree".splitlines())
print("key: value".partition(": "), "novalue".partition("="))
csv = "name,age\nann,30\nbob,25"
for row in csv.split("\n")[1:]:
    name, age = row.split(",")
    print(name.title(), int(age) + 1)
