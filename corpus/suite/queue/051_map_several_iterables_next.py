# covers: Executor.map over two and three iterables (user function and built-in pow), stopping at the shortest; next() on a stored map result, then a for loop taking the rest; StopIteration at the end
# kind: program
# rule: exact
# timeout: 10s
from concurrent.futures import ThreadPoolExecutor


def scale(x, factor):
    return x * factor


def label(name, n, suffix):
    return f"{name}{n}{suffix}"


with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(scale, [1, 2, 3], [10, 100])))
    print(list(pool.map(pow, [2, 3], [3, 2])))
    print(list(pool.map(label, ["a", "b", "c"], [1, 2, 3], ["!", "?"])))
    it = pool.map(scale, [4, 5, 6], [2, 2, 2])
    print("first:", next(it))
    print("second:", next(it))
    for rest in it:
        print("rest:", rest)
    try:
        next(it)
    except StopIteration:
        print("StopIteration")
