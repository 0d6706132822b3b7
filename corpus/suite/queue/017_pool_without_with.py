# covers: ThreadPoolExecutor without with: explicit shutdown(wait=True), submit after shutdown raising RuntimeError
# kind: program
# rule: exact
# timeout: 10s
import concurrent.futures
import time


def slow_double(x):
    time.sleep(0.05)
    return x * 2


pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
futs = [pool.submit(slow_double, i) for i in range(4)]
pool.shutdown(wait=True)
print("after shutdown(wait=True) done:", [f.done() for f in futs])
print([f.result() for f in futs])
try:
    pool.submit(slow_double, 9)
except RuntimeError as e:
    print("RuntimeError:", e)
