# covers: builtins range (1-3 args, negative step), enumerate (with start), zip (2 and 3 iterables, unequal lengths)
# kind: program
# rule: exact
print(list(range(5)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 10, 2)
print(r, len(r), r[1], r[-1])
names = ["ann", "bob", "cy"]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
print(list(enumerate("ab")))
scores = [90, 75, 60, 40]
for name, score in zip(names, scores):
    print(name, score)
print(list(zip(names, scores, "xyz")))
print(dict(zip(names, scores)))
pairs = [(1, "a"), (2, "b")]
nums, chars = zip(*pairs)
print(nums, chars)
for i in range(len(names) - 1, -1, -1):
    print(names[i], end=" ")
print()
