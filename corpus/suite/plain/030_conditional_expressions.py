# covers: conditional expressions (x if c else y), nested, inside f-strings, calls, and comprehensions
# kind: program
# rule: exact
def sign(n):
    return "positive" if n > 0 else "zero" if n == 0 else "negative"


for n in (3, 0, -2):
    print(n, sign(n))
items = 1
print(f"{items} item{'s' if items != 1 else ''}")
items = 4
print(f"{items} item{'s' if items != 1 else ''}")
limit = None
effective = limit if limit is not None else 100
print(effective)
vals = [5, -1, 7]
print([v if v >= 0 else 0 for v in vals])
print(max(vals) if vals else None, min([]) if [] else "empty")
status = "ok" if all(v > -5 for v in vals) else "bad"
print(status)
