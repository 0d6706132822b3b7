# covers: Condition.notify(n) waking exactly n waiters, notify_all waking the rest
# kind: program
# rule: exact
# timeout: 10s
import threading
import time

cond = threading.Condition()
waiting = 0
woken = []


def waiter(i):
    global waiting
    with cond:
        waiting += 1
        cond.wait()
        woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
while True:
    with cond:
        if waiting == 5:
            cond.notify(2)
            break
    time.sleep(0.01)
while len(woken) < 2:
    time.sleep(0.01)
time.sleep(0.1)
with cond:
    print("after notify(2):", len(woken))
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all:", len(woken), sorted(woken))
