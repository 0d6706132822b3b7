# covers: Executor.map(timeout=) raising TimeoutError (concurrent.futures.TimeoutError is the builtin TimeoutError in 3.11) when results are late
# kind: program
# rule: exact
# timeout: 10s
import concurrent.futures
import threading

release = threading.Event()


def wait_for_release(x):
    if x == 1:
        release.wait()
    return x


pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
it = pool.map(wait_for_release, [0, 1], timeout=0.5)
print("first:", next(it))
try:
    next(it)
except TimeoutError:
    print("TimeoutError; same class:", concurrent.futures.TimeoutError is TimeoutError)
release.set()
pool.shutdown()
print("shut down")
