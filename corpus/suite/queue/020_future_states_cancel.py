# covers: Future.running(), done(), cancel() on a pending future (True) and on a running one (False), cancelled(), result() of a cancelled future raising CancelledError
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()
    return "blocker finished"


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(blocker)
    second = pool.submit(str.upper, "never")
    started.wait()
    print("first running:", first.running(), "done:", first.done())
    print("second running:", second.running(), "done:", second.done())
    print("cancel first:", first.cancel())
    print("cancel second:", second.cancel())
    print("second cancelled:", second.cancelled(), "done:", second.done())
    release.set()
print(first.result(), first.cancelled())
try:
    second.result()
except CancelledError:
    print("second.result(): CancelledError")
