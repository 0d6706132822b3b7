# covers: itertools.cycle with islice/zip (round-robin assignment), chain, chain.from_iterable, product (repeat), permutations, combinations, accumulate, groupby
# kind: program
# rule: exact
import itertools

workers = itertools.cycle(["w1", "w2", "w3"])
for task in ["t1", "t2", "t3", "t4", "t5"]:
    print(task, "->", next(workers))
print(list(itertools.islice(itertools.cycle("AB"), 5)))
print(list(itertools.chain([1, 2], (3,), range(4, 6))))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.product("ab", [0, 1])))
print(len(list(itertools.product(range(3), repeat=2))))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])))
for key, group in itertools.groupby("aaabccdd"):
    print(key, len(list(group)))
