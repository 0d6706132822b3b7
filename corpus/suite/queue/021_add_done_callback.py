# covers: Future.add_done_callback (called with the future once it completes; called immediately when added to a finished future)
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import ThreadPoolExecutor

go = threading.Event()
log = []


def report(fut):
    log.append(f"callback saw {fut.result()}")


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(lambda: go.wait() and "value")
    fut.add_done_callback(report)
    print("before completion:", log)
    go.set()
print(log)
fut.add_done_callback(lambda f: print("late callback runs at once, done =", f.done()))
print("end")
