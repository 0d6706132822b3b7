# covers: functools.reduce with lambdas and operator functions (add, mul), initial value, reducing dicts of partial results from threads
# kind: program
# rule: exact
import operator
import threading
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 6)), reduce(operator.add, [], 0))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
print(reduce(max, [3, 9, 2]))
partials = []
lock = threading.Lock()


def count(chunk):
    result = {}
    for ch in chunk:
        result[ch] = result.get(ch, 0) + 1
    with lock:
        partials.append(result)


def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


threads = [threading.Thread(target=count, args=(s,)) for s in ["abca", "bcd", "aad"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(reduce(merge, partials, {}).items()))
