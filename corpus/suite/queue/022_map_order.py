# covers: Executor.map returning results in input order even when later inputs finish first; map over several iterables stops at the shortest
# kind: program
# rule: exact
# timeout: 10s
import time
from concurrent.futures import ThreadPoolExecutor


def delayed(x):
    time.sleep(0.05 * (4 - x))
    return x * 10


with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(delayed, range(4))))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 1, 99])))
    for word, n in zip(["a", "b"], pool.map(len, ["xyz", ""])):
        print(word, n)
