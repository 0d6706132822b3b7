# covers: builtins over iterables with static types: sorted/min/max with key, reverse and default, sum of bools and floats, list/dict/set/tuple of zip, enumerate, map, filter and reversed, set comprehensions, list.sort with key, isinstance on values of mixed types
# kind: program
# rule: exact
names = ["cy", "ann", "bob", "al"]
scores = [75, 90, 75, 60]
pairs = list(zip(names, scores))
print(pairs)
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
print(min(pairs, key=lambda p: p[1]), max(names, key=len), max(names))
print(dict(zip(sorted(names), scores)), dict(a=1, b=2), tuple(scores), tuple())
print(list(enumerate(names, start=1)))
print(list(map(len, names)), list(map(str.upper, names)), list(filter(None, [0, 3, 0, 4])))
print(list(reversed(names)), list(reversed(range(3))), list("abc"))
print(sum(s > 70 for s in scores), sum([0.1] * 3), sum(scores, 1000), sum([]))
print(min([], default="none"), max(scores, default=0), min(3, 1, 2), max(2.5, 1.0))
lengths = {len(n) for n in names}
print(sorted(lengths), sorted(lengths, reverse=True), len(lengths))
flags = [("b", True), ("a", False), ("a", True)]
print(sorted(flags))
names.sort(key=len)
print(names)
names.sort(key=lambda n: (len(n), n), reverse=True)
print(names)
r = range(2, 12, 3)
print(sum(r), sorted(r, reverse=True), list(r))


def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (float, str)):
        return "float or str"
    return "other"


for v in [1, True, 2.5, "s", None]:
    print(repr(v), kind(v))
print(isinstance(names, list), isinstance(pairs[0], tuple), isinstance(3, float))
