# covers: a Counter merging results from a ThreadPoolExecutor pool (word counts per document, as_completed, Counter.update and +, most_common)
# kind: program
# rule: exact
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed

documents = [
    "the quick brown fox",
    "the lazy dog and the fox",
    "a dog a cat a bird",
    "quick quick slow",
]


def count_words(text):
    return Counter(text.split())


total = Counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(count_words, doc) for doc in documents]
    for future in as_completed(futures):
        total.update(future.result())
print(sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
with ThreadPoolExecutor(max_workers=2) as pool:
    merged = sum(pool.map(count_words, documents), Counter())
print(merged == total, sum(merged.values()), len(merged))
print(merged["quick"], merged["missing"])
