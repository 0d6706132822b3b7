# covers: a try/except around a single call that can fail (int() of user-like input, dict lookup, file open), with fallback values
# kind: program
# rule: exact
inputs = ["10", "x", "3.5", "", "-4"]
total = 0
for raw in inputs:
    try:
        value = int(raw)
    except ValueError:
        print(f"skipping {raw!r}")
        continue
    total += value
print("total", total)

settings = {"threads": "4"}
try:
    timeout = settings["timeout"]
except KeyError:
    timeout = "30"
print("timeout", int(timeout))

try:
    f = open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("missing:", e.filename, e.errno)
except OSError:
    print("other os error")
