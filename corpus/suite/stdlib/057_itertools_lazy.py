# covers: a generator expression over itertools.count consumed lazily (islice, for with break), permutations/combinations of three, groupby with a key, accumulate of floats, product of three iterables, chain.from_iterable, tuple[int, ...] parameters printed as tuples
# kind: program
# rule: exact
import itertools


def describe(values: tuple[int, ...]) -> str:
    return f"{values} has {len(values)} values, sum {sum(values)}"


squares = (n * n for n in itertools.count(1))
print(list(itertools.islice(squares, 4)))
for s in (n * 3 for n in itertools.count(5) if n % 2 == 1):
    if s > 30:
        break
    print(s, end=" ")
print()
print(list(itertools.permutations("abc", 3))[:3], len(list(itertools.combinations(range(5), 3))))
for odd, group in itertools.groupby([1, 3, 2, 4, 5], key=lambda n: n % 2 == 1):
    print(odd, list(group))
print(list(itertools.accumulate([0.5, 0.25, 1.0])))
print(list(itertools.product([1, 2], "x", [True])))
print(list(itertools.chain.from_iterable([["a"], [], ["b", "c"]])))
print(describe((4, 5, 6)), describe(()), describe((9,)))
