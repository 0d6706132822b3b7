# covers: queue.SimpleQueue put/get/put_nowait/get_nowait, qsize, empty, get(timeout=) raising queue.Empty
# kind: program
# rule: exact
# timeout: 10s
import queue

sq = queue.SimpleQueue()
print("empty:", sq.empty())
sq.put("a")
sq.put_nowait("b")
sq.put("c", block=False, timeout=5)
print("qsize:", sq.qsize())
print(sq.get(), sq.get_nowait(), sq.get(block=False))
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("SimpleQueue.get(timeout=0.05): Empty")
try:
    sq.get_nowait()
except queue.Empty as e:
    print("get_nowait: Empty", repr(e))
print(hasattr(sq, "task_done"), hasattr(sq, "full"))
