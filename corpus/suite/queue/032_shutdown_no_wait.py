# covers: shutdown(wait=False) returning immediately while tasks still run; the program still waits for pool threads at exit
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import ThreadPoolExecutor

release = threading.Event()


def task():
    release.wait()
    print("task finished after shutdown(wait=False)")
    return 7


pool = ThreadPoolExecutor(max_workers=1)
fut = pool.submit(task)
pool.shutdown(wait=False)
print("shutdown returned, done:", fut.done())
release.set()
print("result:", fut.result())
