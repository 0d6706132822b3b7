# covers: BoundedSemaphore over-release raises ValueError, release(n) beyond the bound, normal use with with
# kind: program
# rule: exact
# timeout: 10s
import threading

bs = threading.BoundedSemaphore(2)
with bs:
    print("inside, can take one more:", bs.acquire(blocking=False))
    bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
bs.acquire()
bs.acquire()
bs.release(2)
print("release(2) back to the bound ok")
bs.acquire()
try:
    bs.release(2)
except ValueError as e:
    print("ValueError:", e)
print("still can acquire:", bs.acquire(blocking=False))
