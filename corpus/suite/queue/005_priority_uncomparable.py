# covers: PriorityQueue with equal priorities and uncomparable payloads raising TypeError on put (the comparison error Python reports)
# kind: program
# rule: exact
# timeout: 10s
import queue

pq = queue.PriorityQueue()
pq.put((1, {"name": "a"}))
try:
    pq.put((1, {"name": "b"}))
except TypeError as e:
    print("TypeError:", e)
print("qsize:", pq.qsize())
