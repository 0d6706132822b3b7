# covers: put(item, timeout=) on a full Queue raising queue.Full after waiting; Full is distinct from Empty
# kind: program
# rule: exact
# timeout: 10s
import queue
import time

q = queue.Queue(1)
q.put("only")
t0 = time.monotonic()
try:
    q.put("extra", timeout=0.1)
except queue.Full:
    print("put(timeout=0.1): Full after waiting", time.monotonic() - t0 >= 0.09)
try:
    q.put("extra", True, 0.01)
except queue.Full:
    print("put(item, True, 0.01): Full")
print(issubclass(queue.Full, queue.Empty), q.qsize())
