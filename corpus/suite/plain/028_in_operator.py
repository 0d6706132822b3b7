# covers: `in` / `not in` for lists, tuples, strings (substring), dicts (keys), sets, ranges
# kind: program
# rule: exact
fruits = ["apple", "pear"]
print("apple" in fruits, "plum" in fruits, "plum" not in fruits)
print(3 in (1, 2, 3), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print("ell" in "hello", "z" not in "hello", "" in "abc")
ages = {"ann": 30}
print("ann" in ages, 30 in ages, 30 in ages.values())
seen = set()
for w in "a b a c b".split():
    if w in seen:
        print("duplicate", w)
    else:
        seen.add(w)
print(sorted(seen))
print([1, 2] in [[1, 2], [3]], (1, 2) in {(1, 2): 0})
