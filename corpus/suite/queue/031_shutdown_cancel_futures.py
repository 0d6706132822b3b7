# covers: shutdown(wait=True, cancel_futures=True) cancelling queued futures while the running one completes
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
release = threading.Event()


def first():
    started.set()
    release.wait()
    return "first done"


pool = ThreadPoolExecutor(max_workers=1)
running = pool.submit(first)
queued = [pool.submit(pow, 2, i) for i in range(3)]
started.wait()
threading.Timer(0.1, release.set).start()
pool.shutdown(wait=True, cancel_futures=True)
print(running.result())
print("queued cancelled:", [f.cancelled() for f in queued])
