# covers: PriorityQueue with (priority, sequence, payload) entries so equal priorities keep insertion order; nested tuple comparison; float priorities
# kind: program
# rule: exact
# timeout: 10s
import itertools
import queue

seq = itertools.count()
pq = queue.PriorityQueue()
jobs = [(2, "write report"), (1, "fix bug"), (2, "email"), (1, "deploy"), (0.5, "coffee")]
for prio, job in jobs:
    pq.put((prio, next(seq), {"job": job}))
while not pq.empty():
    prio, n, payload = pq.get()
    print(prio, n, payload["job"])

pairs = queue.PriorityQueue()
for p in [((1, 2), "b"), ((1, 1), "a"), ((0, 9), "z")]:
    pairs.put(p)
print([pairs.get()[1] for _ in range(3)])
