# covers: Barrier.n_waiting while parties wait, abort() breaking the barrier for waiters, wait(timeout) per call
# kind: program
# rule: exact
# timeout: 10s
import threading
import time

barrier = threading.Barrier(4)
outcome = []


def party(i):
    try:
        barrier.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")


threads = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
while barrier.n_waiting < 2:
    time.sleep(0.01)
print("n_waiting:", barrier.n_waiting)
barrier.abort()
for t in threads:
    t.join()
print(outcome, barrier.broken)

b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("wait(timeout=0.05) alone: BrokenBarrierError, broken =", b2.broken)
