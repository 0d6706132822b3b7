# covers: functools.cache on a function called from several threads after warm-up; memoised results and call counting
# kind: program
# rule: exact
import threading
from functools import cache

computed = []


@cache
def expensive(n):
    computed.append(n)
    return sum(i * i for i in range(n))


for n in (10, 20, 10):
    print(n, expensive(n))
threads = [threading.Thread(target=expensive, args=(n,)) for n in (10, 20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("computed", computed)
print(expensive.cache_info().currsize)
