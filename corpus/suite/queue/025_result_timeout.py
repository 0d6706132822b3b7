# covers: Future.result(timeout=) raising TimeoutError while the task runs, then succeeding; exception(timeout=) likewise
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError

gate = threading.Event()

with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(lambda: gate.wait() and "finished")
    try:
        fut.result(timeout=0.05)
    except TimeoutError:
        print("result(timeout=0.05): TimeoutError, done =", fut.done())
    try:
        fut.exception(timeout=0.01)
    except TimeoutError:
        print("exception(timeout=0.01): TimeoutError")
    gate.set()
    print("result(timeout=2):", fut.result(timeout=2))
