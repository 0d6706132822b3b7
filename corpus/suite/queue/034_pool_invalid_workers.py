# covers: ThreadPoolExecutor(max_workers=0) ValueError; default max_workers usable; submit keyword args
# kind: program
# rule: exact
# timeout: 10s
from concurrent.futures import ThreadPoolExecutor

try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
with ThreadPoolExecutor() as pool:
    print(list(pool.map(str.title, ["default", "pool"])))
    print(pool.submit(sorted, [3, 1, 2], reverse=True).result())
    print(pool.submit(dict, a=1, b=2).result())
