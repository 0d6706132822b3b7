# covers: itertools.count (start, step), islice (stop; start/stop/step), takewhile-free counting ids, zip with count
# kind: program
# rule: exact
import itertools

ids = itertools.count(1)
print(next(ids), next(ids), next(ids))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice("abcdefgh", 2, 7, 2)))
print(list(itertools.islice(range(100), 3)))
for n, name in zip(itertools.count(), ["a", "b", "c"]):
    print(n, name)
evens = (x for x in itertools.count() if x % 2 == 0)
print(list(itertools.islice(evens, 5)))
halves = itertools.count(0.5, 0.25)
print([next(halves) for _ in range(3)])
