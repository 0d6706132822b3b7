# covers: if/elif/else chains, truthiness of numbers, strings, lists, None; and/or/not results
# kind: program
# rule: exact
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 75:
        return "B"
    elif score >= 50:
        return "C"
    else:
        return "F"


for s in [95, 80, 50, 12]:
    print(s, grade(s))
for value in [0, 1, "", "x", [], [0], None, 0.0]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
name = ""
print(name or "anonymous", 0 and 5, 3 and 5, None or 0, not [])
x = 7
if x > 5 and x % 2 == 1 or x == 0:
    print("odd and big")
