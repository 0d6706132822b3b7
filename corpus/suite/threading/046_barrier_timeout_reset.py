# covers: Barrier(timeout=) with too few parties raising BrokenBarrierError, broken attribute, reset() making it usable again, per-call wait(timeout) overriding the default
# kind: program
# rule: exact
# timeout: 10s
import threading

barrier = threading.Barrier(3, timeout=0.1)
errors = []


def party(name, timeout=None):
    try:
        barrier.wait(timeout)
    except threading.BrokenBarrierError:
        errors.append(name)


threads = [threading.Thread(target=party, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("broken:", barrier.broken, "errors:", sorted(errors))
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print("waiting on a broken barrier:", type(e).__name__, isinstance(e, RuntimeError))
barrier.reset()
print("after reset broken:", barrier.broken)
errors.clear()
threads = [threading.Thread(target=party, args=(n, 5)) for n in ("c", "d", "e")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("full cycle errors:", errors)
