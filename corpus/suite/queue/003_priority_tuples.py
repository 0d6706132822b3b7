# covers: queue.PriorityQueue ordering of (priority, text) tuples as Python compares them, ties broken by the second element, plain ints
# kind: program
# rule: exact
# timeout: 10s
import queue

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "alpha"), (2, "beta"), (-1, "negative")]:
    pq.put(item)
while not pq.empty():
    prio, text = pq.get()
    print(prio, text)

nums = queue.PriorityQueue()
for n in [5, 3, 9, 1, 7]:
    nums.put(n)
print([nums.get() for _ in range(5)])
