# covers: builtins sorted (key, reverse, stability, strings, tuples), list.sort, reversed on list/string/range
# kind: program
# rule: exact
nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), sorted(nums, reverse=True), nums)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
people = [("ann", 30), ("bob", 25), ("cy", 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(list(reversed(nums)), list(reversed("abc")), list(reversed(range(3))))
print("".join(reversed("stressed")))
for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()
print(sorted({"b": 1, "a": 2}), sorted("hello"), sorted({3, 1, 2}))
