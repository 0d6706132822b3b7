# covers: Condition(lock) sharing a given Lock (with cond holds the lock), Condition(RLock) reentrancy, acquire/release on the condition
# kind: program
# rule: exact
# timeout: 10s
import threading

lock = threading.Lock()
cond = threading.Condition(lock)
print("lock before:", lock.locked())
with cond:
    print("lock inside with cond:", lock.locked())
print("lock after:", lock.locked())
print("cond.acquire:", cond.acquire())
print("lock held via cond:", lock.locked())
cond.release()

rcond = threading.Condition(threading.RLock())
with rcond:
    with rcond:
        print("nested with on RLock-based condition works")
        rcond.notify()

ready = []
shared = threading.Condition(lock)


def producer():
    with lock:
        ready.append("x")
        shared.notify()


with shared:
    threading.Thread(target=producer).start()
    print("wait_for via shared lock:", shared.wait_for(lambda: ready, timeout=2))
