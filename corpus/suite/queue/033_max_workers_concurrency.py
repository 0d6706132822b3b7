# covers: max_workers limiting concurrency: observed maximum with a lock-protected counter is exactly max_workers (a Barrier forces full occupancy)
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import ThreadPoolExecutor

MAX = 3
lock = threading.Lock()
barrier = threading.Barrier(MAX)
current = 0
peak = 0


def task(i):
    global current, peak
    with lock:
        current += 1
        peak = max(peak, current)
    barrier.wait()
    with lock:
        current -= 1
    return i


with ThreadPoolExecutor(max_workers=MAX) as pool:
    results = list(pool.map(task, range(9)))
print(results)
print("max concurrency:", peak)
print("current at end:", current)
