# covers: builtins list, dict, set, tuple as constructors from iterables, keyword dicts, copies
# kind: program
# rule: exact
print(list("abc"), list((1, 2)), list(range(3)), list())
print(tuple([1, 2]), tuple("hi"), tuple())
print(dict(a=1, b=2), dict([("x", 10), ("y", 20)]), dict())
print(sorted(set("mississippi")), set(), len(set([1, 1, 2])))
base = {"k": [1]}
shallow = dict(base)
shallow["k"].append(2)
shallow["new"] = 0
print(base, shallow)
items = [3, 1, 3]
unique = list(set(items))
unique.sort()
print(unique)
d = dict.fromkeys(["a", "b"], 0)
print(d, list(d), list(d.items()), tuple(d.values()))
s = {1, 2, 3}
s.add(4)
s.discard(1)
print(s, sorted(s | {9}), s & {2, 3}, s - {2}, sorted(s ^ {3, 5}))
