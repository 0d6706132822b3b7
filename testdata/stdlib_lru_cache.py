import threading
from functools import cache, lru_cache

calls = 0


@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), calls)
print(fib(30), calls)


@lru_cache(maxsize=2)
def slow_square(x):
    print("computing", x)
    return x * x


for x in [2, 3, 2, 4, 3]:
    print(slow_square(x))


@cache
def area(w, h):
    print("area of", w, h)
    return w * h


print(area(2, 3), area(2, 3), area(3, 2))
lock = threading.Lock()
results = []


def worker(n):
    v = fib(n)
    with lock:
        results.append(v)


for n in [10, 20]:
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    t.join()
print(results, calls)
