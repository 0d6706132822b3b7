# covers: values that are an int at some times and a float at others: function results, dict values, thread and pool arguments, sorting, membership, isinstance, format specs
# kind: program
# rule: exact
import threading
from concurrent.futures import ThreadPoolExecutor


def half_or_whole(n):
    if n % 2 == 0:
        return n // 2
    return n / 2


def double(x):
    return x * 2


results = {}
lock = threading.Lock()


def record(name, amount):
    with lock:
        results[name] = amount + 1


values = [half_or_whole(n) for n in range(5)]
print(values, sum(values), max(values), min(values))
print(sorted(values, reverse=True), 2 in values, 1.0 in values, values.index(1.5))
for v in values:
    kind = "int" if isinstance(v, int) else "float"
    print(f"{v!r:>5} {kind:<5} {v:6.2f} {-v} {abs(v - 1)} {int(v)} {v == 1}")

with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(double, [1, 2.5, 3])))

threads = [threading.Thread(target=record, args=("a", 1)), threading.Thread(target=record, args=("b", 0.5))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), "%s and %.1f" % (results["a"], results["b"]))

prices = {"tea": 3, "cake": 4.5}
prices["tea"] += 1
cheapest = min(prices, key=prices.get)
print(prices, cheapest, prices[cheapest] < 5, max(0, -1.5), max(1, 1.0))
