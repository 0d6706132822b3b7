# covers: dict.setdefault / dict.get grouping by threads under a Lock, dict .keys/.values/.items views, sorted output, len of groups
# kind: program
# rule: exact
import threading

groups = {}
lock = threading.Lock()
words = ["ant", "bee", "cat", "bear", "cow", "ape", "bat", "crow", "asp"]


def classify(word):
    with lock:
        groups.setdefault(word[0], []).append(word)


threads = [threading.Thread(target=classify, args=(w,)) for w in words]
for t in threads:
    t.start()
for t in threads:
    t.join()
for letter in sorted(groups.keys()):
    print(letter, sorted(groups[letter]))
print(sorted(len(v) for v in groups.values()))
print(groups.get("z", []), "a" in groups, len(groups))
summary = {k: len(v) for k, v in sorted(groups.items())}
print(summary)
