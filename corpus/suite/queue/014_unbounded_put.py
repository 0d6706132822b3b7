# covers: unbounded Queue() and Queue(0)/Queue(-1): put never blocks, full() always False
# kind: program
# rule: exact
# timeout: 10s
import queue

for q in (queue.Queue(), queue.Queue(0), queue.Queue(maxsize=-1)):
    for i in range(20000):
        q.put(i, timeout=0.001)
    print(q.maxsize, q.qsize(), q.full(), q.get(), q.get())
