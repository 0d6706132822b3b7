# covers: RLock reentrancy (nested acquire/with in one thread, recursive function), other threads blocked until fully released
# kind: program
# rule: exact
# timeout: 10s
import threading

rlock = threading.RLock()


def depth(n):
    with rlock:
        if n == 0:
            return 0
        return 1 + depth(n - 1)


print("recursive depth:", depth(5))
print(rlock.acquire(), rlock.acquire(), rlock.acquire(blocking=False))
result = []
t = threading.Thread(target=lambda: result.append(rlock.acquire(timeout=0.05)))
t.start()
t.join()
print("other thread while held 3x:", result)
rlock.release()
rlock.release()
rlock.release()
t = threading.Thread(target=lambda: result.append(rlock.acquire(timeout=0.5)))
t.start()
t.join()
print("other thread after full release:", result)
