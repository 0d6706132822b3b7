# covers: ordinary Python around a few threads: list of results indexed by worker, string building, dict of counts, join order
# kind: program
# rule: exact
import threading

words = "the quick brown fox jumps over the lazy dog the end".split()
chunks = [words[i:i + 4] for i in range(0, len(words), 4)]
results = [None] * len(chunks)


def count_letters(index, chunk):
    counts = {}
    for word in chunk:
        for ch in word:
            counts[ch] = counts.get(ch, 0) + 1
    results[index] = counts


threads = []
for i, chunk in enumerate(chunks):
    t = threading.Thread(target=count_letters, args=(i, chunk), name=f"counter-{i}")
    threads.append(t)
    t.start()
for t in threads:
    t.join()
    print(t.name, "finished", t.is_alive())
merged = {}
for partial in results:
    for ch, n in partial.items():
        merged[ch] = merged.get(ch, 0) + n
top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(sum(merged.values()) == sum(len(w) for w in words))
