# covers: queue.PriorityQueue of tuples, popped in Python's tuple order; maxsize
import queue

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal")]:
    pq.put(item)
print("maxsize:", pq.maxsize)
while not pq.empty():
    prio, text = pq.get()
    print(prio, text)
