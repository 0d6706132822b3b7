# covers: Lock acquire()/release()/locked(), acquire returning True, lock as a context manager
# kind: program
# rule: exact
# timeout: 10s
import threading

lock = threading.Lock()
print("initially locked:", lock.locked())
print("acquire:", lock.acquire())
print("locked:", lock.locked())
lock.release()
print("after release:", lock.locked())
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
try:
    with lock:
        raise ZeroDivisionError("inside")
except ZeroDivisionError:
    print("released after exception:", not lock.locked())
print(type(lock).__name__)
