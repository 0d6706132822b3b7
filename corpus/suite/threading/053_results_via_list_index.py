# covers: collecting per-thread results into a preallocated list by index, and into a dict keyed by thread name
# kind: program
# rule: exact
# timeout: 10s
import threading

words = ["alpha", "beta", "gamma", "delta"]
lengths = [None] * len(words)
by_name = {}


def measure(i, word):
    lengths[i] = len(word)
    by_name[threading.current_thread().name] = word.upper()


threads = [threading.Thread(target=measure, args=(i, w), name=f"m{i}") for i, w in enumerate(words)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(lengths)
print(dict(sorted(by_name.items())))
