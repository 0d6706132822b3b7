# covers: Semaphore(2) limiting concurrency; observed maximum with a lock-protected counter
# kind: program
# rule: exact
# timeout: 10s
import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
active = 0
peak = 0


def task(i):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with lock:
            active -= 1


threads = [threading.Thread(target=task, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak concurrency:", peak)
print("active at end:", active)
