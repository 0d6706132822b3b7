import threading
from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apple"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[:1]].append(w)
print(by_letter)
counts = defaultdict(int)
for word in words:
    counts[word] += 1
print(counts["apple"], counts["missing"], len(counts))
print("missing" in counts, "zzz" in counts)
lengths = defaultdict(str)
for fruit in words:
    lengths[len(fruit)] += fruit[:1]
print(lengths)
for k in by_letter:
    print(k, by_letter[k])
print(counts.get("zzz", -1), len(counts), sorted(counts.keys()))

results = defaultdict(list)
lock = threading.Lock()


def worker(n):
    with lock:
        results[n % 2].append(n)


for i in range(4):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
print(results)
