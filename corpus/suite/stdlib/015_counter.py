# covers: collections.Counter from iterables and strings, most_common(n), arithmetic (+, -), update, elements, missing keys, repr
# kind: program
# rule: exact
from collections import Counter

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c["the"], c["dog"], len(c))
print(c.most_common(2))
print(c.most_common())
letters = Counter("mississippi")
print(letters, letters.most_common(1)[0])
more = Counter(["cat", "dog", "dog"])
print(c + more)
print(more - Counter(["dog"]))
more.update(["cat", "cat", "fish"])
print(more, sum(more.values()))
print(sorted(Counter("aab").elements()))
print(Counter({"x": 3, "y": 1}), Counter())
