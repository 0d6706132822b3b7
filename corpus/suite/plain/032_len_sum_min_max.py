# covers: builtins len (str, list, dict, set, tuple), sum (with start), min/max (iterables, several args, key, default)
# kind: program
# rule: exact
data = [4, 8, 15, 16, 23, 42]
print(len(data), len("hello"), len({"a": 1, "b": 2}), len({1, 2, 2}), len(()))
print(sum(data), sum(data, 100), sum([0.1] * 10), sum([]))
print(min(data), max(data), min(3, 1, 2), max("b", "a", "c"))
words = ["kiwi", "banana", "fig"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([], default="none"), min([], default=0))
print(max(-3, 2, key=abs), min([2.5, 1, 3]))
ages = {"ann": 30, "bob": 25}
print(max(ages), max(ages, key=ages.get), sum(ages.values()))
print(sum(x * x for x in range(4)), max(len(w) for w in words))
