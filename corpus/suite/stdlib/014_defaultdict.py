# covers: collections.defaultdict(list), defaultdict(int), defaultdict(set), grouping, counting, repr, default_factory, plain dict conversion
# kind: program
# rule: exact
from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apple"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter))
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts["apple"], counts["missing"], len(counts))
unique = defaultdict(set)
for w in words:
    unique[len(w)].add(w)
print(sorted((k, sorted(v)) for k, v in unique.items()))
print(counts.default_factory, by_letter.default_factory.__name__)
print("missing" in counts, "zzz" in counts)
