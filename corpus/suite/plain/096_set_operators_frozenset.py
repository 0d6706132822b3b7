# covers: set operators | & - ^ (new sets, operands unchanged), frozenset construction, repr and operators mixed with sets, dict.fromkeys in order
# kind: program
# rule: exact
evens = {2, 4, 6, 8}
small = {1, 2, 3, 4}
print(sorted(evens | small), evens & small, sorted(evens - small), sorted(evens ^ small))
print(evens, small)
seen = set()
for word in ["a", "b", "a", "c"]:
    seen = seen | {word}
print(sorted(seen), len(seen))
fs = frozenset([3, 1, 2])
print(frozenset([2]), fs, frozenset(), 2 in fs, 7 in fs, len(fs))
print(fs | {9}, sorted({9} | fs), fs & frozenset([1, 5]), fs - {1})
print(sorted(fs), [x * 10 for x in sorted(fs)])
counts = dict.fromkeys(["x", "y", "z"], 0)
counts["y"] += 2
print(counts, list(counts))
