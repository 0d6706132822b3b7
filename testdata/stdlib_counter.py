import threading
from collections import Counter

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c["the"], c["dog"], len(c), "cat" in c, "dog" in c)
print(c.most_common(2))
print(c.most_common())
letters = Counter("mississippi")
print(letters, letters.most_common(1)[0])
more = Counter(["cat", "dog", "dog"])
more.update(["cat", "cat", "fish"])
print(more, more.total())
print(sorted(Counter("aab").elements()))
print(Counter())
for word in more:
    print(word, more[word])

totals = Counter()
lock = threading.Lock()


def count_chunk(chunk):
    local = Counter(chunk.split())
    with lock:
        totals.update(local)


chunks = ["a b a", "b c", "a c c"]
for ch in chunks:
    t = threading.Thread(target=count_chunk, args=(ch,))
    t.start()
    t.join()
print(totals, totals == Counter("aaabbccc"), totals != more)
tally = Counter()
for w in words:
    tally[w] += 1
tally["zebra"] = 5
print(tally.most_common(3))
