# covers: Semaphore acquire(blocking=False), acquire(timeout=), release(n), unbounded Semaphore over-release allowed, negative initial value ValueError
# kind: program
# rule: exact
# timeout: 10s
import threading

sem = threading.Semaphore(1)
print(sem.acquire())
print("non-blocking:", sem.acquire(blocking=False))
print("timeout:", sem.acquire(timeout=0.05))
sem.release(3)
print([sem.acquire(blocking=False) for _ in range(4)])
sem.release()
sem.release()
print("plain Semaphore can exceed initial value:", sem.acquire(False), sem.acquire(False))
sem.release()
with sem:
    print("with on a Semaphore acquires and releases")
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
