# covers: Queue(maxsize) full(), put_nowait raising queue.Full, put(block=False), space freed by get
# kind: program
# rule: exact
# timeout: 10s
import queue

q = queue.Queue(maxsize=2)
q.put(1)
print("full after 1:", q.full())
q.put_nowait(2)
print("full after 2:", q.full(), "qsize:", q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("put_nowait: Full")
try:
    q.put(3, block=False)
except queue.Full as e:
    print("put(block=False): Full", repr(e))
print("got:", q.get())
q.put_nowait(3)
print([q.get_nowait() for _ in range(2)])
