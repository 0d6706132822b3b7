# covers: get_nowait/get(block=False) raising queue.Empty, 'try: q.get(timeout=t) except Empty:' pattern, Empty imported by name
# kind: program
# rule: exact
# timeout: 10s
import queue
import time
from queue import Empty, Queue

q = Queue()
try:
    q.get_nowait()
except Empty:
    print("get_nowait: Empty")
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False): Empty")
t0 = time.monotonic()
try:
    q.get(timeout=0.1)
except Empty:
    print("get(timeout=0.1): Empty after waiting", time.monotonic() - t0 >= 0.09)
print(issubclass(Empty, Exception), Empty is queue.Empty)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
