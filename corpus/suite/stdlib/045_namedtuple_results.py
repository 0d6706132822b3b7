# covers: namedtuple results returned from worker threads and executor futures; sorting and formatting fields
# kind: program
# rule: exact
import threading
from collections import namedtuple
from concurrent.futures import ThreadPoolExecutor

Result = namedtuple("Result", ["worker", "value", "ok"])
results = []
lock = threading.Lock()


def compute(worker, n):
    r = Result(worker, n * n, n % 2 == 0)
    with lock:
        results.append(r)
    return r


threads = [threading.Thread(target=compute, args=(f"t{i}", i)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(results):
    print(r)
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(compute, "pool", n) for n in (4, 5)]
    for f in futures:
        r = f.result()
        print(f"{r.worker:>6} {r.value:3d} {'ok' if r.ok else 'odd'}")
print(len(results), results[0]._fields)
