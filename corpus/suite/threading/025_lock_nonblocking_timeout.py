# covers: acquire(blocking=False) and acquire(timeout=) failing while another thread holds the lock, succeeding after release; non-blocking with timeout ValueError
# kind: program
# rule: exact
# timeout: 10s
import threading

lock = threading.Lock()
held = threading.Event()
let_go = threading.Event()


def holder():
    with lock:
        held.set()
        let_go.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()
print("blocking=False:", lock.acquire(blocking=False))
print("acquire(False):", lock.acquire(False))
print("timeout=0.05:", lock.acquire(timeout=0.05))
let_go.set()
t.join()
print("after holder done:", lock.acquire(timeout=0.5))
lock.release()
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
