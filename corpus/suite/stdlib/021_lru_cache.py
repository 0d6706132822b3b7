# covers: functools.lru_cache(maxsize=None) and lru_cache(maxsize=2) memoising recursive functions, cache_info(), cache_clear()
# kind: program
# rule: exact
from functools import lru_cache

calls = 0


@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), calls)
print(fib(30), calls)
print(fib.cache_info())


@lru_cache(maxsize=2)
def slow_square(x):
    print("computing", x)
    return x * x


for x in [2, 3, 2, 4, 3]:
    print(slow_square(x))
print(slow_square.cache_info().hits, slow_square.cache_info().misses)
fib.cache_clear()
print(fib.cache_info().currsize)
